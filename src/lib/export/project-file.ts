/**
 * The project file (`.focal.json`): the whole workspace — imported tables with their mappings and
 * accepted matches, the index spec — and the view, with the provenance of the default
 * sources and of each import. Opening it on another machine gives the same data, index and view.
 *
 * `parseProjectFile` checks the file's shape; the imports themselves are checked again when the
 * app applies the workspace (joins, number cells), which changes nothing when they fail.
 */
import type { Manifest } from '../data/schema.ts';
import { parseWorkspace, WorkspaceError } from '../data/parse-workspace.ts';
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

/** The workspace in a project file: the same rules as a stored workspace (`parseWorkspace`). */
function readWorkspace(x: unknown): Workspace {
  try {
    return parseWorkspace(x, 'workspace');
  } catch (err) {
    if (!(err instanceof WorkspaceError)) throw err;
    if (err.code === 'version') {
      throw new ProjectFileError('version', `the project's workspace is of version ${err.found}, this focal reads ${WORKSPACE_VERSION}`, { version: err.found });
    }
    const detail = err.issues.join('; ');
    throw new ProjectFileError('damaged', `the project file is damaged: ${detail}`, { detail });
  }
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

/** The years of a project's yearly imported indicators (its series' years), to check its view's year before applying it. */
export function projectIndicatorYears(ws: Workspace): Map<string, number[]> {
  return new Map(ws.imports.flatMap((imp) => (imp.mapping.kind === 'indicators' ? imp.mapping.columns.flatMap((c) => (c.series ? [[c.id, c.series.years] as const] : [])) : [])));
}
