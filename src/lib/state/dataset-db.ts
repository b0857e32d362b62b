/**
 * The DuckDB side of the app, imported lazily (`import('./dataset-db.ts')`): DuckDB-WASM, Arrow
 * and the data layer land in their own chunk, outside the initial JavaScript.
 */
import { openBrowserDb, type DbOpenProgress } from '../data/duckdb-browser.ts';
import { loadDataset, type DatasetFiles } from '../data/tables.ts';
import { indicatorValues, unitProfile, type ProfileRow } from '../data/queries.ts';
import type { Db } from '../data/db.ts';

/** The queries the app runs once DuckDB is ready. */
export interface DatasetDb {
  /** Values of indicator `id` aligned to the unit order; NaN where a unit has none. */
  column(id: string, indexById: ReadonlyMap<string, number>, n: number): Promise<Float64Array>;
  /** Every indicator of a unit's country: the unit's value and rank within the country. */
  profile(unitId: string): Promise<ProfileRow[]>;
  /** Replaces the tables with `files` (the default texts with the workspace's rows appended). */
  reload(files: DatasetFiles): Promise<void>;
  /** The database itself: the importers read planners' CSV files through its reader. */
  readonly db: Db;
}

/**
 * Opens DuckDB-WASM and loads the dataset (the texts the first map already fetched). The engine
 * starts at once; only the load waits for the files.
 */
export async function openDatasetDb(
  files: Promise<DatasetFiles>,
  onProgress?: (p: DbOpenProgress) => void,
): Promise<DatasetDb> {
  const db = await openBrowserDb(onProgress);
  await loadDataset(db, await files);
  return {
    async column(id, indexById, n) {
      const out = new Float64Array(n).fill(NaN);
      for (const row of await indicatorValues(db, id)) {
        const i = indexById.get(row.unit_id);
        if (i !== undefined) out[i] = row.value;
      }
      return out;
    },
    profile: (unitId) => unitProfile(db, unitId),
    db,
    async reload(next) {
      await loadDataset(db, next);
    },
  };
}
