/**
 * Benchmark of the hotspot statistics side by side with GeoDa's own WebAssembly
 * build (`@geoda/lisa`), in one Node process, on the same values and the same weights: Local
 * Moran's I with 999 permutations on the municipios with a value (real queen contiguity), a
 * 3,000-unit and a 50,000-unit synthetic rook grid. For each size, rounds of three timings back to
 * back — focal's hotspots() (the app's entry point, which also runs the global Moran's I
 * permutation test), focal's local part alone (Iᵢ, lag, conditional permutations: what GeoDa's
 * localMoran computes) and GeoDa (its time includes copying the plain arrays into its WebAssembly
 * vectors, as any caller of the package pays, but not building those arrays from the CSR weights)
 * — after warm-ups at the same permutation count; printed: the median times, the median of the rounds' ratios, the load average
 * before and after; and the agreement: max |ΔIᵢ| and max |Δlag| (must be
 * ≤ 1e-9), and, since the two generators differ, max |Δp| and the share of tested units whose
 * cluster class at p ≤ 0.05 (no correction, GeoDa's rule) differs — Monte Carlo error only.
 * Goals: focal ≥ 2× faster at every size, 50,000 units < 3 s.
 */
import { cpus, loadavg } from 'node:os';
import { conditionalPermutation } from '../../src/lib/analysis/conditional-permutation.ts';
import { hotspots, type HotspotResult } from '../../src/lib/analysis/hotspots.ts';
import { localMoran } from '../../src/lib/analysis/local-moran.ts';
import { seededRng } from '../../src/lib/analysis/rng.ts';
import { rowStandardise } from '../../src/lib/analysis/spatial-weights.ts';
import { geodaLisa, type GeodaLocalMoran } from './geoda-lisa.ts';
import { gridInput, municipioInput, neighbourLists, type HotspotBenchInput } from './hotspot-bench-inputs.ts';

export const PERMUTATIONS = 999;
const SEED = 1;
const ALPHA = 0.05;

export interface HotspotBenchCase {
  label: string;
  /** Units tested by both (with at least one neighbour). */
  n: number;
  links: number;
  /** focal's hotspots(), the app's entry point: local statistics and their permutations, plus the global Moran's I permutations. */
  focalMs: number;
  /** focal's local part only (Iᵢ, lag, conditional permutations): what GeoDa's localMoran computes. */
  focalLocalMs: number;
  geodaMs: number;
  /** Rounds timed (each: focal, focal's local part, GeoDa, back to back). */
  runs: number;
  /** GeoDa's time / focal hotspots()' time, median over the rounds: how many times faster focal is. */
  speedup: number;
  /** GeoDa's time / focal's local part's time, median over the rounds. */
  localSpeedup: number;
  /** One-minute load average before and after the rounds. */
  load: [number, number];
  maxDiffI: number;
  maxDiffLag: number;
  maxDiffP: number;
  meanDiffP: number;
  /** Share of units whose class (HH, LL, LH, HL, ns) differs between the two. */
  classDiffShare: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs focal's hotspots() with GeoDa's significance rule (p ≤ 0.05, no correction). */
export function focalLocalMoran(input: HotspotBenchInput, permutations = PERMUTATIONS, seed = SEED): HotspotResult {
  return hotspots(input.values, input.weights, { statistic: 'moran', permutations, seed, alpha: ALPHA, correction: 'none' });
}

/** The input in the form @geoda/lisa takes (plain arrays; built outside the timing). */
export function geodaInput(input: HotspotBenchInput): { data: number[]; neighbors: number[][] } {
  return { data: Array.from(input.values), neighbors: neighbourLists(input.weights) };
}

/**
 * focal's local part alone, from the same modules hotspots() uses: standardised values, lag and
 * Iᵢ on the row-standardised weights, and the conditional permutations (pseudo p) — no global
 * Moran's I, no multiple-testing threshold. Returns the pseudo p-values.
 */
export function focalLocalOnly(input: HotspotBenchInput, permutations = PERMUTATIONS, seed = SEED): Float64Array {
  const row = rowStandardise(input.weights);
  const lm = localMoran(input.values, row);
  const perm = conditionalPermutation(lm.z, row, lm.z.map(Math.sign), permutations, seededRng(seed));
  perm.step(row.n);
  return perm.pSim;
}

/** Runs @geoda/lisa's localMoran on the same input. */
export async function geodaLocalMoran(
  input: HotspotBenchInput | { data: number[]; neighbors: number[][] },
  permutations = PERMUTATIONS,
  seed = SEED,
): Promise<GeodaLocalMoran> {
  const lisa = await geodaLisa();
  const { data, neighbors } = 'weights' in input ? geodaInput(input) : input;
  return lisa.localMoran({ data, neighbors, permutation: permutations, significanceCutoff: ALPHA, seed });
}

/** Differences between the two results over the units both tested (focal: not island; GeoDa: not isolated). */
export function compareLocalMoran(f: HotspotResult, g: GeodaLocalMoran): Pick<HotspotBenchCase, 'n' | 'maxDiffI' | 'maxDiffLag' | 'maxDiffP' | 'meanDiffP' | 'classDiffShare'> {
  let n = 0;
  let maxDiffI = 0;
  let maxDiffLag = 0;
  let maxDiffP = 0;
  let sumDiffP = 0;
  let classDiff = 0;
  for (let i = 0; i < f.n; i++) {
    if (f.cluster[i] >= 5 || g.clusters[i] >= 5 || g.nn[i] === 0) continue;
    n++;
    maxDiffI = Math.max(maxDiffI, Math.abs(f.statisticValue[i] - g.lisaValues[i]));
    maxDiffLag = Math.max(maxDiffLag, Math.abs(f.lag[i] - g.lagValues[i]));
    const dp = Math.abs(f.pSim[i] - g.pValues[i]);
    maxDiffP = Math.max(maxDiffP, dp);
    sumDiffP += dp;
    // Both use codes 0 ns, 1 HH, 2 LL, 3 LH, 4 HL.
    if (f.cluster[i] !== g.clusters[i]) classDiff++;
  }
  // A NaN anywhere must show, not vanish in Math.max.
  const guard = (x: number, ok: boolean) => (ok ? x : NaN);
  const finite = f.statisticValue.every((x, i) => f.cluster[i] >= 5 || Number.isFinite(x));
  return { n, maxDiffI: guard(maxDiffI, finite), maxDiffLag: guard(maxDiffLag, finite), maxDiffP, meanDiffP: n ? sumDiffP / n : NaN, classDiffShare: n ? classDiff / n : NaN };
}

/** Ratios below 1 print as "N× SLOWER". */
const times = (x: number) => (x >= 1 ? `${x.toFixed(1)}× faster` : `${(1 / x).toFixed(1)}× SLOWER`);

/**
 * One size: `runs` rounds, each timing focal's hotspots(), focal's local part and GeoDa back to back
 * (the order rotating from round to round, so that a slow spell of a shared machine falls on each in
 * turn); the ratios are the medians of the per-round ratios, which a load change between rounds
 * does not bias. The load average is read before and after.
 */
async function timeCase(input: HotspotBenchInput, runs: number): Promise<HotspotBenchCase> {
  const g0 = geodaInput(input);
  const loadBefore = loadavg()[0];
  // Warm-up, with the timed permutation count: the JIT for focal's JavaScript, and for both
  // WebAssembly modules (focal's kernels, GeoDa's) instantiation, first calls and V8's tier-up from
  // its baseline compiler to optimised code, which happens after several runs (a few at 50,000 units, where one run is long).
  for (let k = 0, warmUps = input.values.length > 10_000 ? 1 : 6; k < warmUps; k++) {
    focalLocalMoran(input);
    focalLocalOnly(input);
    await geodaLocalMoran(g0);
  }
  const ft: number[] = [];
  const lt: number[] = [];
  const gt: number[] = [];
  const fr: number[] = [];
  const lr: number[] = [];
  let f: HotspotResult | null = null;
  let g: GeodaLocalMoran | null = null;
  const steps: (() => Promise<void>)[] = [
    async () => {
      const t0 = performance.now();
      f = focalLocalMoran(input);
      ft.push(performance.now() - t0);
    },
    async () => {
      const t0 = performance.now();
      focalLocalOnly(input);
      lt.push(performance.now() - t0);
    },
    async () => {
      const t0 = performance.now();
      g = await geodaLocalMoran(g0);
      gt.push(performance.now() - t0);
    },
  ];
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < steps.length; k++) await steps[(r + k) % steps.length]();
    fr.push(gt[r] / ft[r]);
    lr.push(gt[r] / lt[r]);
  }
  const focalMs = median(ft);
  const focalLocalMs = median(lt);
  const geodaMs = median(gt);
  return {
    label: input.label,
    links: input.weights.neighbors.length,
    runs,
    focalMs,
    focalLocalMs,
    geodaMs,
    speedup: median(fr),
    localSpeedup: median(lr),
    load: [loadBefore, loadavg()[0]],
    ...compareLocalMoran(f!, g!),
  };
}

/**
 * The three cases, each timed over `runs` rounds at 50,000 units and five times as many at the two
 * smaller sizes (where one round takes milliseconds and the noise of a shared machine is larger).
 */
export async function benchHotspots(runs = 3): Promise<HotspotBenchCase[]> {
  return [
    await timeCase(municipioInput(), 5 * runs),
    await timeCase(gridInput(50, 60), 5 * runs),
    await timeCase(gridInput(200, 250), runs),
  ];
}

/** The lines `npm run bench` prints: per size, times and ratios (same rounds), then the agreement. */
export function hotspotBenchLines(cases: readonly HotspotBenchCase[]): string[] {
  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const e = (x: number) => x.toExponential(1);
  return cases.flatMap((c) => [
    `hotspots, ${c.label}, Local Moran ${PERMUTATIONS} permutations, ${c.runs} interleaved rounds, load average ${c.load[0].toFixed(2)} → ${c.load[1].toFixed(2)} on ${cpus().length} cores:`,
    `  @geoda/lisa localMoran ${ms(c.geodaMs)} ms | focal local part ${ms(c.focalLocalMs)} ms, focal ${times(c.localSpeedup)} | ` +
      `focal hotspots() incl. the global Moran's I test ${ms(c.focalMs)} ms, focal ${times(c.speedup)}  (goal ≥ 2× faster; ratios: median of the rounds' ratios)`,
    `  ${c.n} units tested, ${c.links} links; max |ΔIᵢ| ${e(c.maxDiffI)}, max |Δlag| ${e(c.maxDiffLag)} (goal ≤ 1e-9); ` +
      `p: max |Δ| ${c.maxDiffP.toFixed(3)}, mean |Δ| ${c.meanDiffP.toFixed(4)}, class differs for ${(100 * c.classDiffShare).toFixed(1)}% (Monte Carlo error, different generators)`,
  ]);
}

// `npx tsx scripts/bench/hotspots-bench.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  for (const line of hotspotBenchLines(await benchHotspots(runs))) console.log(line);
  console.log('goals: focal ≥ 2× faster at every size; 50,000 units < 3,000 ms');
}
