/**
 * The provenance block written with every export: which app and data build made it and where each
 * source comes from (citation, repository, commit, licence), so that a list can be traced and
 * attributed without the app.
 */
import type { Manifest } from '../data/schema.ts';

export interface ProvenanceSource {
  id: string;
  citation: string;
  repository: string;
  commit: string;
  licence: string;
}

export interface Provenance {
  app: { name: 'focal'; version: string };
  /** `build_version` of the dataset's manifest, or null for data that did not come with one. */
  data_build: string | null;
  sources: ProvenanceSource[];
}

/**
 * The provenance block for `appVersion` (e.g. package.json's version) and the dataset's manifest
 * (null for user data without one: no sources listed). Sources sorted by id.
 */
export function provenance(appVersion: string, manifest: Manifest | null): Provenance {
  const sources = manifest
    ? Object.values(manifest.sources)
        .map(({ id, citation, repository, commit, licence }) => ({ id, citation, repository, commit, licence }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    : [];
  return { app: { name: 'focal', version: appVersion }, data_build: manifest?.build_version ?? null, sources };
}
