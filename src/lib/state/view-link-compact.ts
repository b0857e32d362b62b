/**
 * The link's settings, shortened before they are compressed: every setting still at its default is
 * left out of its section (the sections themselves stay, so that a link cut or tampered with is
 * still told apart), and the index spec, when the app's default spec is known on both sides,
 * travels as its differences from that default (`sd`), keyed by indicator and group id, with a
 * fingerprint of the default it was made against. A link whose fingerprint differs (the default
 * spec of another version of focal or of other data) is refused rather than restored as another
 * index.
 *
 * The defaults below are the link format's own, fixed: a setting left out of a link made today
 * means this value whatever the app's defaults become. Links made before this compaction carry
 * every setting and the whole spec, and read as before.
 */
import type { IndexSpec } from '../data/index-spec.ts';
import { ViewStateError } from './view-state-error.ts';
import { isObj, type Obj } from '../data/validate.ts';

/** What a setting left out of a section of the link means. */
const SECTION_DEFAULTS: Readonly<Record<string, Readonly<Obj>>> = {
  year: { year: null, latest: false },
  classification: { method: 'quantile', k: 5 },
  hotspots: {
    variable: 'group:migration',
    statistic: 'moran',
    contiguity: 'queen',
    snapMeters: 500,
    permutations: 999,
    alpha: 0.05,
    correction: 'fdr',
    seed: 20240917,
  },
  investments: {
    measure: 'amount',
    mapMode: 'bivariate',
    needSource: 'index',
    spread: 'none',
    showPoints: false,
    maxActivities: 0,
    yearRule: 'spread',
    splitYear: null,
  },
  filter: { donor: '', sector: '', pillar: '', loe: 0, yearFrom: null, yearTo: null },
  ranking: { country: '', department: '', query: '', sort: null },
};

/** JSON with object keys sorted: equal values give equal text whatever their key order. */
export function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonicalJson).join(',')}]`;
  if (isObj(x)) {
    return `{${Object.keys(x)
      .filter((k) => x[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(x[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(x);
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** A short fingerprint of `spec` (32-bit FNV-1a of its canonical JSON, base 36). */
export function specFingerprint(spec: IndexSpec): string {
  let h = 0x811c9dc5;
  for (const ch of canonicalJson(spec)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** `section` without the fields at their default. */
function withoutDefaults(section: Obj, defaults: Readonly<Obj>): Obj {
  return Object.fromEntries(Object.entries(section).filter(([k, v]) => !(k in defaults) || !same(v, defaults[k])));
}

/** `section` with the fields left out at their default (a field present is kept as it is, to be checked). */
function withDefaults(section: unknown, defaults: Readonly<Obj>): unknown {
  return isObj(section) ? { ...structuredClone(defaults), ...section } : section;
}

type Item = Obj & { id: string };

/** Differences of a list of items with ids (indicators, groups) from the default's: changed fields, added items, removed ids, order. */
function listDelta(items: readonly Item[], base: readonly Item[]): Obj {
  const byId = new Map(base.map((b) => [b.id, b]));
  const changed: Obj = {};
  for (const it of items) {
    const b = byId.get(it.id);
    if (!b) changed[it.id] = it;
    else if (!same(it, b)) {
      const d: Obj = Object.fromEntries(Object.entries(it).filter(([k, v]) => k !== 'id' && !same(v, b[k])));
      const gone = Object.keys(b).filter((k) => !(k in it));
      if (gone.length) d['-'] = gone;
      changed[it.id] = d;
    }
  }
  const ids = new Set(items.map((i) => i.id));
  const removed = base.filter((b) => !ids.has(b.id)).map((b) => b.id);
  const out: Obj = {};
  if (Object.keys(changed).length) out.c = changed;
  if (removed.length) out.x = removed;
  const order = items.map((i) => i.id);
  if (!same(applyList(out, base).map((i) => i.id), order)) out.o = order;
  return out;
}

/** The list `delta` describes, from the default's. */
function applyList(delta: Obj, base: readonly Item[]): Item[] {
  const changed = isObj(delta.c) ? delta.c : {};
  const removed = new Set(Array.isArray(delta.x) ? delta.x : []);
  const out: Item[] = [];
  for (const b of base) {
    if (removed.has(b.id)) continue;
    const d = changed[b.id];
    if (!isObj(d)) {
      out.push(structuredClone(b));
      continue;
    }
    const next: Item = { ...structuredClone(b), ...d, id: b.id };
    for (const k of Array.isArray(d['-']) ? d['-'] : []) delete next[String(k)];
    delete next['-'];
    out.push(next);
  }
  const known = new Set(base.map((b) => b.id));
  for (const [id, d] of Object.entries(changed)) if (!known.has(id) && isObj(d)) out.push({ ...d, id } as Item);
  if (Array.isArray(delta.o)) {
    const at = new Map(delta.o.map((id, i) => [id, i]));
    out.sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity));
  }
  return out;
}

/** The spec's differences from `base` (see the module comment). */
export function specDelta(spec: IndexSpec, base: IndexSpec): Obj {
  const s = spec as unknown as Obj;
  const b = base as unknown as Obj;
  const top: Obj = {};
  for (const k of Object.keys(s)) if (k !== 'indicators' && k !== 'groups' && !same(s[k], b[k])) top[k] = s[k];
  const gone = Object.keys(b).filter((k) => !(k in s));
  const d: Obj = { h: specFingerprint(base) };
  if (Object.keys(top).length) d.t = top;
  if (gone.length) d.x = gone;
  const i = listDelta(spec.indicators as unknown as Item[], base.indicators as unknown as Item[]);
  const g = listDelta(spec.groups as unknown as Item[], base.groups as unknown as Item[]);
  if (Object.keys(i).length) d.i = i;
  if (Object.keys(g).length) d.g = g;
  return d;
}

/**
 * The spec a delta stands for (unchecked: `parseIndexSpec` checks it).
 * @throws {ViewStateError} code `spec` when the delta was made against another default.
 */
export function specFromDelta(delta: unknown, base: IndexSpec | null): unknown {
  if (!isObj(delta)) throw new ViewStateError('damaged', 'the link is damaged: sd is not an object', { field: 'sd' });
  if (!base || delta.h !== specFingerprint(base)) {
    const issues = 'the link gives the index as changes to a default index other than this focal’s (another version of focal, or other data)';
    throw new ViewStateError('spec', `the index in the link is not valid: ${issues}`, { issues });
  }
  const out: Obj = { ...structuredClone(base as unknown as Obj), ...(isObj(delta.t) ? delta.t : {}) };
  for (const k of Array.isArray(delta.x) ? delta.x : []) delete out[String(k)];
  out.indicators = applyList(isObj(delta.i) ? delta.i : {}, base.indicators as unknown as Item[]);
  out.groups = applyList(isObj(delta.g) ? delta.g : {}, base.groups as unknown as Item[]);
  return out;
}

/**
 * The link's settings (the JSON of `viewStateJson` without the readable fields) without the
 * defaults; the spec as its differences from `base` when given (and when they give it back exactly).
 */
export function compactViewJson(rest: Obj, base: IndexSpec | null): Obj {
  const out: Obj = { ...rest };
  for (const key of ['year', 'classification', 'hotspots', 'ranking'] as const) {
    if (isObj(rest[key])) out[key] = withoutDefaults(rest[key], SECTION_DEFAULTS[key]);
  }
  const inv = rest.investments;
  if (isObj(inv)) {
    const filter = isObj(inv.filter) ? withoutDefaults(inv.filter, SECTION_DEFAULTS.filter) : inv.filter;
    out.investments = { ...withoutDefaults(inv, SECTION_DEFAULTS.investments), filter };
  }
  if (base && isObj(rest.spec)) {
    const delta = specDelta(rest.spec as unknown as IndexSpec, base);
    if (same(specFromDelta(delta, base), rest.spec)) {
      delete out.spec;
      out.sd = delta;
    }
  }
  // Each saved scenario's spec as its differences from the default too (`sd` instead of `spec`).
  const sc = rest.scenarios;
  if (base && isObj(sc) && Array.isArray(sc.saved)) {
    out.scenarios = {
      ...sc,
      saved: sc.saved.map((x: unknown) => {
        if (!isObj(x) || !isObj(x.spec)) return x;
        const delta = specDelta(x.spec as unknown as IndexSpec, base);
        return same(specFromDelta(delta, base), x.spec) ? { name: x.name, sd: delta } : x;
      }),
    };
  }
  return out;
}

/**
 * The settings with every default put back and the spec rebuilt from its differences; a link made
 * before the compaction (every setting, the whole spec) comes back as it is.
 * @throws {ViewStateError} for a spec delta made against another default.
 */
export function expandViewJson(json: Obj, base: IndexSpec | null): Obj {
  const out: Obj = { ...json };
  for (const key of ['year', 'classification', 'hotspots', 'ranking'] as const) {
    if (key in json) out[key] = withDefaults(json[key], SECTION_DEFAULTS[key]);
  }
  const inv = json.investments;
  if (isObj(inv)) out.investments = { ...(withDefaults(inv, SECTION_DEFAULTS.investments) as Obj), filter: withDefaults(inv.filter, SECTION_DEFAULTS.filter) };
  if ('sd' in json) {
    if ('spec' in json) throw new ViewStateError('damaged', 'the link is damaged: both spec and sd', { field: 'sd' });
    delete out.sd;
    out.spec = specFromDelta(json.sd, base);
  }
  const sc = json.scenarios;
  if (isObj(sc) && Array.isArray(sc.saved)) {
    out.scenarios = {
      ...sc,
      saved: sc.saved.map((x: unknown) => {
        if (!isObj(x) || !('sd' in x)) return x;
        if ('spec' in x) throw new ViewStateError('damaged', 'the link is damaged: a scenario has both spec and sd', { field: 'scenarios.saved' });
        return { name: x.name, spec: specFromDelta(x.sd, base) };
      }),
    };
  }
  return out;
}
