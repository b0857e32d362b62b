import { ImportError } from './import-error.ts';
import type { ImportProgress, RawLayer } from './import-types.ts';
import type { ZipEntry } from './zip-entries.ts';

export async function readShapefile(_entries: ZipEntry[], fileName: string, _progress: (p: ImportProgress) => void): Promise<RawLayer> {
  throw new ImportError('unsupported-format', `Shapefile reading is not ready yet (${fileName})`, { file: fileName });
}
