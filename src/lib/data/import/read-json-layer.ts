import { ImportError } from './import-error.ts';
import type { RawLayer } from './import-types.ts';
import type { DecodedText } from './sniff-encoding.ts';

export function readJsonLayer(_decoded: DecodedText, fileName: string): RawLayer {
  throw new ImportError('unsupported-format', `GeoJSON reading is not ready yet (${fileName})`, { file: fileName });
}
