/**
 * The mapping dialog's first guess for a planner's file: which column is the key (a code or a
 * name), the department and country columns, and what each number column is. Only a starting
 * point: the planner sees every choice and can change it. Pure.
 */
import type { IndicatorColumnMapping, ImportMapping, InvestmentMapping, KeyMapping } from './import-mapping.ts';
import type { ParsedImport, RawTable } from './import-types.ts';
import { columnWords } from './column-words.ts';
import { directionOfName, pillarOfName } from './indicator-words.ts';
import { guessAmountScale } from './amount-unit.ts';
import { repeatedAmounts } from '../../analysis/repeated-amounts.ts';
import { cellText } from './cell-text.ts';
import type { JoinTarget } from '../join/join-types.ts';
import { guessJoinKey } from './guess-join-key.ts';
import { isRowNumberColumn } from './row-number-column.ts';
import { isYearColumn } from './year-column.ts';
import { guessCombineRule } from './combine-rule.ts';

export type MappingKind = ImportMapping['kind'];

export { columnWords };

const CODE = /(^|_)(p_?code|pcode|admin2_?pcode|cod|codigo|code|ine|id_?mun\w*|cod_?mun\w*|ubigeo|geocode)($|_)/;
const NAME = /(^|_)(municipio|municipios|municipality|muni|mun|nombre|name|admin2_?name|adm2_?es|adm2_?name)($|_)/;
const DEPT = /(^|_)(departamento|departament\w*|department|depto|dpto|dept|admin1\w*|adm1\w*)($|_)/;
const COUNTRY = /(^|_)(pais|country|nation|iso3?|admin0\w*|adm0\w*)($|_)/;
const LON = /^(lon|lng|long|longitude|longitud|x)$/;
const LAT = /^(lat|latitude|latitud|y)$/;
const YEAR = /(^|_)(19|20)\d\d($|_)/;
const AMOUNT = /monto|amount|(^|_)amt($|_)|importe|usd|disburs|desembols|commit|compromis|presupuest|budget|costo?($|_)|valor|value/;
const DONOR = /donor|donante|funder|financiador|cooperante|agency|agencia/;

/** `tasa_remesas` → `Tasa remesas`. */
export function columnLabel(name: string): string {
  const spaced = name.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced ? spaced[0].toUpperCase() + spaced.slice(1) : name;
}

/** A catalog id from a column name, unique among `taken` (`user_tasa_remesas`, `user_tasa_remesas_2`). */
export function indicatorId(column: string, taken: ReadonlySet<string>): string {
  const base = `user_${columnWords(column).slice(0, 60) || 'value'}`;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}_${i}`;
  return id;
}

const find = (cols: string[], re: RegExp, skip: ReadonlySet<string> = new Set()): string | undefined =>
  cols.find((c) => !skip.has(c) && re.test(columnWords(c)));

/** The column a file's municipio names are in, guessed from the column names as {@link guessKey} does. */
export function guessNameColumn(columns: string[], skip: readonly string[] = []): string | undefined {
  const dept = find(columns, DEPT);
  const country = find(columns, COUNTRY);
  return find(columns, NAME, new Set([...skip, ...[dept, country].filter((c): c is string => !!c)]));
}

/**
 * The key: a code column when there is one (text codes like `0101` first), else a name column, else
 * the first text column. A file keyed by code that also has a name column gets it as `nameColumn`,
 * so that every row's name is checked against the unit its code reaches.
 */
export function guessKey(table: RawTable): KeyMapping {
  const cols = table.columns;
  const dept = find(cols, DEPT);
  const country = find(cols, COUNTRY);
  const skip = new Set([dept, country].filter((c): c is string => !!c));
  const code = find(cols, CODE, skip);
  const name = find(cols, NAME, skip);
  const firstText = cols.find((c, i) => table.types[i] === 'text' && !skip.has(c));
  const key: KeyMapping = code ? { by: 'code', column: code } : { by: 'name', column: name ?? firstText ?? cols[0] ?? '' };
  if (dept && key.column !== dept) key.deptColumn = dept;
  if (code && name && name !== code) key.nameColumn = name;
  if (country) key.countryColumn = country;
  return key;
}

/**
 * Columns that may name a municipio, by their names: a code or name column that is not a
 * department or country column (`dept_geo_code` names a department), in the file's order.
 */
export function municipioKeyCandidates(columns: readonly string[]): KeyMapping[] {
  const out: KeyMapping[] = [];
  for (const c of columns) {
    const w = columnWords(c);
    if (DEPT.test(w) || COUNTRY.test(w)) continue;
    if (CODE.test(w)) out.push({ by: 'code', column: c });
    else if (NAME.test(w)) out.push({ by: 'name', column: c });
  }
  return out;
}

/** Columns that are not values: the key, department and country columns (by their names too: a department id 100 … 1800), coordinates, years and row numbers. */
function nonValueColumns(key: KeyMapping, table: RawTable): Set<string> {
  const out = new Set([key.column, key.deptColumn, key.countryColumn, key.nameColumn].filter((c): c is string => !!c));
  table.columns.forEach((c, i) => {
    const w = columnWords(c);
    // A year or a row number is never an indicator (a long file's year is chosen in the reshape step).
    if (LON.test(w) || LAT.test(w) || CODE.test(w) || DEPT.test(w) || COUNTRY.test(w) || isYearColumn(table, i) || isRowNumberColumn(table, i)) out.add(c);
  });
  return out;
}

/**
 * A text column whose non-empty cells are mostly numbers or what spreadsheets write for a
 * failed number (`NaN`, `Infinity`, `n/a`, `#DIV/0!`): offered as a value column, so that applying it names the cells that are not numbers
 * instead of leaving the column out without a word.
 */
const NUMBERISH = /^\s*([-+]?\d[\d.,]*\s*%?|nan|[-+]?inf(inity)?|n\/?a|#n\/a|#div\/0!|#value!|#num!|-|—)\s*$/i;

/**
 * A text column of codes: every non-empty cell digits of one width, some with a leading zero
 * (`01` … `14`, `0101` … `2214`), as the importers keep codes such as `0101` as text.
 */
function fixedWidthCodes(cells: readonly (string | number | null)[]): boolean {
  let width = -1;
  let leadingZero = false;
  for (const c of cells) {
    if (c === null || c === '') continue;
    if (typeof c !== 'string' || !/^\d+$/.test(c)) return false;
    if (width === -1) width = c.length;
    else if (c.length !== width) return false;
    if (c[0] === '0') leadingZero = true;
  }
  return leadingZero;
}

function mostlyNumbers(cells: readonly (string | number | null)[]): boolean {
  let filled = 0;
  let numeric = 0;
  for (const c of cells) {
    if (c === null || c === '') continue;
    filled++;
    if (typeof c === 'number' || NUMBERISH.test(c)) numeric++;
  }
  return filled > 0 && numeric / filled >= 0.5;
}

/** One indicator per number column (not the key, codes or coordinates), with defaults from its name; ids avoid `takenIds`. */
export function guessIndicatorColumns(table: RawTable, key: KeyMapping, takenIds: Iterable<string>): IndicatorColumnMapping[] {
  const skip = nonValueColumns(key, table);
  const taken = new Set(takenIds);
  const out: IndicatorColumnMapping[] = [];
  table.columns.forEach((column, i) => {
    if (skip.has(column) || !(table.types[i] === 'number' || (mostlyNumbers(table.values[i] ?? []) && !fixedWidthCodes(table.values[i] ?? [])))) return;
    const words = columnWords(column);
    const id = indicatorId(column, taken);
    taken.add(id);
    const label = columnLabel(column);
    const unit = /(^|_)(tasa|rate|pct|porc\w*|percent\w*|share|proporcion)($|_)/.test(words) ? '%' : '';
    out.push({
      column,
      id,
      label: { en: label, es: label },
      pillar: pillarOfName(column),
      direction: directionOfName(column),
      unit,
      year: YEAR.exec(words)?.[0].replace(/_/g, '') ?? '',
      level: 'municipio',
      source: table.fileName,
      combine: guessCombineRule(column, unit),
    });
  });
  return out;
}

const PRECISION = /(^|_)precis\w*/;
const ACTIVITY_ID = /(^|_)(activity|project|proyecto|actividad)_?id$|^id$/;

/** A number cell, or null (text and empty cells). */
const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Whether the rows have points: longitude and latitude columns, or a point layer's geometries. */
function hasPoints(table: RawTable, lon: string | undefined, lat: string | undefined): boolean {
  if (lon && lat) return true;
  const g = (table as RawTable & { geometryKind?: string }).geometryKind;
  return g === 'point';
}

/**
 * Investment columns found by their usual names (English or Spanish) and, for the amount's unit
 * and a project amount repeated on its locations, by the values. Rows with points (columns or a
 * point layer) are placed by them unless a municipio CODE column is named (a place name beside a
 * point is often a village's, not its municipio's); the precision and project id columns are never
 * the key. Rows without a key or point are counted in their country: the country column when
 * named.
 */
export function guessInvestmentMapping(table: RawTable, targets: readonly JoinTarget[] = [], opts: GuessOptions = {}): InvestmentMapping {
  const cols = table.columns;
  const w = (re: RegExp) => cols.find((c) => re.test(columnWords(c)));
  const lon = w(LON);
  const lat = w(LAT);
  const amount = w(AMOUNT);
  const precision = w(PRECISION);
  const activityId = w(ACTIVITY_ID);
  const named = guessKey(table);
  const key = guessJoinKey(table, named, targets);
  const notKey = new Set([precision, activityId].filter((c): c is string => !!c));
  const keyWords = columnWords(key.column);
  const points = hasPoints(table, lon, lat);
  // A key by a code column's name, or (no points) by a name or one that reached most rows when tried.
  const hasKey = !notKey.has(key.column) && (CODE.test(keyWords) || (!points && (NAME.test(keyWords) || key.column !== named.column || !(lon && lat))));
  const countryColumn = !hasKey ? w(COUNTRY) : undefined;
  const column = (name: string | undefined) => (name ? table.values[cols.indexOf(name)] ?? [] : []);
  const amounts = column(amount).map(numberOrNull);
  const scale = amount ? guessAmountScale(amount, amounts) : 1;
  return {
    kind: 'investments',
    ...(hasKey ? { key } : {}),
    lon,
    lat,
    amount,
    ...(scale !== 1 ? { amountScale: scale } : {}),
    donor: w(DONOR),
    sector: w(/sector/),
    title: w(/(^|_)(title|titulo|proyecto|project|actividad|activity)(_name|_nombre|_title|_titulo)?$/),
    activityId,
    startYear: w(/start|inicio/),
    endYear: w(/(^|_)(end|fin|final|cierre)($|_)/),
    ...(precision ? { precision } : {}),
    ...(opts.splitGuess !== false && guessSplitRepeated(table, activityId, amount) ? { splitRepeated: true } : {}),
    ...(countryColumn ? { countryColumn } : {}),
    source: table.fileName,
  };
}

/** Options of the first guess. */
export interface GuessOptions {
  /**
   * false: leave out the guess of `splitRepeated` (it reads two whole columns: the caller makes it
   * later with {@link guessSplitRepeated}, e.g. once a large file's columns are built).
   */
  splitGuess?: boolean;
}

/**
 * Whether the amounts of `amount` look like a project's amount repeated on each of its locations
 * (rows sharing `activityId`): some projects repeat one amount, at least four times as many as
 * give different amounts.
 */
export function guessSplitRepeated(table: RawTable, activityId: string | undefined, amount: string | undefined): boolean {
  if (!activityId || !amount) return false;
  const column = (name: string) => table.values[table.columns.indexOf(name)] ?? [];
  const repeated = repeatedAmounts(column(activityId).map((v) => cellText(v)), column(amount).map(numberOrNull));
  return repeated.repeated > 0 && repeated.repeated >= 4 * repeated.differing;
}

/**
 * The first guess for a parsed file read as `kind` (layers default to boundaries, tables to
 * indicators). With the join targets, the key is found by trying every column against every
 * country ({@link guessJoinKey}); without them, by the column names alone.
 */
export function guessMapping(parsed: ParsedImport, kind: MappingKind, takenIds: Iterable<string>, targets: readonly JoinTarget[] = [], opts: GuessOptions = {}): ImportMapping {
  const table = parsed.table;
  if (kind === 'investments') return guessInvestmentMapping(table, targets, opts);
  const key = guessJoinKey(table, guessKey(table), targets);
  if (kind === 'boundaries') return { kind: 'boundaries', key, source: table.fileName };
  return { kind: 'indicators', key, columns: guessIndicatorColumns(table, key, takenIds) };
}

/** What a file most likely holds: polygons → boundaries, points → investments, else indicators. */
export function guessKind(parsed: ParsedImport): MappingKind {
  if (parsed.kind === 'layer') return parsed.table.geometryKind === 'point' ? 'investments' : 'boundaries';
  // An activity list: coordinates, or a donor and an amount.
  const words = parsed.table.columns.map(columnWords);
  const has = (re: RegExp) => words.some((w) => re.test(w));
  return (has(LON) && has(LAT)) || (has(DONOR) && has(AMOUNT)) ? 'investments' : 'indicators';
}
