/** `nextImportId`: the first `import-N` id not yet used in the workspace (`import-1`, `import-2`, …). */
import type { Workspace } from '../workspace.ts';

export function nextImportId(ws: Workspace): string {
  const used = new Set(ws.imports.map((i) => i.id));
  let n = ws.imports.length + 1;
  while (used.has(`import-${n}`)) n++;
  return `import-${n}`;
}
