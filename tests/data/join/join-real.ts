/** Test helpers for the real-shaped files of tests/fixtures/join-real. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { RawLayer, RawTable } from '../../../src/lib/data/import/import-types.ts';
import { rawTableFromRows } from '../../../src/lib/data/import/raw-table-from-rows.ts';
import type { JoinReport, JoinTarget } from '../../../src/lib/data/join/join-types.ts';
import { nameSimilarity } from '../../../src/lib/data/join/name-similarity.ts';
import { normPlaceName } from '../../../src/lib/data/join/norm-name.ts';
import { wordsContained } from '../../../src/lib/data/join/words-contained.ts';
import { ROOT, PUBLIC_DATA } from '../public-data.ts';
import type { ImportMapping } from '../../../src/lib/data/import/import-mapping.ts';
import { readJsonLayer } from '../../../src/lib/data/import/read-json-layer.ts';
import { decodeText } from '../../../src/lib/data/import/sniff-encoding.ts';
import { guessKind, guessMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import { layerCountry } from '../../../src/lib/data/import/layer-country.ts';
import { featuresElsewhere } from '../../../src/lib/data/import/features-elsewhere.ts';
import { joinImport } from '../../../src/lib/state/workspace-data.ts';
import { readCountryLocator } from '../../../src/cli/read-country-locator.ts';

export const JOIN_REAL = join(ROOT, 'tests', 'fixtures', 'join-real');

/** A fixture as the CLI reads a CSV (text cells typed by the importers' rules). */
export function readFixture(file: string): RawTable {
  const text = readFileSync(join(JOIN_REAL, file), 'utf8');
  const rows = csvParse(text);
  return rawTableFromRows(file, rows.columns, rows.map((r) => rows.columns.map((c) => r[c] ?? '')));
}

/** A GeoJSON or TopoJSON fixture as the app reads it. */
export function readLayerFixture(file: string): RawLayer {
  return readJsonLayer(decodeText(new Uint8Array(readFileSync(join(JOIN_REAL, file))), file), file);
}

/**
 * A map layer through the app's import flow with its first guesses only (state/imports.svelte.ts):
 * the kind and mapping guessed, the layer's country from where it lies when the mapping has none,
 * the features lying in another country set aside when matched, then the app's join.
 */
export function layerFirstGuess(layer: RawLayer, targets: readonly JoinTarget[]): { mapping: ImportMapping; report: JoinReport } {
  const countryAt = readCountryLocator(PUBLIC_DATA)!;
  const parsed = { kind: 'layer' as const, table: layer };
  const mapping = guessMapping(parsed, guessKind(parsed), [], targets);
  const key = mapping.key!;
  const country = layerCountry(layer, countryAt);
  if (country && !key.country && !key.countryColumn) key.country = country;
  if (key.country) {
    const elsewhere = featuresElsewhere(layer, key.country, countryAt);
    if (elsewhere.length) key.elsewhere = elsewhere;
  }
  return { mapping, report: joinImport(layer, key, targets, {}) };
}

/** Rows whose matched unit bears the name the file gives (same words, or a close spelling). */
export function rightlyJoined(table: RawTable, nameColumn: string, report: JoinReport, targets: readonly JoinTarget[]): number {
  const names = new Map<string, string[]>();
  for (const t of targets) {
    for (const k of [t.key, t.unitId]) names.set(k, [...(names.get(k) ?? []), ...t.names.map(normPlaceName)]);
  }
  const col = table.values[table.columns.indexOf(nameColumn)];
  return report.matched.filter((m) => {
    const name = normPlaceName(String(col[m.row] ?? ''));
    const own = names.get(m.target) ?? [];
    return own.some((n) => n === name || wordsContained(name, n) || wordsContained(n, name) || nameSimilarity(name, n) >= 0.88);
  }).length;
}

