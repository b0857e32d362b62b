/**
 * `prepareInvestments`: the investments view's one slow step, run once (in a worker: see
 * investments.worker.ts) — parse the investments and indicators CSV texts, take population and
 * emigrants per unit, and place every row in the units ({@link prepareCoverage}).
 */
import { prepareCoverage, type CoverageUnit, type PreparedCoverage } from './coverage-input.ts';
import type { CatalogEntry } from './schema.ts';
import { unitDenominators } from './unit-denominators.ts';
import { csvObjects, investmentsFromCsv } from './investments-from-csv.ts';
import { unitFeatures, type UnitTopology } from '../geo/unit-features.ts';
import { COUNTRIES, fetchDataJson, fetchDataText } from './dataset-files.ts';

export interface PrepareInvestmentsRequest {
  units: CoverageUnit[];
  investmentsCsv: string;
  indicatorsCsv: string;
  catalog: CatalogEntry[];
}

export function prepareInvestments(req: PrepareInvestmentsRequest): PreparedCoverage {
  const records = investmentsFromCsv(req.investmentsCsv);
  const long = csvObjects(req.indicatorsCsv).map((d) => ({
    unit_id: d.unit_id ?? '',
    indicator_id: d.indicator_id ?? '',
    value: d.value === undefined || d.value.trim() === '' ? NaN : Number(d.value),
  }));
  const den = unitDenominators(
    req.units.map((u) => u.unit_id),
    long,
    req.catalog,
  );
  return prepareCoverage(req.units, records, { population: den.population, emigrants: den.emigrants });
}

/**
 * The request for the dataset at `baseUrl` (absolute, ending in '/'), read by the worker itself so
 * that the main thread neither copies the boundaries nor parses the files: the app's boundary files
 * (units in the app's order, as boundaries.ts builds them), investments.csv, indicators.csv and
 * catalog.json.
 */
export async function fetchInvestmentsRequest(baseUrl: string): Promise<PrepareInvestmentsRequest> {
  const [topologies, investmentsCsv, indicatorsCsv, catalog] = await Promise.all([
    Promise.all(
      COUNTRIES.map(async (country) => ({ country, topology: await fetchDataJson<UnitTopology>(`${baseUrl}boundaries/${country.toLowerCase()}.topo.json`) })),
    ),
    fetchDataText(`${baseUrl}investments.csv`),
    fetchDataText(`${baseUrl}indicators.csv`),
    fetchDataJson<CatalogEntry[]>(`${baseUrl}catalog.json`),
  ]);
  const units = unitFeatures(topologies).map((f) => ({ unit_id: f.properties.unit_id, country: f.properties.country, dept_code: f.properties.dept_code, geometry: f.geometry }));
  return { units, investmentsCsv, indicatorsCsv, catalog };
}
