/**
 * The entries of a zip archive (names and lazy readers), through `but-unzip` — the small,
 * dependency-free unzipper shpjs itself uses. A broken archive is an {@link ImportError}
 * `corrupt-zip`.
 */
import { iter, type ZipItem } from 'but-unzip';
import { ImportError } from './import-error.ts';

export interface ZipEntry {
  /** Path inside the archive, as written (may contain folders). */
  name: string;
  read(): Promise<Uint8Array>;
}

/** True when `bytes` start with a zip local-file header (`PK\x03\x04`) or an empty-archive marker. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** Lists the archive's entries (folders and macOS resource forks `__MACOSX/` left out). */
export function zipEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  let items: ZipItem[];
  try {
    items = [...iter(bytes)];
  } catch (err) {
    throw new ImportError('corrupt-zip', `${fileName} is not a readable zip archive (${errText(err)})`, { file: fileName });
  }
  return items
    .filter((it) => !it.filename.endsWith('/') && !it.filename.includes('__MACOSX'))
    .map((it) => ({
      name: it.filename,
      read: async () => {
        try {
          return await it.read();
        } catch (err) {
          throw new ImportError('corrupt-zip', `${fileName}: ${it.filename} cannot be unpacked (${errText(err)})`, { file: fileName });
        }
      },
    }));
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
