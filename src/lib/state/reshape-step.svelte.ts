/**
 * The reshape step of the "Your data" flow: a file read with several rows per municipio
 * (detect-long.ts) is made one row per municipio as the planner sets it — the municipio's
 * columns, the year (keep one, combine them, or keep each apart: one yearly indicator), the rows kept by a column's values,
 * how the rows left are combined (sum, mean, max, latest), a category made into one indicator per
 * value — with a live preview of the result (reshape-table.ts). The planner edits `spec` in place.
 */
import type { RawTable } from '../data/import/import-types.ts';
import { countUnits, type LongFile } from '../data/import/detect-long.ts';
import type { ReshapeAggregate, ReshapeSpec } from '../data/import/reshape-spec.ts';
import { reshapeTable, reshapeValueColumns, type ReshapeResult } from '../data/import/reshape-table.ts';

/** What the year select says: keep one year, every year combined, or each year apart (one indicator with its years). */
export type YearChoice = number | 'all' | 'each';

export interface ReshapePreview {
  result: ReshapeResult | null;
  error: unknown;
}

export class ReshapeStep {
  /** The table as read (long). */
  readonly source: RawTable;
  readonly long: LongFile;
  /** The planner's choices (deeply reactive). */
  spec = $state<ReshapeSpec>({ keys: [], filters: [], aggregate: 'sum' });

  constructor(source: RawTable, long: LongFile) {
    this.source = source;
    this.long = long;
    this.spec = structuredClone(long.spec);
    // Every number column the file has is offered; the default combines them all.
    this.spec.values = this.numberColumns.filter((c) => c !== long.spec.yearColumn);
  }

  /** The column naming the municipio (its code or name). */
  get keyColumn(): string {
    return this.spec.keys[0] ?? '';
  }

  /** The department column the municipio's name goes with ('' for none). */
  get deptColumn(): string {
    const d = this.spec.keys[1];
    return d !== undefined && d !== this.long.key.countryColumn ? d : '';
  }

  /** Sets the municipio's columns; the guessed country column stays among them (a code such as 0101 exists in two countries). */
  setKeys(keyColumn: string, deptColumn: string): void {
    const country = this.long.key.countryColumn;
    const keys = [keyColumn, deptColumn, country].filter((c): c is string => !!c);
    this.spec.keys = keys.filter((c, i) => keys.indexOf(c) === i);
    this.spec.filters = this.spec.filters.filter((f) => !this.spec.keys.includes(f.column));
    if (this.spec.pivot && this.spec.keys.includes(this.spec.pivot)) delete this.spec.pivot;
  }

  /** The table's number columns, each a value the reshape can combine (the year column excepted). */
  get numberColumns(): string[] {
    return this.source.columns.filter((c, i) => this.source.types[i] === 'number' && !this.spec.keys.includes(c) && c !== this.spec.yearColumn);
  }

  /** Distinct municipios under the key columns as set (all rows). */
  readonly units: number = $derived.by(() => countUnits(this.source, this.spec.keys).units);

  /** The result of the reshape as set now (recomputed on every change: the preview). */
  readonly preview: ReshapePreview = $derived.by(() => {
    const spec = $state.snapshot(this.spec) as ReshapeSpec;
    try {
      return { result: reshapeTable(this.source, { ...spec, values: reshapeValueColumns(this.source, spec).filter((c) => !spec.keys.includes(c) && c !== spec.yearColumn && c !== spec.pivot) }), error: null };
    } catch (error) {
      return { result: null, error };
    }
  });

  get yearChoice(): YearChoice {
    if (this.spec.year !== undefined) return this.spec.year;
    return this.spec.byYear || (this.spec.pivot !== undefined && this.spec.pivot === this.spec.yearColumn) ? 'each' : 'all';
  }

  setYearChoice(choice: YearChoice): void {
    const s = this.spec;
    if (s.pivot === s.yearColumn) delete s.pivot;
    delete s.year;
    delete s.byYear;
    if (typeof choice === 'number') s.year = choice;
    else if (choice === 'each' && s.yearColumn) s.byYear = true;
    if (choice !== 'all' && s.aggregate === 'latest') s.aggregate = 'sum';
  }

  setYearColumn(column: string): void {
    const s = this.spec;
    if (s.pivot === s.yearColumn) delete s.pivot;
    delete s.year;
    delete s.byYear;
    if (column) s.yearColumn = column;
    else {
      delete s.yearColumn;
      if (s.aggregate === 'latest') s.aggregate = 'sum';
    }
  }

  /** The years in the year column as set, ascending. */
  get years(): number[] {
    const c = this.spec.yearColumn;
    if (!c) return [];
    if (c === this.long.spec.yearColumn) return this.long.years;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, not state
    const ys = new Set<number>();
    for (const v of this.source.values[this.source.columns.indexOf(c)] ?? []) if (typeof v === 'number' && Number.isInteger(v)) ys.add(v);
    return [...ys].sort((a, b) => a - b);
  }

  setAggregate(a: ReshapeAggregate): void {
    this.spec.aggregate = a;
    // The latest year is chosen per municipio: no single year, no column per year.
    if (a === 'latest') this.setYearChoice('all');
  }

  /** The values of category `column` kept (all when it has no filter). */
  kept(column: string): string[] {
    const f = this.spec.filters.find((x) => x.column === column);
    return f ? f.values : (this.long.categories.find((c) => c.column === column)?.values.map((v) => v.value) ?? []);
  }

  /** Keeps or drops the rows whose `column` is `value`; a column with every value kept has no filter. */
  toggleValue(column: string, value: string, keep: boolean): void {
    const all = this.long.categories.find((c) => c.column === column)?.values.map((v) => v.value) ?? [];
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local, not state
    const now = new Set(this.kept(column));
    if (keep) now.add(value);
    else now.delete(value);
    const filters = this.spec.filters.filter((x) => x.column !== column);
    if (now.size < all.length) filters.push({ column, values: all.filter((v) => now.has(v)) });
    this.spec.filters = filters;
  }

  /** Keeps only `value` of `column` (or every value again with null). */
  keepOnly(column: string, value: string | null): void {
    const filters = this.spec.filters.filter((x) => x.column !== column);
    if (value !== null) filters.push({ column, values: [value] });
    this.spec.filters = filters;
  }

  setValue(column: string, on: boolean): void {
    const values = this.spec.values ?? [];
    this.spec.values = on ? [...values.filter((c) => c !== column), column].sort((a, b) => this.source.columns.indexOf(a) - this.source.columns.indexOf(b)) : values.filter((c) => c !== column);
  }

  /** The spec as it will be stored (plain, the values actually combined). */
  final(): ReshapeSpec {
    const spec = $state.snapshot(this.spec) as ReshapeSpec;
    spec.values = reshapeValueColumns(this.source, spec).filter((c) => !spec.keys.includes(c) && c !== spec.yearColumn && c !== spec.pivot);
    return spec;
  }
}
