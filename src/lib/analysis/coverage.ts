/**
 * Investment coverage per unit (docs/METHODS.md §3): activities, donors, money, money per
 * capita and per emigrant, presence by pillar, line of effort, sector and office, for the rows a
 * filter keeps (donor, sector, pillar, line of effort, years, status); and
 * the money balance (where every dollar went), which always adds up to the total.
 *
 * Precision rules: only `unit` and `point` rows (municipio level) count in a unit. Department- and
 * country-level rows are never put in the municipio under their point: they stay apart with their
 * money, or, with `spread: 'population'`, their money (not their activity) is spread over the
 * municipios of their department or country in proportion to population.
 */
import {
  INVESTMENT_PILLARS,
  PLACE_KIND,
  type CoverageFilter,
  type CoverageInput,
  type CoverageOptions,
  type CoverageResult,
  type MoneyBalance,
} from './coverage-types.ts';
import { coverageSources } from './coverage-sources.ts';

const N_PILLARS = INVESTMENT_PILLARS.length;
/** Lines of effort of the Collaborative Migration Management Strategy. */
const N_LOE = 8;

const KIND_KEY: (keyof MoneyBalance)[] = ['located', 'located', 'department', 'nationwide', 'outside', 'swapped', 'noPlace', 'unknownUnit'];

const emptyBalance = (): MoneyBalance => ({ total: 0, located: 0, spread: 0, department: 0, nationwide: 0, outside: 0, swapped: 0, noPlace: 0, unknownUnit: 0 });
const emptyMicros = (): Record<keyof MoneyBalance, bigint> => ({ total: 0n, located: 0n, spread: 0n, department: 0n, nationwide: 0n, outside: 0n, swapped: 0n, noPlace: 0n, unknownUnit: 0n });

/** Everything that is not `total`, added up: equals `total` for every balance `computeCoverage` returns. */
export function balanceSum(b: MoneyBalance): number {
  return b.located + b.spread + b.department + b.nationwide + b.outside + b.swapped + b.noPlace + b.unknownUnit;
}

/** Money that did not reach a municipio: everything but `located` and `spread`. */
export function unplacedMoney(b: MoneyBalance): number {
  return b.department + b.nationwide + b.outside + b.swapped + b.noPlace + b.unknownUnit;
}

function mask(codes: readonly number[] | undefined, size: number): Uint8Array | null {
  if (codes === undefined) return null;
  const m = new Uint8Array(size);
  for (const c of codes) if (Number.isInteger(c) && c >= 0 && c < size) m[c] = 1;
  return m;
}

function checkInput(x: CoverageInput): void {
  const nRows = x.kind.length;
  const perRow: [string, ArrayLike<number>][] = [
    ['unit', x.unit], ['group', x.group], ['activity', x.activity], ['amount', x.amount], ['office', x.office],
    ['startYear', x.startYear], ['endYear', x.endYear], ['status', x.status],
  ];
  for (const [name, col] of perRow) if (col.length !== nRows) throw new Error(`coverage: ${name} has ${col.length} rows, kind has ${nRows}`);
  if (x.donorOffsets.length !== nRows + 1 || x.sectorOffsets.length !== nRows + 1) throw new Error('coverage: donor/sector offsets must have one entry per row plus one');
  const perUnit: [string, ArrayLike<number>][] = [['population', x.population], ['emigrants', x.emigrants], ['deptOfUnit', x.deptOfUnit], ['countryOfUnit', x.countryOfUnit]];
  if (x.rowCountry && x.rowCountry.length !== nRows) throw new Error(`coverage: rowCountry has ${x.rowCountry.length} rows, kind has ${nRows}`);
  for (const [name, col] of perUnit) if (col.length !== x.nUnits) throw new Error(`coverage: ${name} has ${col.length} entries for ${x.nUnits} units`);
  if (x.sectorLoe && x.sectorLoe.length !== x.nSectors) throw new Error(`coverage: sectorLoe has ${x.sectorLoe.length} entries for ${x.nSectors} sectors`);
  if (x.sectorPillar.length !== x.nSectors) throw new Error(`coverage: sectorPillar has ${x.sectorPillar.length} entries for ${x.nSectors} sectors`);
}

/** Members of each group (CSR) from a per-unit group number; groups numbered 0…max. */
function groupMembers(groupOf: Int32Array): { offsets: Int32Array; members: Int32Array } {
  let nGroups = 0;
  for (const g of groupOf) if (g + 1 > nGroups) nGroups = g + 1;
  const offsets = new Int32Array(nGroups + 1);
  for (const g of groupOf) if (g >= 0) offsets[g + 1]++;
  for (let g = 0; g < nGroups; g++) offsets[g + 1] += offsets[g];
  const members = new Int32Array(offsets[nGroups]);
  const fill = offsets.slice(0, nGroups);
  groupOf.forEach((g, u) => {
    if (g >= 0) members[fill[g]++] = u;
  });
  return { offsets, members };
}

/** Whether row r passes the filter; `noYear` is set when it fails only for want of a year. */
interface Masks {
  donors: Uint8Array | null;
  sectors: Uint8Array | null;
  pillars: Uint8Array | null;
  /** Bit mask of the lines of effort asked for (null: no such criterion). */
  loe: number | null;
}

function masksOf(x: CoverageInput, f: CoverageFilter): Masks {
  let loe: number | null = null;
  if (f.linesOfEffort !== undefined) {
    loe = 0;
    for (const l of f.linesOfEffort) if (Number.isInteger(l) && l >= 1 && l <= N_LOE) loe |= 1 << (l - 1);
  }
  return { donors: mask(f.donors, x.nDonors), sectors: mask(f.sectors, x.nSectors), pillars: mask(f.pillars, N_PILLARS), loe };
}

function passes(x: CoverageInput, r: number, f: CoverageFilter, masks: Masks): 'yes' | 'no' | 'noYear' {
  if (masks.donors) {
    let any = false;
    for (let j = x.donorOffsets[r]; j < x.donorOffsets[r + 1] && !any; j++) any = masks.donors[x.donors[j]] === 1;
    if (!any) return 'no';
  }
  if (masks.sectors || masks.pillars || masks.loe !== null) {
    let sectorOk = !masks.sectors;
    let pillarOk = !masks.pillars;
    let loeOk = masks.loe === null;
    for (let j = x.sectorOffsets[r]; j < x.sectorOffsets[r + 1]; j++) {
      const s = x.sectors[j];
      if (masks.sectors && masks.sectors[s]) sectorOk = true;
      if (masks.pillars && masks.pillars[x.sectorPillar[s]]) pillarOk = true;
      if (masks.loe !== null && x.sectorLoe && (x.sectorLoe[s] & masks.loe) !== 0) loeOk = true;
    }
    if (!sectorOk || !pillarOk || !loeOk) return 'no';
  }
  if (f.statuses && !f.statuses.includes(x.status[r])) return 'no';
  if (f.years) {
    let s = x.startYear[r];
    let e = x.endYear[r];
    if (Number.isNaN(s) && Number.isNaN(e)) return 'noYear';
    if (Number.isNaN(s)) s = e;
    if (Number.isNaN(e)) e = s;
    if (Math.min(s, e) > f.years[1] || Math.max(s, e) < f.years[0]) return 'no';
  }
  return 'yes';
}

/** 1 for each row `f` keeps: the rows computeCoverage counts (e.g. to draw the kept geocoded rows as points). */
export function rowsKept(x: CoverageInput, f: CoverageFilter): Uint8Array {
  const masks = masksOf(x, f);
  const out = new Uint8Array(x.kind.length);
  for (let r = 0; r < out.length; r++) out[r] = passes(x, r, f, masks) === 'yes' ? 1 : 0;
  return out;
}

/**
 * Coverage per unit and the money balance of the rows `options.filter` keeps.
 * @throws Error on columns of mismatched lengths or a `unit`/`point` row without a valid unit.
 */
export function computeCoverage(x: CoverageInput, options: CoverageOptions = {}): CoverageResult {
  checkInput(x);
  const n = x.nUnits;
  const nRows = x.kind.length;
  const f = options.filter ?? {};
  const spread = options.spread ?? 'none';
  const masks = masksOf(x, f);

  const kept: number[] = [];
  let excluded = 0;
  let excludedNoYear = 0;
  for (let r = 0; r < nRows; r++) {
    const p = passes(x, r, f, masks);
    if (p === 'yes') kept.push(r);
    else {
      excluded++;
      if (p === 'noYear') excludedNoYear++;
    }
  }
  // Rows of one activity together, so that "first time this activity is seen in this unit" is a stamp.
  kept.sort((a, b) => x.activity[a] - x.activity[b] || a - b);

  const activities = new Int32Array(n);
  const donors = new Int32Array(n);
  const located = new Float64Array(n);
  const hasAmount = new Uint8Array(n);
  const amountSpread = new Float64Array(n);
  const gotShare = new Uint8Array(n);
  const rowsWithoutAmount = new Int32Array(n);
  const pillarActivities = new Int32Array(n * N_PILLARS);
  const loeActivities = new Int32Array(n * N_LOE);
  const loeStamp = new Int32Array(n * N_LOE).fill(-1);
  const sectorActivities = new Int32Array(n * x.nSectors);
  const officeActivities = new Int32Array(n * x.nOffices);
  const actStamp = new Int32Array(n).fill(-1);
  const donorSeen = new Uint8Array(n * x.nDonors);
  const pillarStamp = new Int32Array(n * N_PILLARS).fill(-1);
  const sectorStamp = new Int32Array(n * x.nSectors).fill(-1);
  const officeStamp = new Int32Array(n * x.nOffices).fill(-1);

  const micros = emptyMicros();
  const rows = emptyBalance();
  let rowsNoAmount = 0;
  let notSpread = 0;
  let nActivities = 0;
  let lastActivity = NaN;
  const depts = spread === 'population' ? groupMembers(x.deptOfUnit) : null;
  const countries = spread === 'population' ? groupMembers(x.countryOfUnit) : null;

  for (const r of kept) {
    const kind = x.kind[r];
    if (kind > PLACE_KIND.unknownUnit) throw new Error(`coverage: row ${r} has an unknown place kind ${kind}`);
    const a = x.activity[r];
    if (a !== lastActivity) {
      nActivities++;
      lastActivity = a;
    }
    const amount = x.amount[r];
    const hasMoney = Number.isFinite(amount);
    const c = hasMoney ? BigInt(Math.round(amount * 1e6)) : 0n;
    if (!hasMoney) rowsNoAmount++;
    micros.total += c;
    rows.total++;
    let key = KIND_KEY[kind];

    if (kind === PLACE_KIND.unit || kind === PLACE_KIND.point) {
      const u = x.unit[r];
      if (!(u >= 0 && u < n)) throw new Error(`coverage: row ${r} is placed in unit ${u}, not one of the ${n} units`);
      if (actStamp[u] !== a) {
        actStamp[u] = a;
        activities[u]++;
      }
      for (let j = x.donorOffsets[r]; j < x.donorOffsets[r + 1]; j++) {
        const k = u * x.nDonors + x.donors[j];
        if (!donorSeen[k]) {
          donorSeen[k] = 1;
          donors[u]++;
        }
      }
      for (let j = x.sectorOffsets[r]; j < x.sectorOffsets[r + 1]; j++) {
        const s = x.sectors[j];
        const ks = u * x.nSectors + s;
        if (sectorStamp[ks] !== a) {
          sectorStamp[ks] = a;
          sectorActivities[ks]++;
        }
        const kp = u * N_PILLARS + x.sectorPillar[s];
        if (pillarStamp[kp] !== a) {
          pillarStamp[kp] = a;
          pillarActivities[kp]++;
        }
        const lm = x.sectorLoe ? x.sectorLoe[s] : 0;
        for (let l = 0; l < N_LOE; l++) {
          if ((lm & (1 << l)) === 0) continue;
          const kl = u * N_LOE + l;
          if (loeStamp[kl] !== a) {
            loeStamp[kl] = a;
            loeActivities[kl]++;
          }
        }
      }
      const o = x.office[r];
      if (o >= 0) {
        const ko = u * x.nOffices + o;
        if (officeStamp[ko] !== a) {
          officeStamp[ko] = a;
          officeActivities[ko]++;
        }
      }
      if (hasMoney) {
        located[u] += amount;
        hasAmount[u] = 1;
      } else rowsWithoutAmount[u]++;
    } else if (spread === 'population' && (kind === PLACE_KIND.department || kind === PLACE_KIND.nationwide)) {
      const groups = kind === PLACE_KIND.department ? depts! : countries!;
      const g = x.group[r];
      let total = 0;
      let ok = g >= 0 && g + 1 < groups.offsets.length && groups.offsets[g + 1] > groups.offsets[g];
      if (ok) {
        for (let j = groups.offsets[g]; j < groups.offsets[g + 1]; j++) {
          const p = x.population[groups.members[j]];
          if (!(p >= 0)) ok = false;
          else total += p;
        }
        ok = ok && total > 0;
      }
      if (ok) {
        key = 'spread';
        if (hasMoney) {
          for (let j = groups.offsets[g]; j < groups.offsets[g + 1]; j++) {
            const u = groups.members[j];
            amountSpread[u] += (amount * x.population[u]) / total;
            gotShare[u] = 1;
          }
        }
      } else notSpread++;
    }
    micros[key] += c;
    rows[key]++;
  }

  const { sourcedUnit: sourced } = coverageSources(x);
  const amount = new Float64Array(n);
  const perCapita = new Float64Array(n);
  const perEmigrant = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    // No located row and no share: 0 only where a source covers the unit's country (no false zeros).
    const unknown = !hasAmount[u] && !gotShare[u] && (rowsWithoutAmount[u] > 0 || !sourced[u]);
    amount[u] = unknown ? NaN : located[u] + amountSpread[u];
    const p = x.population[u];
    const e = x.emigrants[u];
    perCapita[u] = p > 0 ? amount[u] / p : NaN;
    perEmigrant[u] = e > 0 ? amount[u] / e : NaN;
  }
  const money = emptyBalance();
  for (const k of Object.keys(money) as (keyof MoneyBalance)[]) money[k] = Number(micros[k]) / 1e6;

  return {
    sourced,
    activities,
    donors,
    amount,
    amountSpread,
    rowsWithoutAmount,
    perCapita,
    perEmigrant,
    pillarActivities,
    loeActivities,
    sectorActivities,
    officeActivities,
    totals: { money, moneyMicros: micros, rows, rowsWithoutAmount: rowsNoAmount, activities: nActivities, notSpread, excluded, excludedNoYear },
  };
}
