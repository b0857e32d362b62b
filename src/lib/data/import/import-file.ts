/**
 * The one entry point that reads a planner's file into a {@link ParsedImport}: CSV (through
 * DuckDB's reader), XLSX, GeoJSON, TopoJSON or a zipped shapefile, chosen by content and
 * extension (sniff-format.ts). Every refusal is an {@link ImportError} with a code and params.
 * The browser runs it in the import worker (without a db; CSV stays with DuckDB, see
 * src/lib/state/parse-file.ts); Node tests and the CLI call it directly.
 */
import type { Db } from '../db.ts';
import { ImportError } from './import-error.ts';
import type { ImportProgress, ParsedImport } from './import-types.ts';
import { readCsv } from './read-csv.ts';
import { readJsonLayer } from './read-json-layer.ts';
import { readShapefile } from './read-shapefile.ts';
import { readXlsx } from './read-xlsx.ts';
import { decodeText } from './sniff-encoding.ts';
import { sniffFormat } from './sniff-format.ts';

export interface ImportSource {
  name: string;
  bytes: Uint8Array;
}

export interface ImportDeps {
  /** Needed for CSV (DuckDB's reader); other formats ignore it. */
  db?: Db;
  /** XLSX: the sheet to read (default: the first). A zip of several shapefiles: the .shp to read (default: the one with most features). */
  sheet?: string;
  onProgress?: (p: ImportProgress) => void;
}

export async function importFile(src: ImportSource, deps: ImportDeps = {}): Promise<ParsedImport> {
  const { name, bytes } = src;
  const progress = deps.onProgress ?? (() => {});
  const sniffed = sniffFormat(bytes, name);
  switch (sniffed.format) {
    case 'xlsx':
      progress({ stage: 'parse', fraction: 0 });
      return { kind: 'table', table: await readXlsx(bytes, name, deps.sheet) };
    case 'shapefile':
      progress({ stage: 'parse', fraction: 0 });
      return { kind: 'layer', table: await readShapefile(sniffed.entries, name, progress, deps.sheet) };
    case 'json': {
      progress({ stage: 'decode', fraction: 0 });
      const decoded = decodeText(bytes, name);
      progress({ stage: 'parse', fraction: 0 });
      return { kind: 'layer', table: readJsonLayer(decoded, name) };
    }
    case 'csv': {
      if (!deps.db) throw new Error('importFile: a CSV file needs the database (deps.db)');
      progress({ stage: 'decode', fraction: 0 });
      progress({ stage: 'parse', fraction: 0 });
      return { kind: 'table', table: await readCsv(bytes, name, deps.db) };
    }
  }
}

export { ImportError };
