/**
 * What a workspace adds to the default data: every import joined again from its stored table,
 * mapping and accepted matches (the join is deterministic, so a reload gives the same result),
 * then turned into catalog entries, indicator rows, investment rows and unit geometries.
 * Throws the first import's ImportError: a workspace applies whole or not at all.
 */
import type { Geometry } from 'geojson';
import { ImportError } from '../data/import/import-error.ts';
import type { KeyMapping } from '../data/import/import-mapping.ts';
import type { RawTable } from '../data/import/import-types.ts';
import { joinTable } from '../data/import/join-table.ts';
import { indicatorsFromImport } from '../data/import/apply-indicators.ts';
import { investmentsFromImport } from '../data/import/apply-investments.ts';
import { boundariesFromImport } from '../data/import/apply-boundaries.ts';
import { distritoCounts } from '../data/join/distrito-counts.ts';
import type { AcceptedMatches, JoinReport, JoinTarget } from '../data/join/join-types.ts';
import type { CatalogEntry, CountryCode, InvestmentRow, UnitProps } from '../data/schema.ts';
import type { Workspace } from '../data/workspace.ts';

export interface IndicatorRow {
  unit_id: string;
  indicator_id: string;
  value: number;
}

export interface IndicatorYearRow extends IndicatorRow {
  year: number;
}

export interface WorkspaceData {
  catalog: CatalogEntry[];
  indicators: IndicatorRow[];
  /** The yearly imports' values by year (the rows of indicator-years.csv). */
  indicatorYears: IndicatorYearRow[];
  investments: InvestmentRow[];
  /** Unit id → geometry replacing the default one. */
  geometries: Map<string, Geometry>;
  /** Import id → its join report (null for investments placed by coordinates only). */
  reports: Map<string, JoinReport | null>;
}

/** Catalog ids end up in CSV text and SQL: letters, digits, `_`, `-`, `.` only. */
const SAFE_ID = /^[A-Za-z0-9_.-]{1,80}$/;

/** Joins a table's rows to the targets as the mapping and the accepted matches say ({@link joinTable}, as the CLI does). */
export function joinImport(table: RawTable, key: KeyMapping, targets: readonly JoinTarget[], accepted: AcceptedMatches): JoinReport {
  return joinTable(table, key, targets, accepted);
}

export function workspaceData(
  ws: Workspace,
  targets: readonly JoinTarget[],
  baseCatalog: readonly CatalogEntry[],
  units: readonly Pick<UnitProps, 'unit_id' | 'country' | 'dept_code'>[],
  countryAt?: (lon: number, lat: number) => CountryCode | null,
): WorkspaceData {
  const out: WorkspaceData = { catalog: [], indicators: [], indicatorYears: [], investments: [], geometries: new Map(), reports: new Map() };
  const ids = new Set(baseCatalog.map((e) => e.id));
  const distritos = distritoCounts(targets);
  for (const imp of ws.imports) {
    const { table } = imp.parsed;
    const m = imp.mapping;
    if (m.kind === 'indicators') {
      const report = joinImport(table, m.key, targets, imp.accepted);
      const { catalog, rows, yearRows } = indicatorsFromImport(table, m, report, { importId: imp.id, reservedIds: ids, units, distritos });
      for (const e of catalog) {
        if (!SAFE_ID.test(e.id)) throw new ImportError('duplicate-id', `indicator id "${e.id}" may hold only letters, digits, _ - and .`, { id: e.id });
        ids.add(e.id);
      }
      out.reports.set(imp.id, report);
      out.catalog.push(...catalog);
      for (const r of rows) out.indicators.push(r);
      for (const r of yearRows) out.indicatorYears.push(r);
    } else if (m.kind === 'investments') {
      const report = m.key ? joinImport(table, m.key, targets, imp.accepted) : null;
      out.reports.set(imp.id, report);
      for (const r of investmentsFromImport(table, m, report, { importId: imp.id, countryAt })) out.investments.push(r);
    } else {
      if (imp.parsed.kind !== 'layer') throw new ImportError('wrong-geometry', `${table.fileName}: boundaries need a layer with polygons`, { file: table.fileName });
      const report = joinImport(imp.parsed.table, m.key, targets, imp.accepted);
      out.reports.set(imp.id, report);
      for (const [unit, g] of boundariesFromImport(imp.parsed.table, report)) out.geometries.set(unit, g);
    }
  }
  return out;
}
