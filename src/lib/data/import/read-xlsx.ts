import { ImportError } from './import-error.ts';
import type { RawTable } from './import-types.ts';

export async function readXlsx(_bytes: Uint8Array, fileName: string, _sheet?: string): Promise<RawTable> {
  throw new ImportError('unsupported-format', `XLSX reading is not ready yet (${fileName})`, { file: fileName });
}
