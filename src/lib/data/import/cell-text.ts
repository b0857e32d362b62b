/** A cell as the text a join or a label needs: numbers in their shortest form, empty as ''. */
import type { CellValue } from './import-types.ts';

export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}
