/**
 * Benchmark of a weight change: recompute the index, its ranks and the map's
 * fill colours (quantile classes, palette) with the prepared indicators kept, as the app does when
 * a slider moves. On the 682 municipios with the default spec (public/data), and on 50,000
 * synthetic units. Also the full recompute (treatment and normalisation again), as after a method
 * change. And the index of a year (docs/METHODS.md §5), computed over every year at once on
 * fixed goalposts as the app does when the year changes: the default spec over SEGEPLAN's three
 * years, and with El Salvador's departures 2014–2023 switched on too (eleven years, 7,502
 * unit-years). Node process; median of many repetitions.
 */
import { readFileSync } from 'node:fs';
import { computeIndex } from '../../src/lib/analysis/composite-index.ts';
import type { IndexInput } from '../../src/lib/analysis/composite-types.ts';
import { prepareLeaves } from '../../src/lib/analysis/prepare-leaves.ts';
import { classify } from '../../src/lib/analysis/classify.ts';
import { quantileBreaks } from '../../src/lib/analysis/quantile-breaks.ts';
import { readRankTables } from '../../src/cli/read-rank-tables.ts';
import { readRankYears } from '../../src/cli/read-rank-years.ts';
import type { IndexSpec } from '../../src/lib/data/index-spec.ts';
import { rankUnits } from '../../src/lib/data/rank-units.ts';
import { indexInputFromSpec } from '../../src/lib/data/index-input-from-spec.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { fillColours } from '../../src/lib/map/fill-colours.ts';
import { NO_DATA_RGB, sequentialPalette } from '../../src/lib/map/palettes.ts';
import { syntheticIndexInput } from './synthetic-index-input.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The group weights of the root's children moved, as a slider does (alternating two settings). */
function reweighted(input: IndexInput, k: number): IndexInput {
  const root = input.groups.find((g) => g.parent === null)!.id;
  let first = true;
  return {
    ...input,
    groups: input.groups.map((g) => {
      if (g.parent !== root) return g;
      const w = first ? 0.3 + 0.2 * (k % 2) : g.weight;
      first = false;
      return { ...g, weight: w };
    }),
  };
}

function colours(score: Float64Array): Uint8ClampedArray {
  return fillColours(classify(score, quantileBreaks(score, 5)), sequentialPalette(5), NO_DATA_RGB);
}

function time(input: IndexInput, reps: number): { weightMs: number; fullMs: number } {
  const prepared = prepareLeaves(input);
  const weight: number[] = [];
  const full: number[] = [];
  for (let k = 0; k < reps + 3; k++) {
    const t0 = performance.now();
    colours(computeIndex(reweighted(input, k), prepared).score);
    const t1 = performance.now();
    colours(computeIndex(reweighted(input, k)).score);
    const t2 = performance.now();
    if (k >= 3) {
      weight.push(t1 - t0);
      full.push(t2 - t1);
    }
  }
  return { weightMs: median(weight), fullMs: median(full) };
}

/** The default spec on public/data (682 municipios). */
export function defaultInput(): IndexInput {
  const spec = parseIndexSpec(JSON.parse(readFileSync('docs/default-spec.json', 'utf8')));
  return indexInputFromSpec(readRankTables(spec, 'public/data'), spec);
}

/**
 * The index of a year on the default data, recomputed from the spec (treatment, normalisation over
 * all unit-years, aggregation, ranks of every year, the rank change, priority order, map colours).
 * `withDepartures`: El Salvador's departures by year added to the migration group.
 */
function timeYears(reps: number, withDepartures: boolean): { ms: number; years: number; unitYears: number } {
  const base = parseIndexSpec(JSON.parse(readFileSync('docs/default-spec.json', 'utf8')));
  const extra = withDepartures ? [{ id: 'sv_emigrants_departed_per_1000', direction: 1 as const, weight: 1, parent: 'migration', enabled: true }] : [];
  const spec: IndexSpec = { ...base, indicators: [...base.indicators, ...extra], year: 2018, compareYear: 2013 };
  const tables = readRankTables(spec, 'public/data');
  tables.years = readRankYears(spec, 'public/data', tables.units);
  const out: number[] = [];
  let years = 0;
  for (let k = 0; k < reps + 3; k++) {
    const t0 = performance.now();
    const r = rankUnits(tables, { ...spec, year: k % 2 ? 2018 : 2016 });
    colours(r.index.score);
    const t1 = performance.now();
    years = r.time!.years.length;
    if (k >= 3) out.push(t1 - t0);
  }
  return { ms: median(out), years, unitYears: years * tables.units.length };
}

export function benchIndexRecompute(): {
  municipios: ReturnType<typeof time>;
  synthetic: ReturnType<typeof time>;
  n: number;
  years: ReturnType<typeof timeYears>;
  yearsWithDepartures: ReturnType<typeof timeYears>;
} {
  const input = defaultInput();
  return {
    municipios: time(input, 200),
    synthetic: time(syntheticIndexInput(50_000, 25, 6, 1), 15),
    n: input.n,
    years: timeYears(40, false),
    yearsWithDepartures: timeYears(40, true),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchIndexRecompute();
  console.log(`weight change, ${r.n} municipios: ${r.municipios.weightMs.toFixed(2)} ms; 50,000 units: ${r.synthetic.weightMs.toFixed(1)} ms`);
  console.log(`full recompute, ${r.n} municipios: ${r.municipios.fullMs.toFixed(2)} ms; 50,000 units: ${r.synthetic.fullMs.toFixed(1)} ms`);
  for (const y of [r.years, r.yearsWithDepartures]) console.log(`index of a year over ${y.years} years (${y.unitYears} unit-years): ${y.ms.toFixed(2)} ms`);
}
