/** The message of a thrown value: its `message` when it is an Error, else the value as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
