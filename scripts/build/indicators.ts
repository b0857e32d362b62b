/**
 * The indicator table and its catalog: Guatemala (A2SIT, IFPRI MPI, Censo 2018, SEGEPLAN, census
 * department emigration), El Salvador (Censo 2024 by the 44 municipios), Honduras (2023 migration
 * survey, department level) and the three-country violence and climate-fragility scores.
 *
 * Output contract: rows sorted by unit_id then indicator_id, one row per (unit, indicator), finite
 * values only (a missing source value gives no row, never 0), every unit id known, every row's
 * indicator in the catalog and every catalog entry with rows. Catalog sorted by pillar. The
 * per-country migration entries of one concept are assembled into three-country entries
 * (`assemble-by-country.ts`); every entry carries its CMMS lines of effort (`indicator-loe.ts`).
 */
import type { CatalogEntry, SourceInfo } from '../../src/lib/data/schema.ts';
import { assembleByCountry } from './assemble-by-country.ts';
import { PILLAR_ORDER, withLoe } from './catalog-entry.ts';
import { INDICATOR_LOE } from './indicator-loe.ts';
import { elSalvadorAdditions } from './indicators-sv-additions.ts';
import { guatemalaIndicators } from './indicators-gt.ts';
import { hondurasIndicators } from './indicators-hn.ts';
import { elSalvadorIndicators } from './indicators-sv.ts';
import { SOURCES } from './sources.ts';
import type { BuildContext, IndicatorRow, IndicatorYearRow, IndicatorsResult } from './types.ts';
import { violenceFragilityIndicators } from './violence-fragility.ts';

export function buildIndicators(ctx: BuildContext): IndicatorsResult {
  const parts = [
    guatemalaIndicators(ctx),
    elSalvadorIndicators(ctx),
    elSalvadorAdditions(ctx),
    hondurasIndicators(ctx),
    violenceFragilityIndicators(ctx),
  ];
  const assembled = assembleByCountry(
    parts.flatMap((p) => p.rows),
    parts.flatMap((p) => p.catalog),
  );
  const rows = assembled.rows;
  const yearRows = parts.flatMap((p) => p.yearRows ?? []);
  const catalog = assembled.catalog.map((draft) => withYears(withLoe(draft), yearRows));
  const loeIds = new Set(catalog.map((e) => e.id));
  for (const e of catalog) {
    if (e.part_of !== undefined && !loeIds.has(e.part_of)) throw new Error(`catalog: ${e.id} is part of ${e.part_of}, which is not in the catalog`);
  }
  const unused = Object.keys(INDICATOR_LOE).filter((id) => !loeIds.has(id));
  if (unused.length) throw new Error(`indicator-loe.ts lists ids that are not in the catalog: ${unused.join(', ')}`);

  const rank = (e: CatalogEntry) => PILLAR_ORDER.indexOf(e.pillar);
  const sortedCatalog = catalog.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map((x) => x.e);
  const sortedRows = [...rows].sort(compareRows);

  check(ctx, sortedRows, sortedCatalog);
  const sourceIds = [...new Set(sortedCatalog.flatMap(catalogSourceIds))].sort();
  const sources: SourceInfo[] = sourceIds.map((id) => ({ ...SOURCES[id as keyof typeof SOURCES] }));
  for (const e of sortedCatalog) {
    const n = sortedRows.filter((r) => r.indicator_id === e.id).length;
    ctx.log(`indicator ${e.id} [${e.pillar}, ${e.level}, ${e.countries.join('/')}]: ${n} rows`);
  }
  return { rows: sortedRows, yearRows, catalog: sortedCatalog, sources };
}

/** The entry with `years` when it has a yearly series (its catalog `year` must be one of them). */
function withYears(entry: CatalogEntry, yearRows: readonly IndicatorYearRow[]): CatalogEntry {
  const years = [...new Set(yearRows.filter((r) => r.indicator_id === entry.id).map((r) => r.year))].sort((a, b) => a - b);
  if (years.length === 0) return entry;
  if (!years.includes(Number(entry.year))) throw new Error(`catalog: ${entry.id} has years ${years.join(', ')} but its reference year is "${entry.year}"`);
  return { ...entry, years };
}

/** Every source an entry cites: its own, and each country's when it is assembled from several. */
export function catalogSourceIds(e: CatalogEntry): string[] {
  return [e.source_id, ...Object.values(e.by_country ?? {}).map((c) => c.source_id)];
}

function compareRows(a: IndicatorRow, b: IndicatorRow): number {
  if (a.unit_id !== b.unit_id) return a.unit_id < b.unit_id ? -1 : 1;
  if (a.indicator_id !== b.indicator_id) return a.indicator_id < b.indicator_id ? -1 : 1;
  return 0;
}

/** Enforces the output contract; any breach is a build error. */
function check(ctx: BuildContext, rows: IndicatorRow[], catalog: CatalogEntry[]): void {
  const units = new Map(ctx.units.map((u) => [u.unit_id, u]));
  const entries = new Map<string, CatalogEntry>();
  for (const e of catalog) {
    if (entries.has(e.id)) throw new Error(`catalog: duplicate id ${e.id}`);
    for (const id of catalogSourceIds(e)) if (!(id in SOURCES)) throw new Error(`catalog: ${e.id} cites unknown source ${id}`);
    if (!Array.isArray(e.loe) || e.loe.some((l) => !Number.isInteger(l) || l < 1 || l > 8)) throw new Error(`catalog: ${e.id} has no valid loe (lines of effort 1–8; may be empty, must be present)`);
    if (e.by_country) {
      const keys = Object.keys(e.by_country).sort();
      if (keys.join() !== [...e.countries].sort().join()) throw new Error(`catalog: ${e.id} by_country (${keys}) ≠ countries (${e.countries})`);
      const levels = Object.values(e.by_country).map((c) => c.level);
      if (e.level !== (levels.includes('department') ? 'department' : 'municipio')) throw new Error(`catalog: ${e.id} level is not the coarsest of its countries'`);
    }
    entries.set(e.id, e);
  }
  const withRows = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const u = units.get(r.unit_id);
    const e = entries.get(r.indicator_id);
    if (!u) throw new Error(`indicators: unknown unit ${r.unit_id}`);
    if (!e) throw new Error(`indicators: ${r.indicator_id} is not in the catalog`);
    if (!Number.isFinite(r.value)) throw new Error(`indicators: ${r.indicator_id} ${r.unit_id} is not finite`);
    if (!e.countries.includes(u.country)) throw new Error(`indicators: ${r.indicator_id} has a value for ${u.country}, not among its countries`);
    if (i > 0 && compareRows(rows[i - 1], r) === 0) throw new Error(`indicators: duplicate row ${r.unit_id} ${r.indicator_id}`);
    withRows.add(r.indicator_id);
  }
  for (const e of catalog) if (!withRows.has(e.id)) throw new Error(`catalog: ${e.id} has no rows`);
}
