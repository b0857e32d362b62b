import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { layerTable } from '../../eslint/layers.js';

// The project's own eslint.config.js, so that the test checks the rule as `npm run lint` runs it.
const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The focal/layers messages for `code` linted as if it were the file `filePath` (relative to the root). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.filter((m) => m.ruleId === 'focal/layers').map((m) => m.message);
}

describe('the layer table lint rule (eslint/layers.js)', () => {
  // The first lint loads the config, the TypeScript and Svelte parsers: seconds on a loaded machine.
  beforeAll(() => layerErrors('src/lib/data/warm-up.ts', 'export const x = 1;'), 120_000);

  it.each([
    ['data → state', 'src/lib/data/import/x.ts', "import { App } from '../../state/app.svelte.ts';\nexport const a = App;"],
    ['data → state, type only', 'src/lib/data/x.ts', "import type { App } from '../state/app.svelte.ts';\nexport type A = App;"],
    ['state → map', 'src/lib/state/x.ts', "import { sequentialPalette } from '../map/palettes.ts';\nexport const p = sequentialPalette;"],
    ['state → map, type only', 'src/lib/state/x.svelte.ts', "import type { FocalMap } from '../map/focal-map.ts';\nexport type M = FocalMap;"],
    ['state → export', 'src/lib/state/x.ts', "export { tableCsv } from '../export/csv.ts';"],
    ['export → map', 'src/lib/export/x.ts', "export * from '../map/palettes.ts';"],
    ['map → export', 'src/lib/map/x.ts', "import type { ResultTable } from '../export/result-table.ts';\nexport type T = ResultTable;"],
    ['geo → data', 'src/lib/geo/x.ts', "import type { CatalogEntry } from '../data/schema.ts';\nexport type C = CatalogEntry;"],
    ['analysis → geo', 'src/lib/analysis/x.ts', "import { unitBounds } from '../geo/bounds.ts';\nexport const b = unitBounds;"],
    ['analysis → package', 'src/lib/analysis/x.ts', "import { mean } from 'd3';\nexport const m = mean;"],
    ['analysis → node built-in', 'src/lib/analysis/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;"],
    ['i18n → data', 'src/lib/i18n/x.ts', "import type { Pillar } from '../data/schema.ts';\nexport type P = Pillar;"],
    ['workers → state', 'src/lib/workers/x.worker.ts', "import { Choropleth } from '../state/choropleth.svelte.ts';\nexport const c = Choropleth;"],
    ['cli → state', 'src/cli/x.ts', "import type { App } from '../lib/state/app.svelte.ts';\nexport type A = App;"],
    ['cli → map', 'src/cli/x.ts', "import { sequentialPalette } from '../lib/map/palettes.ts';\nexport const p = sequentialPalette;"],
    ['dynamic import, data → ui', 'src/lib/data/x.ts', "export const load = () => import('../ui/app-exports.ts');"],
    ['type position import(), geo → map', 'src/lib/geo/x.ts', "export type F = import('../map/focal-map.ts').FocalMap;"],
    ['worker URL, data → workers', 'src/lib/data/x.ts', "export const w = () => new Worker(new URL('../workers/import.worker.ts', import.meta.url));"],
    ['a folder of src/lib outside the table', 'src/lib/extra/x.ts', "import { x } from './y.ts';\nexport const z = x;"],
  ])('fails an import that runs back up the table: %s', { timeout: 30_000 }, async (_name, file, code) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
  });

  it('reports a Svelte component of a lower layer importing upward', { timeout: 30_000 }, async () => {
    const code = "<script lang=\"ts\">\n  import type { ResultTable } from '../export/result-table.ts';\n  let { table }: { table: ResultTable } = $props();\n</script>\n<p>{table.columns.length}</p>\n";
    expect(await layerErrors('src/lib/map/X.svelte', code)).toHaveLength(1);
  });

  it.each([
    ['data → geo, analysis, i18n', 'src/lib/data/x.ts', "import { unitBounds } from '../geo/bounds.ts';\nimport { classify } from '../analysis/classify.ts';\nimport { pick } from '../i18n/pick.ts';\nexport const a = [unitBounds, classify, pick];"],
    ['data → package', 'src/lib/data/x.ts', "import { csvParseRows } from 'd3';\nexport const p = csvParseRows;"],
    ['state → data, workers', 'src/lib/state/x.ts', "import type { Workspace } from '../data/workspace.ts';\nimport type { HotspotData } from '../workers/hotspots.worker.ts';\nexport type A = [Workspace, HotspotData];\nexport const w = () => new Worker(new URL('../workers/hotspots.worker.ts', import.meta.url));"],
    ['map → state', 'src/lib/map/x.ts', "import type { Choropleth } from '../state/choropleth.svelte.ts';\nexport type C = Choropleth;"],
    ['export → state', 'src/lib/export/x.ts', "import type { App } from '../state/app.svelte.ts';\nexport type A = App;"],
    ['analysis → its own files', 'src/lib/analysis/x.ts', "import { classify } from './classify.ts';\nexport const c = classify;"],
    ['ui → everything in src/lib', 'src/lib/ui/x.ts', "import { tableCsv } from '../export/csv.ts';\nimport { sequentialPalette } from '../map/palettes.ts';\nexport const a = [tableCsv, sequentialPalette];"],
    ['cli → export and data', 'src/cli/x.ts', "import { tableCsv } from '../lib/export/csv.ts';\nimport { rankUnits } from '../lib/data/rank-units.ts';\nexport const a = [tableCsv, rankUnits];"],
    ['entry → ui', 'src/x.ts', "import { downloadText } from './lib/ui/download-text.ts';\nexport const d = downloadText;"],
  ])('passes an import the table allows: %s', { timeout: 30_000 }, async (_name, file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('lists every folder of src/lib as a layer, and only layers of the table as allowed imports', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(`${root}src/lib`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const f of folders) expect(Object.keys(layerTable)).toContain(f);
    for (const { may } of Object.values(layerTable)) for (const l of may) expect(Object.keys(layerTable)).toContain(l);
  });
});
