/**
 * Golden files of the export tables, each built from the committed data as the app builds it: the
 * priority list (English and Spanish headers), the underserved list, coverage per unit, hotspot
 * results (Local Moran and Gi*), the join report, and the Method sheet's rows. A table is written
 * as its columns (code, type, spreadsheet label) and its CSV, i.e. what a planner's file carries;
 * normalised by tests/golden/golden-file.ts. `UPDATE_GOLDEN=1 npx vitest run tests/golden`
 * regenerates them.
 */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { readCoverageUnits } from '../../src/cli/read-coverage-units.ts';
import { readInvestments } from '../../src/cli/read-investments.ts';
import { hotspots, CLUSTER_HH, CLUSTER_HOT, type HotspotResult } from '../../src/lib/analysis/hotspots.ts';
import { STATISTICS, type HotspotStatistic } from '../../src/lib/analysis/statistic-registry.ts';
import { runSensitivity } from '../../src/lib/analysis/sensitivity.ts';
import { contiguityWeights } from '../../src/lib/data/contiguity-weights.ts';
import { coverageByUnit } from '../../src/lib/data/coverage-by-unit.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { joinTargets } from '../../src/lib/data/join/join-targets.ts';
import { joinUnits } from '../../src/lib/data/join/join-units.ts';
import type { JoinRow } from '../../src/lib/data/join/join-types.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import type { RankUnit } from '../../src/lib/data/rank-types.ts';
import { coverageTable } from '../../src/lib/export/coverage-table.ts';
import { tableCsv } from '../../src/lib/export/csv.ts';
import { hotspotResultsTable } from '../../src/lib/export/hotspot-results-table.ts';
import { indexMethodBlocks } from '../../src/lib/export/index-method-blocks.ts';
import { joinReportTable } from '../../src/lib/export/join-report-table.ts';
import { evidenceBlocks, madeByBlock, settingsBlock, type MethodBlock } from '../../src/lib/export/method-sheet.ts';
import { priorityListTable } from '../../src/lib/export/priority-list-table.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import type { ResultTable } from '../../src/lib/export/result-table.ts';
import { underservedTable } from '../../src/lib/export/underserved-table.ts';
import { methodRows } from '../../src/lib/export/xlsx-method-rows.ts';
import { unitFeatures } from '../../src/lib/geo/unit-features.ts';
import { rankTablesFromCsv } from '../../src/lib/state/rank-tables-from-csv.ts';
import { underservedUnits } from '../../src/lib/state/coverage-underserved.ts';
import { PUBLIC_DATA, readCatalog, readManifest, readRows, readText, readTopology, TOPO_FILES } from '../data/public-data.ts';
import { sheetText } from '../export/sheet-text.ts';
import { expectGolden, normaliseGolden } from './golden-file.ts';

const TIMEOUT = 180_000;

/** A result table as text: one line per column (code, type, label, flag words), then its CSV. */
function tableText(t: ResultTable): string {
  const type = (c: ResultTable['columns'][number]) => (typeof c.type === 'string' ? c.type : `decimals:${c.type.decimals}`);
  const cols = t.columns.map((c) => [c.header, type(c), c.label ?? '', c.flagText ? `${c.flagText.yes}/${c.flagText.no}` : ''].join('\t'));
  const marked = t.marked ? `# marked rows: ${t.marked.map((m, i) => (m ? i : -1)).filter((i) => i >= 0).join(',')}\n` : '';
  return `# columns\n${cols.join('\n')}\n${marked}# rows\n${tableCsv(t)}`;
}

/** Method blocks as text: title, note, header, then one tab-separated line per row. */
function blocksText(blocks: readonly MethodBlock[]): string {
  const cell = (c: MethodBlock['rows'][number][number]) => (c !== null && typeof c === 'object' ? `${c.value} (${typeof c.type === 'string' ? c.type : `decimals:${c.type.decimals}`})` : String(c));
  return blocks
    .map((b) => [`## ${b.title ?? ''}`, ...(b.note ? [`> ${b.note}`] : []), ...(b.header ? [`| ${b.header.join('\t')}`] : []), ...b.rows.map((r) => r.map(cell).join('\t'))].join('\n'))
    .join('\n\n') + '\n';
}

const catalog = readCatalog();
const manifest = readManifest();
const unitRows = readRows('units.csv');
const rankUnitsList: RankUnit[] = unitRows.map((r) => ({ unit_id: r.unit_id, name: r.name, department: r.dept_name, country: r.country }));
const rankUnitById = new Map(rankUnitsList.map((u) => [u.unit_id, u]));
const spec = defaultIndexSpec(catalog);
const SENSITIVITY = { draws: 60 };
const ranked = rankUnits(rankTablesFromCsv(readText('indicators.csv'), unitRows.map((r) => ({ unit_id: r.unit_id, name: r.name, dept_name: r.dept_name, country: r.country }))), spec, {
  sensitivity: (input, s) => runSensitivity(input, { ...s.sensitivity, ...SENSITIVITY, topN: s.topN, rankScope: s.topNScope }),
});

/** The 682 municipios in the app's order, with their weights, and violence_score aligned to them. */
function readHotspotInput() {
  const topologies = (['GT', 'HN', 'SV'] as const).map((country) => ({ country, topology: readTopology(TOPO_FILES[country]) }));
  const features = unitFeatures(topologies);
  const value = new Map(readRows('indicators.csv').filter((r) => r.indicator_id === 'violence_score').map((r) => [r.unit_id, r.value]));
  const values = Float64Array.from(features, (f) => {
    const v = value.get(f.properties.unit_id);
    return v === undefined || v === '' ? NaN : Number(v);
  });
  const units = features.map((f) => rankUnitById.get(f.properties.unit_id)!);
  return { units, values, w: contiguityWeights(topologies, { contiguity: 'queen', snapMeters: 500 }) };
}
const hotspotInput = readHotspotInput();
/** The app's hotspot settings (999 permutations, its seed, FDR at 0.05), one run per statistic. */
const hotspotRuns = Object.fromEntries(
  STATISTICS.map((statistic) => [statistic, hotspots(hotspotInput.values, hotspotInput.w, { statistic, permutations: 999, seed: 20240917, alpha: 0.05, correction: 'fdr' })]),
) as Record<HotspotStatistic, HotspotResult>;

describe('golden export tables', () => {
  it('priority list: the default index on public/data, English and Spanish headers', { timeout: TIMEOUT }, () => {
    for (const lang of ['en', 'es'] as const) {
      const t = sheetText(lang);
      expectGolden(`exports/priority-list-${lang}.txt`, normaliseGolden(tableText(priorityListTable(ranked, spec, { labels: t.sheets, lang }))));
    }
  });

  it('hotspot results: every statistic of the registry on violence_score over the 682 municipios', { timeout: TIMEOUT }, () => {
    for (const statistic of STATISTICS) {
      expectGolden(`exports/hotspot-results-${statistic}.txt`, normaliseGolden(tableText(hotspotResultsTable(hotspotInput.units, hotspotRuns[statistic]))));
    }
  });

  it('coverage per unit and the underserved list: the committed investments', { timeout: TIMEOUT }, () => {
    const cu = readCoverageUnits(join(PUBLIC_DATA, 'boundaries'));
    const cov = coverageByUnit(cu.units, readInvestments(join(PUBLIC_DATA, 'investments.csv')));
    const units = cu.units.map((u) => rankUnitById.get(u.unit_id)!);
    expectGolden('exports/coverage.txt', normaliseGolden(tableText(coverageTable(units, cov.result))));

    // Need = the index score; listed = in the top N or in a high–high cluster, with no activity.
    const at = new Map(ranked.units.map((u, i) => [u.unit_id, i]));
    const need = Float64Array.from(units, (u) => ranked.index.score[at.get(u.unit_id)!]);
    const inTopN = Float64Array.from(units, (u) => ranked.inTopN[at.get(u.unit_id)!]);
    const hAt = new Map(hotspotInput.units.map((u, i) => [u.unit_id, i]));
    const inHotspot = Float64Array.from(units, (u) => {
      const c = hotspotRuns.moran.cluster[hAt.get(u.unit_id)!];
      return c === CLUSTER_HH || c === CLUSTER_HOT ? 1 : 0;
    });
    const list = underservedUnits({ need, inTopN, inHotspot, activities: cov.result.activities, maxActivities: 0, sourced: cov.result.sourced });
    const rows = list.map((u) => ({ unit: units[u.index], need: need[u.index], inTopN: u.inTopN, inHotspot: u.inHotspot, activities: cov.result.activities[u.index], donors: cov.result.donors[u.index], amount: cov.result.amount[u.index] }));
    expectGolden('exports/underserved.txt', normaliseGolden(tableText(underservedTable(rows, cov.result.totals.money, 'all investments'))));
  });

  it('join report: names by department, a fuzzy match accepted, a code row', () => {
    const targets = joinTargets(
      [
        { unit_id: 'GT0103', country: 'GT', code: '0103', name: 'San José Pinula', dept_code: '01', dept_name: 'Guatemala', ine_code: '0103' },
        { unit_id: 'HN0809', country: 'HN', code: '0809', name: 'Lepaterique', dept_code: '08', dept_name: 'Francisco Morazán', ine_code: '0809' },
      ],
      [],
    );
    const rows: JoinRow[] = [
      { row: 0, key: 'San Jose Pinula', dept: 'Guatemala' },
      { row: 1, key: 'Lptrique', dept: 'Francisco Morazán' },
      { row: 2, key: '0101' },
    ];
    const report = joinUnits(rows, targets, { by: 'name', accepted: { 1: 'HN0809' } });
    expectGolden('exports/join-report.txt', normaliseGolden(tableText(joinReportTable(report, rows, targets))));
  });

  it('method sheet rows: made by, the index method, settings, evidence, and the spec as key/value rows', () => {
    for (const lang of ['en', 'es'] as const) {
      const t = sheetText(lang);
      const blocks = [
        madeByBlock(t, provenance('0.1.0', manifest), new Date(0)),
        ...indexMethodBlocks(t, spec, catalog, { draws: SENSITIVITY.draws, seed: ranked.sensitivity!.seed }),
        settingsBlock(t, { statistic: 'moran', permutations: 999, seed: 20240917, correction: 'fdr', alpha: 0.05 }),
        ...evidenceBlocks(t, catalog),
      ];
      expectGolden(`exports/method-sheet-${lang}.txt`, normaliseGolden(blocksText(blocks)));
    }
    expectGolden('exports/method-rows-spec.txt', normaliseGolden(methodRows(spec).map(([k, v]) => `${k}\t${String(v)}`).join('\n') + '\n'));
  });
});
