/**
 * The table `npm run bench` prints: one row per measure with its figure, the baseline it is
 * compared with (measured in the same run), their ratio, the goal and whether the figure is within
 * it. Figures are taken on a shared machine: the load average is printed beside them, and only the
 * ratios are meant to be compared between runs.
 */

export interface BenchRow {
  measure: string;
  /** The figure, formatted ("9.8 s", "412 kB gzip"), or "not measured: why". */
  figure: string;
  baseline?: string;
  /** figure / baseline as printed ("1.18×"). */
  ratio?: string;
  goal?: string;
  /** Within the goal: true, false, or undefined where there is no goal or no figure. */
  ok?: boolean;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Milliseconds as people read them: "840 ms", "12.5 s". */
export const ms = (x: number): string => (!Number.isFinite(x) ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);

export const times = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');

/** The rows as aligned text columns. */
export function tableLines(rows: readonly BenchRow[]): string[] {
  const head: BenchRow = { measure: 'measure', figure: 'focal', baseline: 'baseline', ratio: 'ratio', goal: 'goal' };
  const cells = [head, ...rows].map((r, k) => [
    r.measure,
    r.figure,
    r.baseline ?? '',
    r.ratio ?? '',
    r.goal ?? '',
    k === 0 ? 'within' : r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  ]);
  const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  return cells.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
}
