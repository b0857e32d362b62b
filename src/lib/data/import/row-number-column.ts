/**
 * Row-number columns (`N°`, `fila`, `#`, `Unnamed: 0`, or whole numbers counting 0, 1, 2 … or
 * 1, 2, 3 … down the file): what a spreadsheet or pandas writes beside the data, never an indicator.
 */
import type { RawTable } from './import-types.ts';
import { columnWords } from './column-words.ts';

const ROW_WORD = /^(n|no|n_o|nro|num|numero|row|rownum|row_number|row_id|fila|index|idx|obs|correlativo|orden|unnamed_0|unnamed)$/;

export function isRowNumberColumn(table: RawTable, c: number): boolean {
  const name = table.columns[c] ?? '';
  if (name.trim() === '#' || ROW_WORD.test(columnWords(name))) return true;
  // Cells are read only for a number column (a large CSV's text columns are decoded on first read).
  if (table.rowCount < 3 || table.types[c] !== 'number') return false;
  const cells = table.values[c] ?? [];
  const first = cells[0];
  if (first !== 0 && first !== 1) return false;
  for (let r = 0; r < table.rowCount; r++) if (cells[r] !== first + r) return false;
  return true;
}
