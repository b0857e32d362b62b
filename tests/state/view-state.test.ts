/**
 * The view in the URL: a full state survives encode → decode exactly; damaged, tampered, foreign
 * or out-of-range links are refused with a code; an edited default spec's link stays short.
 */
import { describe, expect, it } from 'vitest';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { withRootWeight } from '../../src/lib/state/root-weights.ts';
import { DEFAULT_HOTSPOT_SETTINGS } from '../../src/lib/state/hotspot-settings.ts';
import { deflateText, inflateText } from '../../src/lib/state/deflate-text.ts';
import {
  decodeViewState,
  encodeViewState,
  parseViewState,
  viewStateJson,
  type ViewContext,
  type ViewState,
} from '../../src/lib/state/view-state.ts';
import { ViewStateError } from '../../src/lib/state/view-state-error.ts';
import { readRows, readText } from '../data/public-data.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];
const ctx: ViewContext = {
  indicatorIds: new Set(catalog.map((e) => e.id)),
  unitIds: new Set(readRows('units.csv').map((r) => r.unit_id)),
};

/** Every field away from its default, the spec edited as the builder edits it. */
function fullState(): ViewState {
  const base = defaultIndexSpec(catalog);
  const spec = { ...withRootWeight(base, [], 'migration', 0.35), name: 'Edited in focal', topN: 25, topNScope: 'region' as const };
  spec.indicators = spec.indicators.map((ind, i) => (i === 2 ? { ...ind, enabled: false } : ind));
  spec.normalisation = { ...spec.normalisation, method: 'zscore' };
  return {
    lang: 'es',
    view: 'index',
    indicator: catalog[5].id,
    year: { year: null, latest: true },
    change: { active: true, first: null, second: null, mode: 'percent', k: 7 },
    spec,
    classification: { method: 'jenks', k: 6 },
    hotspots: { ...DEFAULT_HOTSPOT_SETTINGS, variable: 'group:IV', statistic: 'gistar', snapMeters: 1200, permutations: 9999, alpha: 0.01, seed: 7 },
    hotspotMap: 'significance',
    investments: {
      filter: { donor: 'USAID & co', sector: 'Educación, "básica"', pillar: 'III', loe: 5, yearFrom: 2015, yearTo: NaN },
      measure: 'activities',
      mapMode: 'coverage',
      needSource: 'indicator',
      spread: 'population',
      showPoints: true,
      maxActivities: 2,
      yearRule: 'start',
      splitYear: 2009,
    },
    ranking: { country: 'HN', department: 'HN|Lempira', query: 'san josé #1 & 2', sort: { key: 'group:migration', dir: 'desc' } },
    selected: 'HN1301',
    map: { lon: -88.12345, lat: 14.54321, zoom: 7.25 },
  };
}

/** A field of the compressed part replaced, the readable part kept. */
async function withBlob(fragment: string, edit: (json: Record<string, unknown>) => void): Promise<string> {
  const params = new URLSearchParams(fragment);
  const json = JSON.parse(await inflateText(params.get('s')!)) as Record<string, unknown>;
  edit(json);
  params.set('s', await deflateText(JSON.stringify(json)));
  return params.toString();
}

async function refusal(fragment: string): Promise<ViewStateError> {
  const err = await decodeViewState(fragment, ctx).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ViewStateError);
  return err as ViewStateError;
}

describe('encodeViewState / decodeViewState', () => {
  it('carries no language when the sender kept the browser language: the reader sees their own', async () => {
    const fragment = await encodeViewState({ ...fullState(), lang: null });
    expect(new URLSearchParams(fragment).has('l')).toBe(false);
    expect((await decodeViewState(fragment, ctx)).lang).toBeNull();
    expect(new URLSearchParams(await encodeViewState(fullState())).get('l')).toBe('es');
  });

  it('round-trips a full state exactly (the spec deep-equal, NaN year kept as NaN)', async () => {
    const v = fullState();
    const fragment = await encodeViewState(v);
    expect(fragment.startsWith('v=1&l=es&t=index&')).toBe(true);
    expect(fragment).toContain('&u=HN1301&m=-88.12345,14.54321,7.25&s=');
    const back = await decodeViewState(`#${fragment}`, ctx);
    expect(back).toEqual(v);
    expect(back.spec).toEqual(v.spec);
    expect(Number.isNaN(back.investments.filter.yearTo)).toBe(true);
  });

  it('round-trips without a selection or a map position', async () => {
    const v = { ...fullState(), selected: null, map: null, ranking: { country: '', department: '', query: '', sort: null } };
    const fragment = await encodeViewState(v);
    expect(fragment).not.toContain('&u=');
    expect(fragment).not.toContain('&m=');
    expect(await decodeViewState(fragment, ctx)).toEqual(v);
  });

  it('rounds the map centre to 5 decimals and the zoom to 2', async () => {
    const v = { ...fullState(), map: { lon: -88.123456789, lat: 14.000004999, zoom: 7.256 } };
    const back = await decodeViewState(await encodeViewState(v), ctx);
    expect(back.map).toEqual({ lon: -88.12346, lat: 14, zoom: 7.26 });
  });

  it('keeps the link of the default spec with edited weights under 2,000 characters', async () => {
    const v = fullState();
    const fragment = await encodeViewState(v);
    const url = `http://127.0.0.1:4173/#${fragment}`;
    // Measured: 1,5xx characters with every setting away from its default.
    expect(url.length).toBeLessThan(2000);
  });

  it('refuses garbage and links cut short, with code "damaged"', async () => {
    const good = await encodeViewState(fullState());
    expect((await refusal('v=1&l=es&t=index&i=x&s=%%%not-base64')).code).toBe('damaged');
    expect((await refusal(good.slice(0, good.length - 40))).code).toBe('damaged');
    expect((await refusal('v=1&l=es&t=index')).code).toBe('damaged');
    expect((await refusal(`v=1&l=es&t=index&i=x&s=${await deflateText('[1,2]')}`)).code).toBe('damaged');
    expect((await refusal(`v=1&l=es&t=index&i=x&s=${await deflateText('{"spec":')}`)).code).toBe('damaged');
    expect((await refusal(good.replace(/&m=[^&]*/, '&m=1,2'))).code).toBe('damaged');
    expect((await refusal(await withBlob(good, (j) => delete j.hotspots))).code).toBe('damaged');
  });

  it('refuses a link of another version', async () => {
    const good = await encodeViewState(fullState());
    expect((await refusal(good.replace('v=1', 'v=2'))).code).toBe('version');
    expect((await refusal(good.replace('v=1&', ''))).code).toBe('version');
  });

  it('refuses an unknown indicator, in the picker, the spec or the hotspot variable', async () => {
    const good = await encodeViewState(fullState());
    const e1 = await refusal(good.replace(/&i=[^&]*/, '&i=no_such_indicator'));
    expect(e1.code).toBe('unknown-indicator');
    expect(e1.params.id).toBe('no_such_indicator');
    const e2 = await refusal(
      await withBlob(good, (j) => {
        (j.spec as { indicators: { id: string }[] }).indicators[0].id = 'invented';
      }),
    );
    expect(e2.code).toBe('unknown-indicator');
    const e3 = await refusal(await withBlob(good, (j) => ((j.hotspots as Record<string, unknown>).variable = 'invented')));
    expect(e3.code).toBe('unknown-indicator');
  });

  it('refuses an unknown unit', async () => {
    const good = await encodeViewState(fullState());
    const err = await refusal(good.replace('u=HN1301', 'u=HN9999'));
    expect(err.code).toBe('unknown-unit');
    expect(err.params.id).toBe('HN9999');
  });

  it('refuses an invalid spec with its issues', async () => {
    const good = await encodeViewState(fullState());
    const err = await refusal(
      await withBlob(good, (j) => {
        (j.spec as { indicators: { direction: number }[] }).indicators[0].direction = 3;
      }),
    );
    expect(err.code).toBe('spec');
    expect(err.params.issues).toContain('indicators[0].direction must be 1 or -1');
  });

  it('refuses settings out of range', async () => {
    const good = await encodeViewState(fullState());
    const cases: [(j: Record<string, unknown>) => void, string][] = [
      [(j) => ((j.classification as Record<string, unknown>).k = 12), 'classification.k'],
      [(j) => ((j.classification as Record<string, unknown>).method = 'magic'), 'classification.method'],
      [(j) => ((j.hotspots as Record<string, unknown>).permutations = 5), 'hotspots.permutations'],
      [(j) => ((j.hotspots as Record<string, unknown>).snapMeters = 1e9), 'hotspots.snapMeters'],
      [(j) => ((j.hotspots as Record<string, unknown>).variable = 'group:nope'), 'hotspots.variable'],
      [(j) => ((j.ranking as Record<string, unknown>).sort = { key: 'evil', dir: 'asc' }), 'ranking.sort.key'],
      [(j) => ((j.ranking as Record<string, unknown>).query = 'x'.repeat(500)), 'ranking.query'],
      [(j) => (((j.investments as Record<string, unknown>).filter as Record<string, unknown>).yearFrom = 3000), 'investments.filter.yearFrom'],
    ];
    for (const [edit, field] of cases) {
      const err = await refusal(await withBlob(good, edit));
      expect(err.code, field).toBe('out-of-range');
      expect(err.params.field).toBe(field);
    }
    expect((await refusal(good.replace('l=es', 'l=fr'))).code).toBe('out-of-range');
    expect((await refusal(good.replace('t=index', 't=admin'))).code).toBe('out-of-range');
    expect((await refusal(good.replace(/&m=[^&]*/, '&m=-88,95,7'))).code).toBe('out-of-range');
  });

  it('refuses a DEFLATE bomb without inflating it all', async () => {
    const bomb = await deflateText(' '.repeat(5_000_000));
    expect(bomb.length).toBeLessThan(10_000);
    expect((await refusal(`v=1&l=es&t=index&i=x&s=${bomb}`)).code).toBe('damaged');
  });
});

describe('parseViewState / viewStateJson', () => {
  it('reads back the JSON a project file keeps (NaN years as null)', () => {
    const v = fullState();
    const json = JSON.parse(JSON.stringify(viewStateJson(v))) as Record<string, unknown>;
    expect((json.investments as { filter: { yearTo: unknown } }).filter.yearTo).toBeNull();
    expect(parseViewState(json, ctx)).toEqual(v);
    // Without a context the ids are not checked (a project's own imported indicators).
    expect(parseViewState({ ...json, indicator: 'user_made' }, null).indicator).toBe('user_made');
  });
});

describe('the year of a yearly indicator in the link', () => {
  const yearly = catalog.find((e) => e.id === 'sv_emigrants_departed_per_1000')!;
  const withYears: ViewContext = { ...ctx, indicatorYears: new Map(catalog.flatMap((e) => (e.years ? [[e.id, e.years] as const] : []))) };
  const state = (year: number | null, latest: boolean): ViewState => ({ ...fullState(), indicator: yearly.id, year: { year, latest } });

  it('round-trips a chosen year and "latest available"', async () => {
    for (const [year, latest] of [[2016, false], [2019, true], [null, true], [null, false]] as const) {
      const v = state(year, latest);
      expect(await decodeViewState(await encodeViewState(v), withYears)).toEqual(v);
    }
  });

  it('reads a link made before years as the reference year, one year\'s values', async () => {
    const good = await encodeViewState(state(2016, true));
    const old = await withBlob(good, (j) => delete j.year);
    expect((await decodeViewState(old, withYears)).year).toEqual({ year: null, latest: false });
  });

  it('refuses a year outside the indicator\'s series, or any year for an indicator without one', async () => {
    const e1 = await decodeViewState(await encodeViewState(state(2013, false)), withYears).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ViewStateError);
    expect((e1 as ViewStateError).code).toBe('out-of-range');
    expect((e1 as ViewStateError).params.field).toBe('year.year');
    const plain = catalog.find((e) => !e.years)!;
    const e2 = await decodeViewState(await encodeViewState({ ...state(2016, false), indicator: plain.id }), withYears).catch((e: unknown) => e);
    expect((e2 as ViewStateError).code).toBe('out-of-range');
    const good = await encodeViewState(state(2016, false));
    expect((await refusal(await withBlob(good, (j) => ((j.year as Record<string, unknown>).latest = 'yes')))).code).toBe('damaged');
    expect((await refusal(await withBlob(good, (j) => ((j.year as Record<string, unknown>).year = 2016.5)))).code).toBe('out-of-range');
    expect((await refusal(await withBlob(good, (j) => ((j.year as Record<string, unknown>).extra = 1)))).code).toBe('damaged');
  });
});

describe('money by year in the link', () => {
  it('round-trips the year rule and the split year; NaN split year as the default', async () => {
    const v = { ...fullState(), investments: { ...fullState().investments, yearRule: 'end' as const, splitYear: NaN } };
    const back = await decodeViewState(await encodeViewState(v), ctx);
    expect(back.investments.yearRule).toBe('end');
    expect(Number.isNaN(back.investments.splitYear)).toBe(true);
    expect((await decodeViewState(await encodeViewState(fullState()), ctx)).investments.splitYear).toBe(2009);
  });

  it('reads a link made before money by year as the default rule (spread) and split year', async () => {
    const old = await withBlob(await encodeViewState(fullState()), (j) => {
      const inv = j.investments as Record<string, unknown>;
      delete inv.yearRule;
      delete inv.splitYear;
    });
    const back = await decodeViewState(old, ctx);
    expect(back.investments.yearRule).toBe('spread');
    expect(Number.isNaN(back.investments.splitYear)).toBe(true);
  });

  it('refuses an unknown rule or a split year that is not a year', async () => {
    const good = await encodeViewState(fullState());
    expect((await refusal(await withBlob(good, (j) => ((j.investments as Record<string, unknown>).yearRule = 'middle')))).code).toBe('out-of-range');
    expect((await refusal(await withBlob(good, (j) => ((j.investments as Record<string, unknown>).splitYear = 20.5)))).code).toBe('out-of-range');
  });
});

describe('the map labels in the link', () => {
  it('keeps labels turned off; a link with them on (or made before them) carries nothing and reads as on', async () => {
    const off = await decodeViewState(await encodeViewState({ ...fullState(), labels: false }), ctx);
    expect(off.labels).toBe(false);
    const on = await encodeViewState({ ...fullState(), labels: true });
    expect(on).toBe(await encodeViewState(fullState()));
    expect((await decodeViewState(on, ctx)).labels ?? true).toBe(true);
    expect(viewStateJson({ ...fullState(), labels: true })).not.toHaveProperty('labels');
  });

  it('refuses labels that are not true or false', async () => {
    const good = await encodeViewState(fullState());
    expect((await refusal(await withBlob(good, (j) => (j.labels = 'no')))).code).toBe('damaged');
  });
});

describe('the map scale in the link', () => {
  it('keeps the severity (or rank) scale; a link with the values (or made before the choice) carries nothing and reads as values', async () => {
    for (const scale of ['severity', 'rank'] as const) expect((await decodeViewState(await encodeViewState({ ...fullState(), mapScale: scale }), ctx)).mapScale).toBe(scale);
    const values = await encodeViewState({ ...fullState(), mapScale: 'values' });
    expect(values).toBe(await encodeViewState(fullState()));
    expect((await decodeViewState(values, ctx)).mapScale ?? 'values').toBe('values');
    expect(viewStateJson({ ...fullState(), mapScale: 'values' })).not.toHaveProperty('mapScale');
  });

  it('refuses a scale it does not know', async () => {
    const good = await encodeViewState(fullState());
    expect((await refusal(await withBlob(good, (j) => (j.mapScale = 'jenks')))).code).toBe('out-of-range');
  });
});

describe('the change map and the hotspot period in the link', () => {
  const yearly = catalog.find((e) => e.id === 'sv_emigrants_departed_per_1000')!;
  const withYears: ViewContext = { ...ctx, indicatorYears: new Map(catalog.flatMap((e) => (e.years ? [[e.id, e.years] as const] : []))) };
  const state = (): ViewState => ({
    ...fullState(),
    view: 'indicator',
    indicator: yearly.id,
    change: { active: true, first: 2014, second: 2023, mode: 'percent', k: 3 },
    hotspots: { ...DEFAULT_HOTSPOT_SETTINGS, variable: yearly.id, time: { first: 2015, second: 2022 } },
  });

  it('round-trips the two years, the mode, the classes and a hotspot change or year', async () => {
    const v = state();
    expect(await decodeViewState(await encodeViewState(v), withYears)).toEqual(v);
    const y = { ...v, hotspots: { ...v.hotspots, time: { year: 2019 } } };
    expect(await decodeViewState(await encodeViewState(y), withYears)).toEqual(y);
  });

  it('reads a link made before change maps as the change map off and the catalog value for hotspots', async () => {
    const good = await encodeViewState(state());
    const old = await withBlob(good, (j) => {
      delete j.change;
      delete (j.hotspots as Record<string, unknown>).time;
    });
    const back = await decodeViewState(old, withYears);
    expect(back.change).toEqual({ active: false, first: null, second: null, mode: 'absolute', k: 5 });
    expect(back.hotspots.time).toBeNull();
  });

  it('refuses years outside the series, a wrong mode or class count, and unknown fields', async () => {
    const good = await encodeViewState(state());
    const refused = async (edit: (j: Record<string, unknown>) => void) => {
      try {
        await decodeViewState(await withBlob(good, edit), withYears);
      } catch (err) {
        return err as ViewStateError;
      }
      throw new Error('the link was accepted');
    };
    const ch = (j: Record<string, unknown>) => j.change as Record<string, unknown>;
    const time = (j: Record<string, unknown>) => (j.hotspots as Record<string, unknown>).time as Record<string, unknown>;
    expect((await refused((j) => (ch(j).first = 2010))).params.field).toBe('change.first');
    expect((await refused((j) => (ch(j).mode = 'ratio'))).code).toBe('out-of-range');
    expect((await refused((j) => (ch(j).k = 4))).code).toBe('out-of-range');
    expect((await refused((j) => (ch(j).extra = 1))).code).toBe('damaged');
    expect((await refused((j) => (time(j).second = 2030))).params.field).toBe('hotspots.time.second');
    expect((await refused((j) => (time(j).extra = 1))).code).toBe('damaged');
  });
});

describe('the Investments view\'s list filter in the link', () => {
  const list = { name: 'Corredor seco – Oriente ñandú', units: ['GT0101', 'HN1301', 'SV01001'], origin: 'Multi-select on the ranking table and the map' };
  const withList = (l: unknown): ViewState => ({ ...fullState(), investments: { ...fullState().investments, list: l as ViewState['investments']['list'] } });

  it('round-trips the list (name, units, origin); without one the link is as before and reads as none', async () => {
    const back = await decodeViewState(await encodeViewState(withList(list)), ctx);
    expect(back.investments.list).toEqual(list);
    expect(viewStateJson(fullState()).investments).not.toHaveProperty('list');
    expect((await decodeViewState(await encodeViewState(fullState()), ctx)).investments.list).toBeUndefined();
    // A project file's view (JSON) reads it back too.
    expect(parseViewState(JSON.parse(JSON.stringify(viewStateJson(withList(list)))), null).investments.list).toEqual(list);
  });

  it('refuses a list without a name or units, with ids that are not text, or with unknown fields', async () => {
    const good = await encodeViewState(withList(list));
    const edit = (f: (l: Record<string, unknown>) => void) => withBlob(good, (j) => f((j.investments as Record<string, Record<string, unknown>>).list));
    expect((await refusal(await edit((l) => (l.name = '  ')))).code).toBe('damaged');
    expect((await refusal(await edit((l) => (l.units = [])))).code).toBe('damaged');
    expect((await refusal(await edit((l) => (l.units = ['GT0101', 7])))).code).toBe('damaged');
    expect((await refusal(await edit((l) => (l.mask = [1])))).code).toBe('damaged');
    expect((await refusal(await edit((l) => (l.name = 'x'.repeat(81))))).code).toBe('out-of-range');
  });
});
