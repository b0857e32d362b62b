/**
 * Population and emigrants per unit, the denominators of money per capita and per emigrant, from a
 * long indicator table (`unit_id, indicator_id, value`, as public/data/indicators.csv).
 *
 * - Population: indicator `population`, or any `<prefix>_population` (the default data has
 *   `gt_population`, Censo 2018, `hn_population`, INE Honduras projections for all 298
 *   municipios, and `sv_population`, Censo 2024), so money per capita exists in all three.
 * - Emigrants: indicator `emigrants` or `<prefix>_emigrants` (a count) when present, else
 *   `emigrants_per_1000` or `<prefix>_emigrants_per_1000` × population / 1000 (the default data:
 *   `emigrants_per_1000`, municipal for El Salvador only: emigrants 2014–2024 per 1,000 residents,
 *   Censo 2024).
 * - Only municipio-level values: a department figure spread on every municipio of the department
 *   (catalog `level: department`, or an id with `_dept_` when no catalog is given) is never used as a
 *   municipal count. An indicator assembled from national sources (`by_country`) is judged per
 *   country, by the unit's country (the id's first two letters): `emigrants_per_1000` is municipal
 *   for El Salvador (Censo 2024) and a department figure for Guatemala and Honduras.
 * A unit with no such value gets NaN, never 0.
 */
import { evidenceIn } from './evidence-table.ts';
import type { CatalogEntry, CountryCode } from './schema.ts';

export interface IndicatorValue {
  unit_id: string;
  indicator_id: string;
  value: number;
}

export interface UnitDenominators {
  population: Float64Array;
  emigrants: Float64Array;
  /** Indicator ids used, for the provenance of a result. */
  populationFrom: string[];
  emigrantsFrom: string[];
}

const isPopulation = (id: string) => id === 'population' || /_population$/.test(id);
const isEmigrants = (id: string) => id === 'emigrants' || /_emigrants$/.test(id);
const isEmigrantRate = (id: string) => /(^|_)emigrants_per_1000$/.test(id);

export function unitDenominators(unitIds: readonly string[], values: Iterable<IndicatorValue>, catalog?: readonly CatalogEntry[]): UnitDenominators {
  const n = unitIds.length;
  const at = new Map(unitIds.map((id, i) => [id, i]));
  const entries = new Map((catalog ?? []).map((c) => [c.id, c]));
  const municipal = (id: string, unitId: string) => {
    if (!catalog) return !id.includes('_dept_');
    const e = entries.get(id);
    if (!e) return false;
    return evidenceIn(e, unitId.slice(0, 2) as CountryCode).level === 'municipio';
  };
  const population = new Float64Array(n).fill(NaN);
  const emigrants = new Float64Array(n).fill(NaN);
  const rate = new Float64Array(n).fill(NaN);
  const popFrom = new Set<string>();
  const emFrom = new Set<string>();
  const rateFrom = new Set<string>();
  for (const v of values) {
    const i = at.get(v.unit_id);
    const id = v.indicator_id;
    if (i === undefined || !Number.isFinite(v.value) || !municipal(id, v.unit_id)) continue;
    if (isPopulation(id) && Number.isNaN(population[i])) {
      population[i] = v.value;
      popFrom.add(id);
    } else if (isEmigrants(id) && Number.isNaN(emigrants[i])) {
      emigrants[i] = v.value;
      emFrom.add(id);
    } else if (isEmigrantRate(id) && Number.isNaN(rate[i])) {
      rate[i] = v.value;
      rateFrom.add(id);
    }
  }
  let usedRate = false;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(emigrants[i]) && !Number.isNaN(rate[i]) && !Number.isNaN(population[i])) {
      emigrants[i] = (rate[i] * population[i]) / 1000;
      usedRate = true;
    }
  }
  return {
    population,
    emigrants,
    populationFrom: [...popFrom].sort(),
    emigrantsFrom: [...emFrom, ...(usedRate ? [...rateFrom].map((r) => `${r} × population / 1000`) : [])].sort(),
  };
}
