/**
 * Fetch the default dataset from the app's own origin (`public/data/` is served as `./data/`).
 * No other network access.
 */
import type { CatalogEntry, Manifest } from './schema.ts';

export interface DefaultFiles {
  units: string;
  indicators: string;
  catalog: CatalogEntry[];
  investments: string;
  manifest: Manifest;
}

export async function fetchDefaultFiles(
  baseUrl = './data/',
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<DefaultFiles> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const text = async (file: string): Promise<string> => {
    const url = `${base}${file}`;
    let res: Response;
    try {
      res = await fetchImpl(url);
    } catch (err) {
      throw new Error(`Could not load ${file} from ${url}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!res.ok) throw new Error(`Could not load ${file} from ${url}: HTTP ${res.status} ${res.statusText}`.trim());
    return res.text();
  };
  const json = async (file: string): Promise<unknown> => {
    const body = await text(file);
    try {
      return JSON.parse(body);
    } catch (err) {
      throw new Error(`Could not parse ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const [units, indicators, catalog, investments, manifest] = await Promise.all([
    text('units.csv'),
    text('indicators.csv'),
    json('catalog.json'),
    text('investments.csv'),
    json('manifest.json'),
  ]);
  if (!Array.isArray(catalog)) throw new Error('Could not parse catalog.json: expected an array of entries');
  if (manifest === null || typeof manifest !== 'object' || !('sources' in manifest)) {
    throw new Error('Could not parse manifest.json: expected an object with "sources"');
  }
  return {
    units,
    indicators,
    catalog: catalog as CatalogEntry[],
    investments,
    manifest: manifest as Manifest,
  };
}
