/**
 * Test helper for the bad-input corpus: the whole pipeline a dropped file goes through — read
 * (`importFile`), the sensible mapping of its kind (a table: indicators keyed by `codigo`; a layer:
 * boundaries keyed by `code`; Guatemala), join against the app's real units (public/data) and apply
 * through the app's own `workspaceData` —
 * starting from a workspace that already holds one good import. The workspace is only replaced when
 * every step succeeds, as the app does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../src/lib/data/db.ts';
import { importFile } from '../../src/lib/data/import/import-file.ts';
import type { ImportMapping } from '../../src/lib/data/import/import-mapping.ts';
import type { ParsedImport } from '../../src/lib/data/import/import-types.ts';
import { nextImportId } from '../../src/lib/data/import/next-import-id.ts';
import { workspaceWithImport } from '../../src/lib/data/import/workspace-with-import.ts';
import { joinTargets } from '../../src/lib/data/join/join-targets.ts';
import type { JoinTarget } from '../../src/lib/data/join/join-types.ts';
import type { CatalogEntry, SvPre2024UnitProps, UnitProps } from '../../src/lib/data/schema.ts';
import { csvObjects } from '../../src/lib/data/investments-from-csv.ts';
import type { Workspace } from '../../src/lib/data/workspace.ts';
import { workspaceData } from '../../src/lib/state/workspace-data.ts';

export const BAD_DIR = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const DATA = fileURLToPath(new URL('../../public/data/', import.meta.url));

interface AppData {
  units: UnitProps[];
  targets: JoinTarget[];
  catalog: CatalogEntry[];
}

let cached: AppData | null = null;

/** The app's units, join targets (682 units and SV's 262 distritos) and default catalog. */
export function appData(): AppData {
  if (cached) return cached;
  const units = csvObjects(readFileSync(DATA + 'units.csv', 'utf8')) as unknown as UnitProps[];
  const topo = JSON.parse(readFileSync(DATA + 'boundaries/sv-pre2024.topo.json', 'utf8')) as {
    objects: { units: { geometries: { properties: SvPre2024UnitProps }[] } };
  };
  const distritos = topo.objects.units.geometries.map((g) => g.properties);
  const catalog = JSON.parse(readFileSync(DATA + 'catalog.json', 'utf8')) as CatalogEntry[];
  cached = { units, targets: joinTargets(units, distritos), catalog };
  return cached;
}

export function mappingFor(parsed: ParsedImport): ImportMapping {
  if (parsed.kind === 'layer') return { kind: 'boundaries', key: { by: 'code', column: 'code', country: 'GT' }, source: 'test' };
  return {
    kind: 'indicators',
    key: { by: 'code', column: 'codigo', country: 'GT' },
    columns: [
      {
        column: 'valor',
        id: 'bad_valor',
        label: { en: 'Value', es: 'Valor' },
        pillar: 'context',
        direction: 0,
        unit: 'count',
        year: '2024',
        level: 'municipio',
        source: 'test',
      },
    ],
  };
}

export interface PipelineResult {
  parsed: ParsedImport;
  workspace: Workspace;
}

/**
 * Reads and maps one file, adds it to the workspace and applies the whole workspace as the app
 * does (`workspaceData`: every import joined again and applied); returns the new workspace, or
 * throws.
 */
export async function runPipeline(ws: Workspace, name: string, bytes: Uint8Array, db?: Db): Promise<PipelineResult> {
  const parsed = await importFile({ name, bytes }, { db });
  const mapping = mappingFor(parsed);
  const { units, targets, catalog } = appData();
  const next = workspaceWithImport(ws, { id: nextImportId(ws), importedAt: '2026-11-30T12:00:00.000Z', parsed, mapping, accepted: {} });
  workspaceData(next, targets, catalog, units);
  return { parsed, workspace: next };
}

export function readBad(file: string): Uint8Array {
  return new Uint8Array(readFileSync(BAD_DIR + file));
}
