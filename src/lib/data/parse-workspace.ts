/**
 * Validation of a workspace read back from storage (IndexedDB) or from a project file: one set of
 * rules for both, through the shared toolkit (`validate.ts`), so a workspace one of them accepts
 * the other accepts too. The imports' shapes are checked here; their contents (joins, number
 * cells) are checked again when the app applies the workspace.
 */
import { IndexSpecError, parseIndexSpec } from './parse-index-spec.ts';
import { Fields, isObj, issueText, type Issue } from './validate.ts';
import { WORKSPACE_VERSION, type Workspace } from './workspace.ts';
import type { IndexSpec } from './index-spec.ts';
import { readUnitLists, type UnitList } from './unit-list.ts';

/** Kinds of a parsed import (`ParsedImport.kind`). */
const PARSED_KINDS = ['table', 'layer'] as const;
/** Kinds of an import mapping (`ImportMapping.kind`). */
const MAPPING_KINDS = ['indicators', 'investments', 'boundaries'] as const;

/**
 * A workspace that failed validation: `version` (written by another version of focal: `found`)
 * or `damaged` (`issues`, English, each naming its field under `path`; `details` to word them).
 */
export class WorkspaceError extends Error {
  readonly code: 'version' | 'damaged';
  readonly found: string;
  readonly issues: string[];
  readonly details: Issue[];
  constructor(code: 'version' | 'damaged', found: string, details: Issue[]) {
    const issues = details.map((d) => issueText(d));
    super(code === 'version' ? `the workspace is of version ${found}, this focal reads ${WORKSPACE_VERSION}` : `the workspace is damaged: ${issues.join('; ')}`);
    this.name = 'WorkspaceError';
    this.code = code;
    this.found = found;
    this.issues = issues;
    this.details = details;
  }
}

const cellOk = (c: unknown) => c === null || typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c));

function readImport(issues: Issue[], raw: unknown, path: string, ids: Set<string>): void {
  if (!isObj(raw)) {
    issues.push({ kind: 'type', path, expected: 'object' });
    return;
  }
  const r = new Fields(issues, raw, path);
  r.only(['id', 'importedAt', 'parsed', 'mapping', 'accepted']);
  const id = r.string('id', { required: true });
  r.string('importedAt', { required: true });
  if (id !== undefined) {
    if (ids.has(id)) r.rule('id', `"${id}" is used twice`);
    ids.add(id);
  }
  const p = r.object('parsed', true);
  const kind = p?.oneOf('kind', PARSED_KINDS);
  const t = p?.object('table', true);
  if (t) {
    t.string('fileName', { required: true, nonEmpty: false });
    const columns = t.array('columns');
    const types = t.array('types');
    const values = t.array('values');
    t.array('renamed');
    t.object('read', true);
    const rowCount = t.number('rowCount', { integer: true, min: 0 });
    if (columns && types && values && (columns.length !== values.length || types.length !== columns.length)) {
      t.rule('columns', 'types and values differ in length');
    } else if (values && rowCount !== undefined) {
      const ok = values.every((col) => Array.isArray(col) && col.length === rowCount && col.every(cellOk));
      if (!ok) t.rule('values', `must hold ${rowCount} cells per column (text, number or null)`);
    }
    if (kind === 'layer' && rowCount !== undefined) {
      const g = t.obj.geometries;
      if (!Array.isArray(g) || g.length !== rowCount) t.rule('geometries', 'must hold one geometry per row');
    }
  }
  const m = r.object('mapping', true);
  const mk = m?.oneOf('kind', MAPPING_KINDS);
  if (mk === 'indicators') m?.array('columns');
  const a = r.object('accepted', true);
  if (a && !Object.values(a.obj).every((v) => v === null || typeof v === 'string')) r.rule('accepted', 'must map rows to unit ids');
}

/**
 * The workspace `json` holds, its spec validated by `parseIndexSpec`. A `settings` object of texts
 * (written by focal before the view moved wholly into the link and the project file's `view`) is
 * accepted and dropped: nothing read it.
 * @param path - how the workspace is named in issues (`workspace` in a project file).
 * @throws {WorkspaceError}
 */
export function parseWorkspace(json: unknown, path = 'workspace'): Workspace {
  const issues: Issue[] = [];
  if (!isObj(json)) throw new WorkspaceError('damaged', '', [{ kind: 'type', path, expected: 'object' }]);
  if (json.version !== WORKSPACE_VERSION) throw new WorkspaceError('version', String(json.version), []);
  const r = new Fields(issues, json, path);
  r.only(['version', 'imports', 'spec', 'settings', 'lists']);
  const settings = json.settings === undefined ? undefined : r.object('settings', false);
  if (settings && !Object.values(settings.obj).every((v) => typeof v === 'string')) r.rule('settings', 'must be texts');
  const imports = r.array('imports');
  const ids = new Set<string>();
  imports?.forEach((imp, i) => readImport(issues, imp, `${r.at('imports')}[${i}]`, ids));
  let spec: IndexSpec | null = null;
  if (json.spec === undefined) r.add({ kind: 'required', path: r.at('spec') });
  else if (json.spec !== null) {
    try {
      spec = parseIndexSpec(json.spec);
    } catch (err) {
      if (!(err instanceof IndexSpecError)) throw err;
      // The spec's issues keep their own paths (as the spec file writes them), after the spec's.
      r.rule('spec', `: ${err.issues.join('; ')}`);
    }
  }
  const lists: UnitList[] = json.lists === undefined ? [] : readUnitLists(issues, json.lists, r.at('lists'));
  if (issues.length > 0) throw new WorkspaceError('damaged', '', issues);
  return { version: WORKSPACE_VERSION, imports: imports as Workspace['imports'], spec, ...(lists.length ? { lists } : {}) };
}
