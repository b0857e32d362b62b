/**
 * Which investment rows a filter keeps, row by row — the same rule as the coverage engine's
 * (`computeCoverage` in src/lib/analysis/coverage.ts, which does not expose its rows): any listed
 * donor, any listed sector, any sector of a listed pillar, a listed status, a period overlapping the
 * years (one known year stands for both ends; no year fails). Used to draw the kept geocoded rows as
 * points; a test checks its located money against the engine's on the default data.
 */
import type { CoverageFilter, CoverageInput } from '../analysis/coverage-types.ts';

function anyIn(values: Int32Array, from: number, to: number, ok: (v: number) => boolean): boolean {
  for (let j = from; j < to; j++) if (ok(values[j])) return true;
  return false;
}

/** 1 for each row the filter keeps. */
export function rowsKept(x: CoverageInput, f: CoverageFilter): Uint8Array {
  const n = x.kind.length;
  const out = new Uint8Array(n);
  const donors = f.donors ? new Set(f.donors) : null;
  const sectors = f.sectors ? new Set(f.sectors) : null;
  const pillars = f.pillars ? new Set(f.pillars) : null;
  for (let r = 0; r < n; r++) {
    if (donors && !anyIn(x.donors, x.donorOffsets[r], x.donorOffsets[r + 1], (d) => donors.has(d))) continue;
    if (sectors && !anyIn(x.sectors, x.sectorOffsets[r], x.sectorOffsets[r + 1], (s) => sectors.has(s))) continue;
    if (pillars && !anyIn(x.sectors, x.sectorOffsets[r], x.sectorOffsets[r + 1], (s) => pillars.has(x.sectorPillar[s]))) continue;
    if (f.statuses && !f.statuses.includes(x.status[r])) continue;
    if (f.years) {
      let s = x.startYear[r];
      let e = x.endYear[r];
      if (Number.isNaN(s) && Number.isNaN(e)) continue;
      if (Number.isNaN(s)) s = e;
      if (Number.isNaN(e)) e = s;
      if (Math.min(s, e) > f.years[1] || Math.max(s, e) < f.years[0]) continue;
    }
    out[r] = 1;
  }
  return out;
}
