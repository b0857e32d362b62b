/**
 * The link's compaction (view-link-compact.ts): the heaviest realistic view's link is under 1,000
 * characters (from about 2,000) and restores exactly; a link made before the compaction (a
 * fixture written by main 89deb51's encoder) still restores; a spec given as differences from
 * another default is refused, not restored as another index.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import type { IndexSpec } from '../../src/lib/data/index-spec.ts';
import { withRootWeight } from '../../src/lib/state/root-weights.ts';
import { DEFAULT_HOTSPOT_SETTINGS } from '../../src/lib/state/hotspot-settings.ts';
import { deflateText, inflateText } from '../../src/lib/state/deflate-text.ts';
import { decodeViewState, encodeViewState, viewStateJson, type ViewContext, type ViewState } from '../../src/lib/state/view-state.ts';
import { ViewStateError } from '../../src/lib/state/view-state-error.ts';
import { specDelta, specFromDelta } from '../../src/lib/state/view-link-compact.ts';
import { readRows, readText } from '../data/public-data.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const base = defaultIndexSpec(catalog);
const ctx: ViewContext = {
  indicatorIds: new Set(catalog.map((e) => e.id)),
  unitIds: new Set(readRows('units.csv').map((r) => r.unit_id)),
  indicatorYears: new Map(catalog.flatMap((e) => (e.years ? [[e.id, e.years] as const] : []))),
  defaultSpec: base,
};
const ORIGIN = 'http://127.0.0.1:4173/#';

/** The heaviest realistic view: change map on, the index of a year with a rank change and edited weights, an investments filter, hotspots on a change, a ranking filter, a selection, a map position. */
function heavyState(): ViewState {
  const spec: IndexSpec = { ...withRootWeight(base, [], 'migration', 0.35), year: 2016, compareYear: 2013 };
  return {
    lang: 'es',
    view: 'indicator',
    indicator: 'sv_emigrants_departed_per_1000',
    year: { year: 2016, latest: false },
    change: { active: true, first: 2014, second: 2023, mode: 'percent', k: 5 },
    spec,
    classification: { method: 'quantile', k: 5 },
    hotspots: { ...DEFAULT_HOTSPOT_SETTINGS, variable: 'sv_emigrants_departed_per_1000', time: { first: 2014, second: 2023 }, permutations: 9999, alpha: 0.01 },
    hotspotMap: 'cluster',
    investments: {
      filter: { donor: 'United States', sector: 'Education', pillar: 'III', loe: 5, yearFrom: 2015, yearTo: 2020 },
      measure: 'amount',
      mapMode: 'coverage',
      needSource: 'index',
      spread: 'population',
      showPoints: false,
      maxActivities: 0,
      yearRule: 'start',
      splitYear: 2018,
    },
    ranking: { country: 'SV', department: '', query: '', sort: { key: 'score', dir: 'desc' } },
    selected: 'SV01001',
    map: { lon: -88.91234, lat: 13.71234, zoom: 8.25 },
  };
}

describe('the compact link', () => {
  it('the heaviest realistic view: under 1,000 characters (the whole spec and every setting: over 2,000), restored exactly', async () => {
    const v = heavyState();
    const { lang, view, indicator, selected, map, ...rest } = viewStateJson(v);
    void [lang, view, indicator, selected, map];
    const before = `${ORIGIN}v=1&l=es&t=indicator&i=sv_emigrants_departed_per_1000&u=SV01001&m=-88.91234,13.71234,8.25&s=${await deflateText(JSON.stringify(rest))}`;
    const after = `${ORIGIN}${await encodeViewState(v, base)}`;
    console.log(`link of the heaviest realistic view: ${before.length} characters before, ${after.length} after`);
    expect(before.length).toBeGreaterThan(2000);
    expect(after.length).toBeLessThan(1000);
    expect(await decodeViewState(after.slice(ORIGIN.length), ctx)).toEqual(v);
  });

  it('a link made before the compaction (main 89deb51) restores the same view', async () => {
    const old = readFileSync('tests/fixtures/links/view-link-2026-12-07.txt', 'utf8').trim();
    const json = JSON.parse(await inflateText(new URLSearchParams(old).get('s')!)) as Record<string, unknown>;
    expect(Object.keys(json)).toContain('spec');
    expect(await decodeViewState(old, ctx)).toEqual(heavyState());
    // Without the default spec known (a project file's reader, a context of old): the same.
    expect(await decodeViewState(old, { ...ctx, defaultSpec: undefined })).toEqual(heavyState());
  });

  it('settings at their default are left out of their section; the sections stay', async () => {
    const v = { ...heavyState(), year: { year: null, latest: false }, ranking: { country: '', department: '', query: '', sort: null }, hotspots: { ...DEFAULT_HOTSPOT_SETTINGS } };
    const json = JSON.parse(await inflateText(new URLSearchParams(await encodeViewState(v, base)).get('s')!)) as Record<string, unknown>;
    expect(json.year).toEqual({});
    expect(json.ranking).toEqual({});
    expect(json.hotspots).toEqual({});
    expect(json.classification).toEqual({});
    expect(json.spec).toBeUndefined();
    expect(await decodeViewState(await encodeViewState(v, base), ctx)).toEqual(v);
  });

  it('a spec edited every way (indicator off, removed, reordered, a group relabelled, an imported indicator added) comes back exactly', () => {
    const spec: IndexSpec = structuredClone(base);
    spec.indicators[1] = { ...spec.indicators[1], enabled: false, weight: 0.4 };
    spec.indicators.splice(3, 1);
    spec.indicators.reverse();
    spec.indicators.push({ id: 'my_import', direction: -1, weight: 1, parent: 'III', enabled: true });
    spec.groups[2] = { ...spec.groups[2], label: { en: 'Mine', es: 'Mío' } };
    spec.topN = 7;
    const d = specDelta(spec, base);
    expect(JSON.stringify(d).length).toBeLessThan(JSON.stringify(spec).length / 2);
    expect(specFromDelta(d, base)).toEqual(spec);
  });

  it('a spec given as differences from another default is refused with code "spec"', async () => {
    const link = await encodeViewState(heavyState(), base);
    const other = { ...base, indicators: base.indicators.slice(1) };
    const err = await decodeViewState(link, { ...ctx, defaultSpec: other }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ViewStateError);
    expect((err as ViewStateError).code).toBe('spec');
    const none = await decodeViewState(link, { ...ctx, defaultSpec: undefined }).catch((e: unknown) => e);
    expect((none as ViewStateError).code).toBe('spec');
  });
});
