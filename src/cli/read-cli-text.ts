/**
 * A file the CLI was given, as UTF-8 text, or an error a user can act on: "cannot read the
 * <what> <path>: no such file" (or the system's error code).
 */
import { readFileSync } from 'node:fs';

/** @param what - what the file holds, as the message names it (e.g. `boundaries`, `data`). */
export function readCliText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`cannot read the ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(e))}`);
  }
}
