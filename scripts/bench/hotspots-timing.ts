/**
 * Time of hotspots(), the app's entry point, on the 682 municipios (emigrants per 1,000: every
 * municipio has a value; real queen contiguity, 500 m snapping across borders), 999 permutations:
 * median CPU time (process.cpuUsage, less sensitive than wall time to other processes on a shared
 * machine) and median wall time of `runs` runs after warm-ups, for each statistic of the registry.
 * With a second argument, the path of another checkout's src/lib/analysis/hotspots.ts, runs it
 * interleaved with this one (ABAB…) and prints the ratio, to compare a change with its parent:
 * `tsx scripts/bench/hotspots-timing.ts [runs] [other/src/lib/analysis/hotspots.ts]`.
 */
import { hotspots } from '../../src/lib/analysis/hotspots.ts';
import { STATISTICS, type HotspotStatistic } from '../../src/lib/analysis/statistic-registry.ts';
import { municipioInput } from './hotspot-bench-inputs.ts';

type Hotspots = typeof hotspots;
const runs = Number(process.argv[2] ?? 41);
const other = process.argv[3] ? ((await import(process.argv[3])) as { hotspots: Hotspots }).hotspots : null;
const input = municipioInput('emigrants_per_1000');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function time(f: Hotspots, statistic: HotspotStatistic): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f(input.values, input.weights, { statistic, permutations: 999, seed: 1, alpha: 0.05, correction: 'fdr' });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall };
}

for (const statistic of STATISTICS) {
  const withOther = other !== null && statistic !== 'geary';
  for (let k = 0; k < 5; k++) {
    time(hotspots, statistic);
    if (withOther) time(other, statistic);
  }
  const mine: { cpu: number; wall: number }[] = [];
  const theirs: { cpu: number; wall: number }[] = [];
  for (let k = 0; k < runs; k++) {
    mine.push(time(hotspots, statistic));
    if (withOther) theirs.push(time(other, statistic));
  }
  const line = (xs: { cpu: number; wall: number }[]) => `cpu ${median(xs.map((x) => x.cpu)).toFixed(1)} ms, wall ${median(xs.map((x) => x.wall)).toFixed(1)} ms`;
  let out = `${statistic}: ${input.values.length} units, this ${line(mine)}`;
  if (withOther) {
    const ratio = median(theirs.map((x) => x.cpu)) / median(mine.map((x) => x.cpu));
    out += `; other ${line(theirs)}; other/this cpu ${ratio.toFixed(2)}`;
  }
  console.log(out);
}
