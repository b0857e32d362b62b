/**
 * `focal hotspots --boundaries units.geojson --id FIELD --data values.csv --key FIELD --value FIELD
 * [--stat moran|gistar|geary] [--contiguity queen|rook] [--snap METERS] [--permutations 999] [--seed N]
 * [--fdr 0.05] --out result.csv`: a local statistic of the registry (Local Moran's I, Getis–Ord Gi*,
 * Local Geary's c) with permutation inference on
 * any GeoJSON and CSV. Contiguity weights from the polygons (`contiguityFromFeatures`, the same
 * snapping as the app's cross-border neighbours), the statistics from `hotspots()` (the app's
 * entry point), the result written as `id,value,lag,statistic,p_sim,cluster` — as CSV, as an
 * Excel workbook with the settings and seed on its Method sheet, or as GeoJSON with the input's
 * polygons, by the extension of `--out`.
 */
import { resolve } from 'node:path';
import { CLUSTER_ISLAND, CLUSTER_MISSING, type Correction } from '../lib/analysis/hotspots.ts';
import { hotspots, type HotspotResult } from '../lib/data/operations.ts';
import { STATISTIC_MODULES } from '../lib/analysis/statistic-registry.ts';
import { weightsSummary } from '../lib/analysis/spatial-weights.ts';
import { contiguityFromFeatures } from '../lib/data/contiguity-weights.ts';
import type { ExportFormat } from '../lib/export/export-format.ts';
import { provenance } from '../lib/export/provenance.ts';
import { sheetTextIn } from '../lib/export/sheet-text.ts';
import type { CliIo } from './cli-io.ts';
import { clusterName, hotspotsTable } from './hotspots-csv.ts';
import { packageVersion } from './package-version.ts';
import { readBoundaries, someOf, type BoundaryFeature } from './read-boundaries.ts';
import { readUnitValues } from './read-unit-values.ts';
import { readYearlyValues } from './read-yearly-values.ts';
import { HOTSPOTS_USAGE, parseHotspotsArgs, type HotspotsArgs } from './hotspots-args.ts';
import { outputFormat, refuseOverwrite, writeExportFile } from './write-output.ts';

/** What `--out` can be: the result has the input's polygons, so GeoJSON too; no method file of its own. */
const OUT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx', 'geojson'];

const CORRECTION_TEXT: Record<Correction, string> = { none: 'no correction', fdr: 'FDR', bonferroni: 'Bonferroni' };

/** A p threshold for the summary: 4 significant digits. */
const pText = (p: number) => (Number.isFinite(p) ? String(Number(p.toPrecision(4))) : 'none');

/** The one summary line printed after a successful run. */
export function hotspotsSummary(result: HotspotResult, args: Pick<HotspotsArgs, 'contiguity' | 'snapMeters' | 'source'>, meanNeighbours: number, out: string): string {
  const counts = new Map<number, number>();
  for (const c of result.cluster) counts.set(c, (counts.get(c) ?? 0) + 1);
  const count = (c: number) => counts.get(c) ?? 0;
  const definition = STATISTIC_MODULES[result.statistic];
  const classes = definition.classes.map((c) => c.code);
  const significant = classes.reduce((s, c) => s + count(c), 0);
  const perClass = classes.map((c) => `${clusterName(result.statistic, c)} ${count(c)}`).join(', ');
  const stat = definition.name;
  const tested = result.n - count(CLUSTER_ISLAND) - count(CLUSTER_MISSING);
  const parts = [
    `focal hotspots: ${result.n} units, ${tested} tested, ${count(CLUSTER_ISLAND)} island${count(CLUSTER_ISLAND) === 1 ? '' : 's'}, ${count(CLUSTER_MISSING)} without value`,
    `${stat}, ${args.contiguity} contiguity (snap ${args.snapMeters} m${args.source === undefined ? '' : ` across ${args.source}`}, ${meanNeighbours.toFixed(2)} neighbours on average)`,
    `${result.permutations} permutations, seed ${result.seed}`,
    `p_sim <= ${pText(result.threshold)} (${CORRECTION_TEXT[result.correction]}, alpha ${result.alpha})`,
    `significant ${significant}: ${perClass}`,
  ];
  if (result.global) parts.push(`global Moran's I ${result.global.I.toFixed(4)} (p_sim ${pText(result.global.pSim)})`);
  parts.push(`wrote ${out}`);
  return parts.join('; ');
}

/** Each feature's `field` property as text; every feature must have one. */
function sourcesOf(features: readonly BoundaryFeature[], ids: readonly string[], field: string, path: string): string[] {
  const lacking: string[] = [];
  const out = features.map((f, i) => {
    const v = f.properties?.[field];
    if ((typeof v !== 'string' || v.trim() === '') && typeof v !== 'number') lacking.push(ids[i]);
    return String(v ?? '').trim();
  });
  if (lacking.length > 0) throw new Error(`${path}: ${lacking.length} feature(s) without a ${field} (--source): ${someOf(lacking)}`);
  return out;
}

/** Refuses a column with fewer than 3 values or with every value equal: nothing to test. */
function checkVariation(values: Float64Array, args: Pick<HotspotsArgs, 'data' | 'value'>): void {
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n < 3) throw new Error(`${args.data}: ${n} unit(s) have a value of ${args.value}; at least 3 are needed`);
  if (min === max) throw new Error(`${args.data}: every value of ${args.value} is ${min}; there is no variation to test`);
}

/** Runs `focal hotspots` with the given arguments; returns the exit status. @throws {UsageError} or Error */
export async function hotspotsCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseHotspotsArgs(argv);
  if (!args) {
    io.out(HOTSPOTS_USAGE);
    return 0;
  }
  refuseOverwrite(args.out, [[args.boundaries, 'boundaries'], [args.data, 'data']]);
  const format = outputFormat(args.out, OUT_FORMATS);
  const { features, ids } = readBoundaries(args.boundaries, args.id);
  const values = args.yearly ? readYearlyValues(args.data, args.yearly, ids) : readUnitValues(args.data, args.key, args.value, ids, args.boundaries);
  checkVariation(values, args);
  const source = args.source === undefined ? undefined : sourcesOf(features, ids, args.source, args.boundaries);
  const w = contiguityFromFeatures(features, { contiguity: args.contiguity, snapMeters: args.snapMeters, source });
  const result = hotspots(values, w, {
    statistic: args.statistic,
    permutations: args.permutations,
    seed: args.seed,
    alpha: args.alpha,
    correction: args.correction,
  });
  const { boundaries, id, data, key, value, statistic, contiguity, snapMeters, source: sourceField, permutations, seed, alpha, correction } = args;
  await writeExportFile(resolve(args.out), format, {
    table: hotspotsTable(ids, result),
    method: {
      input: {
        boundaries,
        id,
        data,
        ...(args.yearly
          ? {
              indicator: args.yearly.indicator,
              ...(args.yearly.compareYear === undefined
                ? { year: args.yearly.year }
                : { change: `value of ${args.yearly.year} minus value of ${args.yearly.compareYear}`, years: [args.yearly.compareYear, args.yearly.year] }),
            }
          : { key, value }),
        ...(sourceField === undefined ? {} : { source: sourceField }),
      },
      settings: { statistic, contiguity, snap_meters: snapMeters, permutations, seed, alpha, correction },
      result: { threshold: result.threshold, ...(result.global ? { global_moran: { I: result.global.I, p_sim: result.global.pSim } } : {}) },
    },
    provenance: provenance(packageVersion(), null),
    manifest: null,
    catalog: null,
    text: sheetTextIn('en'),
    date: new Date(),
    geometry: { byId: new Map(features.map((f, i) => [ids[i], f.geometry])), idColumn: 'id' },
  });
  io.out(hotspotsSummary(result, args, weightsSummary(w).mean, args.out));
  return 0;
}
