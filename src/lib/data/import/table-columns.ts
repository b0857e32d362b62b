/**
 * The column rules every importer shares: header clean-up (trimmed; blank or repeated names
 * renamed and listed) and column typing (`number` when every non-empty cell is a finite number
 * under the file's decimal separator, else `text`; codes with a leading zero such as `0101` are
 * text).
 */
import type { CellValue } from './import-types.ts';

export interface CleanHeaders {
  columns: string[];
  renamed: { from: string; to: string }[];
}

/** Trims header names; a blank one becomes `column_<n>` (1-based), a repeat `<name>_2`, `_3`, … */
export function cleanHeaders(raw: readonly unknown[]): CleanHeaders {
  const columns: string[] = [];
  const renamed: { from: string; to: string }[] = [];
  const used = new Set<string>();
  const trimmed = raw.map((h) => (h === null || h === undefined ? '' : String(h)).trim());
  // Names as written are kept first, so a later blank column never takes a real column's name.
  for (const t of trimmed) if (t !== '') used.add(t);
  const seen = new Set<string>();
  trimmed.forEach((t, i) => {
    let name = t;
    if (name === '' || seen.has(name)) {
      const stem = name === '' ? `column_${i + 1}` : name;
      let k = name === '' ? 1 : 2;
      let candidate = k === 1 ? stem : `${stem}_${k}`;
      while (used.has(candidate) || seen.has(candidate)) candidate = `${stem}_${++k}`;
      renamed.push({ from: String(raw[i] ?? ''), to: candidate });
      name = candidate;
      used.add(name);
    }
    seen.add(name);
    columns.push(name);
  });
  return { columns, renamed };
}

const DOT_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d*)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+(?:[eE][+-]?\d+)?$/;
const COMMA_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d*)?$|^[+-]?,\d+$/;
const LEADING_ZERO = /^[+-]?0\d/;

/** Cells that vote for a decimal comma (`12,5`, `1.234,5`) or a decimal point (`12.5`, `1,234.5`). */
const COMMA_DECIMAL = /^[+-]?\d+(?:\.\d{3})*,\d+$/;
const DOT_DECIMAL = /^[+-]?\d+(?:,\d{3})*\.\d+$/;

/**
 * The decimal separator of a delimited text: `,` when the delimiter is not a comma and more cells
 * are written with a decimal comma than with a decimal point (a Spanish Excel's `;` or tab export).
 */
export function detectDecimal(columns: readonly (readonly (string | null)[])[], delimiter: string): '.' | ',' {
  if (delimiter === ',') return '.';
  let comma = 0;
  let dot = 0;
  for (const col of columns) {
    for (const c of col) {
      if (c === null) continue;
      const t = c.trim();
      if (COMMA_DECIMAL.test(t)) comma++;
      else if (DOT_DECIMAL.test(t)) dot++;
    }
  }
  return comma > dot ? ',' : '.';
}

/** The common case, answered without trimming or the full patterns: `-12`, `0`, `3.25` (`3,25` with decimal comma). */
const PLAIN_DOT = /^-?(?:[1-9]\d*|0)(?:\.\d+)?$/;
const PLAIN_COMMA = /^-?(?:[1-9]\d*|0)(?:,\d+)?$/;

/** `text` as a finite number under the decimal separator, or null (not a number, or a code with a leading zero). */
export function parseNumber(text: string, decimal: '.' | ','): number | null {
  if (decimal === '.' ? PLAIN_DOT.test(text) : PLAIN_COMMA.test(text)) {
    const n = Number(decimal === '.' ? text : text.replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  const t = text.trim();
  if (t === '' || LEADING_ZERO.test(t)) return null;
  let normalised: string;
  if (decimal === '.') {
    if (!DOT_NUMBER.test(t)) return null;
    normalised = t.replaceAll(',', '');
  } else {
    if (!COMMA_NUMBER.test(t)) return null;
    normalised = t.replaceAll('.', '').replace(',', '.');
  }
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/**
 * Types one column. Cells: strings (parsed under `decimal`), finite numbers, null/undefined,
 * NaN or blank (empty); anything else (booleans, objects, ±Infinity) makes the column text. A text column keeps
 * its cells as trimmed strings (numbers written back as they were given).
 */
export function typeColumn(cells: readonly unknown[], decimal: '.' | ','): { type: 'number' | 'text'; values: CellValue[] } {
  const n = cells.length;
  const numbers: CellValue[] = new Array(n);
  let isNumber = true;
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    if (c === null || c === undefined) {
      numbers[i] = null;
      continue;
    }
    if (typeof c === 'number') {
      // A parser's NaN (shpjs gives one for an empty numeric .dbf field) is an empty cell.
      if (Number.isNaN(c)) {
        numbers[i] = null;
        continue;
      }
      if (!Number.isFinite(c)) {
        isNumber = false;
        break;
      }
      numbers[i] = c;
      continue;
    }
    if (typeof c === 'string') {
      if (c.trim() === '') {
        numbers[i] = null;
        continue;
      }
      const v = parseNumber(c, decimal);
      if (v === null) {
        isNumber = false;
        break;
      }
      numbers[i] = v;
      continue;
    }
    isNumber = false;
    break;
  }
  if (isNumber) return { type: 'number', values: numbers };
  return { type: 'text', values: cells.map(toText) };
}

function toText(c: unknown): CellValue {
  if (c === null || c === undefined || (typeof c === 'number' && Number.isNaN(c))) return null;
  if (typeof c === 'string') {
    const t = c.trim();
    return t === '' ? null : t;
  }
  if (typeof c === 'object') return JSON.stringify(c);
  return String(c);
}
