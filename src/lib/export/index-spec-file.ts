/**
 * The spec file written beside an exported priority list, by the app and by `focal rank`: the spec
 * as `parseIndexSpec` reads it back, followed by its provenance block (ignored on reading).
 */
import type { IndexSpec } from '../data/index-spec.ts';
import type { Provenance } from './provenance.ts';

/** The spec file's text: pretty-printed JSON, spec fields first, then `provenance`, a final newline. */
export function indexSpecFile(spec: IndexSpec, provenance: Provenance): string {
  return `${JSON.stringify({ ...spec, provenance }, null, 2)}\n`;
}
