/**
 * The project file (`.focal.json`): the whole workspace — imported tables with their mappings and
 * accepted matches, the index spec, settings — and the view, with the provenance of the default
 * sources and of each import. Opening it on another machine gives the same data, index and view.
 *
 * `parseProjectFile` checks the file's shape; the imports themselves are checked again when the
 * app applies the workspace (joins, number cells), which changes nothing when they fail.
 */
import type { Manifest } from '../data/schema.ts';
import { IndexSpecError, parseIndexSpec } from '../data/parse-index-spec.ts';
import { WORKSPACE_VERSION, type Workspace } from '../data/workspace.ts';
import { parseViewState, viewStateJson, type ViewState } from '../state/view-state.ts';
import { provenance, type Provenance } from './provenance.ts';
import { ProjectFileError } from './project-file-error.ts';

/** The format id written as `focal_project`. */
export const PROJECT_FORMAT = 1;
/** The file name offered on saving. */
export const PROJECT_FILE_NAME = 'focal-project.focal.json';

/** Where one imported file came from, as the project records it. */
export interface ImportProvenance {
  id: string;
  file: string;
  format: string;
  importedAt: string;
  kind: string;
  /** The citation the planner gave in the mapping dialog. */
  source: string;
}

export interface ProjectProvenance extends Provenance {
  imports: ImportProvenance[];
}

/**
 * The project file's text: pretty JSON with `focal_project`, the app version, the date saved, the
 * workspace (its spec is the view's: the index as it is now), the view, and the provenance.
 */
export function projectFile(ws: Workspace, view: ViewState, version: string, manifest: Manifest | null, now = new Date()): string {
  const prov: ProjectProvenance = {
    ...provenance(version, manifest),
    imports: ws.imports.map((imp) => ({
      id: imp.id,
      file: imp.parsed.table.fileName,
      format: imp.parsed.table.read.format,
      importedAt: imp.importedAt,
      kind: imp.mapping.kind,
      source: imp.mapping.kind === 'indicators' ? [...new Set(imp.mapping.columns.map((c) => c.source))].join('; ') : imp.mapping.source,
    })),
  };
  const body = {
    focal_project: PROJECT_FORMAT,
    app: { name: 'focal', version },
    saved: now.toISOString(),
    workspace: { ...ws, spec: view.spec },
    view: viewStateJson(view),
    provenance: prov,
  };
  return `${JSON.stringify(body, null, 1)}\n`;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function damaged(what: string): ProjectFileError {
  return new ProjectFileError('damaged', `the project file is damaged: ${what}`, { detail: what });
}

/** Shape checks of the workspace in a project file (the same rules as a stored workspace). */
function readWorkspace(x: unknown): Workspace {
  if (!isObj(x)) throw damaged('workspace must be an object');
  if (x.version !== WORKSPACE_VERSION) {
    throw new ProjectFileError('version', `the project's workspace is of version ${String(x.version)}, this focal reads ${WORKSPACE_VERSION}`, {
      version: String(x.version),
    });
  }
  if (!Array.isArray(x.imports)) throw damaged('workspace.imports must be a list');
  if (!isObj(x.settings) || !Object.values(x.settings).every((v) => typeof v === 'string')) throw damaged('workspace.settings must be texts');
  let spec = null;
  if (x.spec !== null) {
    try {
      spec = parseIndexSpec(x.spec);
    } catch (err) {
      if (err instanceof IndexSpecError) throw damaged(`workspace.spec: ${err.issues.join('; ')}`);
      throw err;
    }
  }
  const ids = new Set<string>();
  x.imports.forEach((imp: unknown, i) => {
    const at = `workspace.imports[${i}]`;
    if (!isObj(imp) || typeof imp.id !== 'string' || typeof imp.importedAt !== 'string') throw damaged(`${at} must have an id and a date`);
    if (ids.has(imp.id)) throw damaged(`${at}.id "${imp.id}" is used twice`);
    ids.add(imp.id);
    const p = imp.parsed;
    if (!isObj(p) || (p.kind !== 'table' && p.kind !== 'layer') || !isObj(p.table)) throw damaged(`${at}.parsed must be a table or a layer`);
    const t = p.table;
    if (typeof t.fileName !== 'string' || !Array.isArray(t.columns) || !Array.isArray(t.types) || !Array.isArray(t.values) || !isObj(t.read)) {
      throw damaged(`${at}.parsed.table must have fileName, columns, types, values and read`);
    }
    if (t.columns.length !== t.values.length || t.types.length !== t.columns.length || typeof t.rowCount !== 'number') {
      throw damaged(`${at}.parsed.table: columns, types and values differ in length`);
    }
    const cellsOk = (t.values as unknown[]).every(
      (col) => Array.isArray(col) && col.length === t.rowCount && col.every((c) => c === null || typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c))),
    );
    if (!cellsOk) throw damaged(`${at}.parsed.table.values must hold ${String(t.rowCount)} cells per column (text, number or null)`);
    if (!Array.isArray(t.renamed)) throw damaged(`${at}.parsed.table.renamed must be a list`);
    if (p.kind === 'layer' && (!Array.isArray(t.geometries) || t.geometries.length !== t.rowCount)) {
      throw damaged(`${at}.parsed.table.geometries must hold one geometry per row`);
    }
    const m = imp.mapping;
    if (!isObj(m) || !['indicators', 'investments', 'boundaries'].includes(m.kind as string)) throw damaged(`${at}.mapping has no known kind`);
    if (m.kind === 'indicators' && !Array.isArray(m.columns)) throw damaged(`${at}.mapping.columns must be a list`);
    if (!isObj(imp.accepted) || !Object.values(imp.accepted).every((v) => v === null || typeof v === 'string')) {
      throw damaged(`${at}.accepted must map rows to unit ids`);
    }
  });
  return { version: WORKSPACE_VERSION, imports: x.imports as Workspace['imports'], spec, settings: x.settings as Record<string, string> };
}

/**
 * The workspace and view a project file's text holds (a byte-order mark is ignored). The view's
 * ids are not checked here: they may name the project's own imported indicators.
 * @throws {ProjectFileError} not JSON, not a focal project, of another version, damaged.
 * @throws {ViewStateError} the view is not valid.
 */
export function parseProjectFile(text: string): { workspace: Workspace; view: ViewState } {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new ProjectFileError('not-json', `the file is not JSON (${err instanceof Error ? err.message : String(err)})`, {});
  }
  if (!isObj(json) || json.focal_project === undefined) {
    throw new ProjectFileError('not-project', 'the file is not a focal project (no "focal_project" field)', {});
  }
  if (json.focal_project !== PROJECT_FORMAT) {
    throw new ProjectFileError('version', `the project is of format ${String(json.focal_project)}, this focal reads ${PROJECT_FORMAT}`, {
      version: String(json.focal_project),
    });
  }
  const workspace = readWorkspace(json.workspace);
  const view = parseViewState(json.view, null);
  return { workspace, view };
}

/** Indicator ids a project's imports add to the catalog (to check its view before applying it). */
export function projectIndicatorIds(ws: Workspace): string[] {
  return ws.imports.flatMap((imp) => (imp.mapping.kind === 'indicators' ? imp.mapping.columns.map((c) => c.id) : []));
}
