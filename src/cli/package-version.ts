/** The app's version (package.json), recorded in the provenance of what the CLI writes. */
import { readFileSync } from 'node:fs';

/** `version` of the repo's package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
