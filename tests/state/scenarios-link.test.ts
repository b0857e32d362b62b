/**
 * Scenarios in the link and the project file: saved specs (as differences from the default in the
 * link), the comparison and its base come back exactly; the link with two scenarios stays short; a
 * link or project made before scenarios reads as none; a tampered list is refused.
 */
import { describe, expect, it } from 'vitest';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { withRootWeight } from '../../src/lib/state/root-weights.ts';
import { DEFAULT_HOTSPOT_SETTINGS } from '../../src/lib/state/hotspot-settings.ts';
import { decodeViewState, encodeViewState, parseViewState, viewStateJson, type ViewContext, type ViewState } from '../../src/lib/state/view-state.ts';
import { ViewStateError } from '../../src/lib/state/view-state-error.ts';
import { CURRENT, emptyScenarios, toggled, withSaved, withoutSaved, type ScenariosView } from '../../src/lib/state/scenarios-view.ts';
import { readRows, readText } from '../data/public-data.ts';
import { parseProjectFile, projectFile } from '../../src/lib/export/project-file.ts';
import { emptyWorkspace } from '../../src/lib/data/workspace.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const base = defaultIndexSpec(catalog);
const ctx: ViewContext = {
  indicatorIds: new Set(catalog.map((e) => e.id)),
  unitIds: new Set(readRows('units.csv').map((r) => r.unit_id)),
  defaultSpec: base,
};
const m70 = { ...withRootWeight(base, [], 'migration', 0.7), name: 'Edited in focal' };

function state(): ViewState {
  return {
    lang: null,
    view: 'index',
    indicator: catalog[0].id,
    year: { year: null, latest: false },
    change: { active: false, first: null, second: null, mode: 'absolute', k: 5 },
    spec: m70,
    classification: { method: 'quantile', k: 5 },
    hotspots: { ...DEFAULT_HOTSPOT_SETTINGS },
    hotspotMap: 'cluster',
    investments: {
      filter: { donor: '', sector: '', pillar: '', loe: 0, yearFrom: NaN, yearTo: NaN },
      measure: 'amount',
      mapMode: 'bivariate',
      needSource: 'index',
      spread: 'none',
      showPoints: false,
      maxActivities: 0,
      yearRule: 'spread',
      splitYear: NaN,
    },
    ranking: { country: '', department: '', query: '', sort: null },
    selected: null,
    map: null,
    scenarios: { saved: [{ name: 'Default', spec: base }, { name: 'Migration 70%', spec: m70 }], compare: ['Default', 'Migration 70%'], base: 'Default', topN: 10 },
  };
}

describe('scenarios in the link', () => {
  it('round-trips the saved specs, the comparison and the base, in a short link', async () => {
    const v = state();
    const fragment = await encodeViewState(v, base);
    expect(fragment.length).toBeLessThan(700);
    const back = await decodeViewState(fragment, ctx);
    expect(back.scenarios).toEqual(v.scenarios);
  });

  it('reads a link without scenarios as none, and writes none when none are saved', async () => {
    const v = { ...state(), scenarios: undefined };
    const back = await decodeViewState(await encodeViewState(v, base), ctx);
    expect(back.scenarios).toBeUndefined();
    expect('scenarios' in viewStateJson({ ...state(), scenarios: { saved: [], compare: [], base: CURRENT, topN: 10 } })).toBe(false);
  });

  it('refuses a comparison naming an unknown scenario, a base outside it, five compared, a name twice, an invalid spec', () => {
    const json = (patch: Record<string, unknown>) => ({ ...viewStateJson(state()), scenarios: { ...(viewStateJson(state()).scenarios as object), ...patch } });
    const refused = (patch: Record<string, unknown>, code: string) => {
      let err: unknown;
      try {
        parseViewState(json(patch), ctx);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ViewStateError);
      expect((err as ViewStateError).code).toBe(code);
    };
    refused({ compare: ['Default', 'Nope'] }, 'out-of-range');
    refused({ base: 'Nope' }, 'out-of-range');
    refused({ compare: ['Default', 'Migration 70%', '', 'Default'] }, 'damaged');
    refused({ saved: [{ name: 'A', spec: base }, { name: 'A', spec: base }], compare: [], base: '' }, 'damaged');
    refused({ saved: [{ name: 'A', spec: { ...base, topN: 0 } }], compare: [], base: '' }, 'spec');
  });
});

describe('scenarios in the project file', () => {
  it('keeps the saved specs and the comparison; a project saved before scenarios opens with none', () => {
    const back = parseProjectFile(projectFile(emptyWorkspace(), state(), '0.1.0', null));
    expect(back.view.scenarios).toEqual(state().scenarios);
    const old = JSON.parse(projectFile(emptyWorkspace(), { ...state(), scenarios: undefined }, '0.1.0', null)) as { view: Record<string, unknown> };
    expect('scenarios' in old.view).toBe(false);
    expect(parseProjectFile(JSON.stringify(old)).view.scenarios).toBeUndefined();
  });
});

describe('the scenarios list', () => {
  it('saves under a trimmed name (the first saved is the base), replaces a name saved again, and compares at most four', () => {
    let s: ScenariosView = emptyScenarios();
    expect(withSaved(s, '  ', base)).toBeNull();
    s = withSaved(s, ' Default ', base)!;
    s = withSaved(s, 'Migration 70%', m70)!;
    expect(s.compare).toEqual(['Default', 'Migration 70%']);
    expect(s.base).toBe('Default');
    s = withSaved(s, 'Migration 70%', base)!;
    expect(s.saved.map((x) => x.name)).toEqual(['Default', 'Migration 70%']);
    expect(s.saved[1].spec).toEqual(base);
    s = withSaved(s, 'C', base)!;
    s = toggled(s, CURRENT);
    s = withSaved(s, 'E', base)!;
    expect(s.compare).toEqual(['Default', 'Migration 70%', 'C', CURRENT]);
    s = withoutSaved(s, 'Default');
    expect(s.base).toBe('Migration 70%');
    for (const n of ['F', 'G', 'H', 'I', 'K']) s = withSaved(s, n, base) ?? s;
    expect(s.saved).toHaveLength(8);
    expect(withSaved(s, 'J', base)).toBeNull();
  });
});
