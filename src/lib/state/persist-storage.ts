/**
 * Persistent storage (StorageManager.persist): without it the browser may delete the workspace
 * when the disk runs short. `ask`: request it (Chromium grants or refuses without a prompt;
 * Firefox asks the planner), else only read whether it is granted. Null when the browser has no
 * such API or it fails.
 */
export async function persistStorage(ask: boolean): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return null;
  try {
    if (await storage.persisted()) return true;
    return ask && storage.persist ? await storage.persist() : false;
  } catch {
    return null;
  }
}
