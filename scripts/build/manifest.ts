/** The manifest: which sources fed each output, how many rows, how many bytes, one build version. */
import { createHash } from 'node:crypto';
import type { Manifest, SourceInfo } from '../../src/lib/data/schema.ts';

/** One rendered output before the manifest is written. */
export interface RenderedOutput {
  /** Path under `public/data/`. */
  path: string;
  text: string;
  rows: number;
  sourceIds: string[];
}

/**
 * Merges source lists by id. The same id given twice must describe the same source; a conflict
 * means two builders disagree about attribution, which must be fixed, not silently resolved.
 */
export function mergeSources(lists: readonly (readonly SourceInfo[])[]): Record<string, SourceInfo> {
  const byId = new Map<string, SourceInfo>();
  for (const source of lists.flat()) {
    const seen = byId.get(source.id);
    if (seen && JSON.stringify(sortedEntries(seen)) !== JSON.stringify(sortedEntries(source))) {
      throw new Error(`source "${source.id}" is defined twice with different details`);
    }
    byId.set(source.id, source);
  }
  return Object.fromEntries([...byId.keys()].sort().map((id) => [id, byId.get(id)!]));
}

/** An object's entries sorted by key, for order-independent comparison. */
function sortedEntries(o: object): [string, unknown][] {
  return Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Version of this dataset: the package version plus the first 12 hex digits of a SHA-256 over
 * every output's path and bytes. It changes exactly when the data changes; no clock involved.
 */
export function buildVersion(packageVersion: string, outputs: readonly RenderedOutput[]): string {
  const hash = createHash('sha256');
  for (const o of [...outputs].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(o.path).update('\0').update(o.text, 'utf8').update('\0');
  }
  return `${packageVersion}+${hash.digest('hex').slice(0, 12)}`;
}

/**
 * Builds the manifest. Every source id an output names must be among `sources`, so that every
 * figure the app shows can be attributed.
 */
export function buildManifest(
  packageVersion: string,
  outputs: readonly RenderedOutput[],
  sources: Record<string, SourceInfo>,
): Manifest {
  const entries: Manifest['outputs'] = {};
  for (const o of [...outputs].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const missing = o.sourceIds.filter((id) => !(id in sources));
    if (missing.length) throw new Error(`${o.path}: unknown source ids ${missing.join(', ')}`);
    entries[o.path] = {
      sources: [...new Set(o.sourceIds)].sort(),
      rows: o.rows,
      bytes: Buffer.byteLength(o.text, 'utf8'),
    };
  }
  return { build_version: buildVersion(packageVersion, outputs), sources, outputs: entries };
}
