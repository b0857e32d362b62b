/** Test helper: the tiny dataset in tests/fixtures/data, and the real one in public/data. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DatasetFiles } from '../../src/lib/data/tables.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
export const PUBLIC_DATA_DIR = fileURLToPath(new URL('../../public/data/', import.meta.url));

export const hasPublicData = ['units.csv', 'indicators.csv', 'catalog.json', 'investments.csv'].every((f) =>
  existsSync(PUBLIC_DATA_DIR + f),
);

export function readDatasetFiles(dir: string): DatasetFiles {
  const text = (f: string): string => readFileSync(dir + f, 'utf8');
  return {
    units: text('units.csv'),
    indicators: text('indicators.csv'),
    catalog: JSON.parse(text('catalog.json')) as CatalogEntry[],
    investments: text('investments.csv'),
  };
}
