import type { Db } from '../db.ts';
import { ImportError } from './import-error.ts';
import type { RawTable } from './import-types.ts';
import type { DecodedText } from './sniff-encoding.ts';

export async function readCsv(_decoded: DecodedText, fileName: string, _db: Db): Promise<RawTable> {
  throw new ImportError('unsupported-format', `CSV reading is not ready yet (${fileName})`, { file: fileName });
}
