/**
 * The entries of a zip archive (names and lazy readers), through `but-unzip` — the small,
 * dependency-free unzipper shpjs itself uses. A broken archive is an {@link ImportError}
 * `corrupt-zip`.
 */
import { iter, type ZipItem } from 'but-unzip';
import { ImportError } from './import-error.ts';
import { MAX_IMPORT_BYTES } from './import-limits.ts';
import { zipUnpackedSize } from './zip-unpacked-size.ts';

const MB = 1024 * 1024;

export interface ZipEntry {
  /** Path inside the archive, as written (may contain folders). */
  name: string;
  read(): Promise<Uint8Array>;
}

/** True when `bytes` start with a zip local-file header (`PK\x03\x04`) or an empty-archive marker. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/**
 * Lists the archive's entries (folders and macOS resource forks `__MACOSX/` left out). An archive
 * whose directory declares more than the import limit unpacked is refused before anything is
 * inflated (`too-large`, with `unpackedMb`): focal would hold all of it at once.
 */
export function zipEntries(bytes: Uint8Array, fileName: string): ZipEntry[] {
  let items: ZipItem[];
  if (!hasEndRecord(bytes)) {
    throw new ImportError('corrupt-zip', `${fileName} is not a readable zip archive (it is truncated: no end-of-archive record)`, { file: fileName });
  }
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_IMPORT_BYTES) {
    const unpackedMb = Math.round(unpacked / MB);
    throw new ImportError('too-large', `${fileName} unpacks to ${unpackedMb} MB; the largest file accepted is ${MAX_IMPORT_BYTES / MB} MB.`, {
      file: fileName,
      sizeMb: Math.round(bytes.length / MB),
      unpackedMb,
      maxMb: MAX_IMPORT_BYTES / MB,
    });
  }
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

/**
 * True when the end-of-central-directory record (`PK\x05\x06`) sits where a zip reader looks for
 * it (the last 22 + 65,535 bytes). but-unzip 0.1.x never stops searching when it is missing and
 * the archive begins with `P` (its backwards search wraps around), so a truncated zip would hang.
 */
export function hasEndRecord(b: Uint8Array): boolean {
  const last = b.length - 22;
  const first = Math.max(0, last - 65535);
  for (let i = last; i >= first; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) return true;
  }
  return false;
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
