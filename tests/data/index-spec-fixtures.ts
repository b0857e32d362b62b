/** Test helper: the index spec fixtures, the JSON Schema validator and the committed catalog. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT } from './public-data.ts';

export const SPEC_FIXTURES = join(ROOT, 'tests', 'fixtures', 'index-spec');
export const SCHEMA_PATH = join(ROOT, 'docs', 'index-spec.schema.json');
export const DEFAULT_SPEC_PATH = join(ROOT, 'docs', 'default-spec.json');

/** A spec fixture as parsed JSON (a fresh copy each time, so tests may mutate it). */
export function specFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SPEC_FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

/** `docs/index-spec.schema.json` compiled by Ajv (draft 2020-12, strict mode). */
export function schemaValidator(): (json: unknown) => boolean {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  return (json) => validate(json) as boolean;
}

/** Small data sets with their specs, for rankUnits and the CLI. */
export const RANK_FIXTURES = join(ROOT, 'tests', 'fixtures', 'rank');

/** A spec of {@link RANK_FIXTURES} as parsed JSON. */
export function rankFixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(RANK_FIXTURES, name), 'utf8')) as Record<string, unknown>;
}
