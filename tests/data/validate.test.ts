/**
 * One validator: the index spec, a link's view, a project file and a stored workspace reject the
 * same kinds of bad input (wrong type, a value outside its owner's list, a missing field, an
 * unknown extra) with the same issue kind and the same message shape, worded by one message file
 * in English and Spanish. A view accepts every member of each owner's list (a new classification
 * method added to analysis/class-methods.ts is accepted in links without touching view-state).
 */
import { describe, expect, it } from 'vitest';
import { CLASS_METHODS } from '../../src/lib/analysis/class-methods.ts';
import { SPREADS } from '../../src/lib/analysis/coverage-types.ts';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { IndexSpecError, parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { parseWorkspace, WorkspaceError } from '../../src/lib/data/parse-workspace.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { issueText, type Issue } from '../../src/lib/data/validate.ts';
import { parseProjectFile, projectFile } from '../../src/lib/export/project-file.ts';
import { ProjectFileError } from '../../src/lib/export/project-file-error.ts';
import { validationEn } from '../../src/lib/i18n/validation-en.ts';
import { validationEs } from '../../src/lib/i18n/validation-es.ts';
import { LANGS } from '../../src/lib/i18n/messages.ts';
import { APP_VIEWS } from '../../src/lib/state/app-view.ts';
import { DEFAULT_HOTSPOT_SETTINGS } from '../../src/lib/state/hotspot-settings.ts';
import { HOTSPOT_MAP_MODES } from '../../src/lib/state/hotspots.svelte.ts';
import { COVERAGE_MEASURES, INVESTMENT_MAP_MODES, NEED_SOURCES } from '../../src/lib/state/investments.svelte.ts';
import { parseViewState, viewStateJson, type ViewState } from '../../src/lib/state/view-state.ts';
import { ViewStateError } from '../../src/lib/state/view-state-error.ts';
import { workspaceWithOneImport } from '../state/workspace-fixture.ts';
import { readText } from './public-data.ts';
import { specFixture } from './index-spec-fixtures.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];

function view(): ViewState {
  return {
    lang: 'es',
    view: 'index',
    indicator: catalog[0].id,
    year: { year: null, latest: false },
    change: { active: false, first: null, second: null, mode: 'absolute', k: 5 },
    spec: defaultIndexSpec(catalog),
    classification: { method: 'equal', k: 4 },
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
    ranking: { country: 'GT', department: '', query: '', sort: null },
    selected: null,
    map: null,
  };
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Kind = 'type' | 'one-of' | 'required' | 'unknown';

/** The message shape of each kind, in English. */
const SHAPE: Record<Kind, RegExp> = {
  type: / must be (a|an) (string|number|object|array)$| must be true or false$/,
  'one-of': / must be one of [^ ]/,
  required: / is required$/,
  unknown: / is not a known field$/,
};

const json = <T>(x: T): Json => JSON.parse(JSON.stringify(x)) as Json;

/** Each validator: how to break it for each kind (the path the issue must name), and its issues. */
const VALIDATORS: {
  name: string;
  good: () => Json;
  breaks: Record<Kind, [(j: Json) => void, string]>;
  issues: (j: Json) => Issue[];
}[] = [
  {
    name: 'index spec',
    good: () => specFixture('minimal.json'),
    breaks: {
      type: [(j) => (j.treatment = 'coinr'), 'treatment'],
      'one-of': [(j) => (j.aggregation = 'median'), 'aggregation'],
      required: [(j) => delete j.data, 'data'],
      unknown: [(j) => (j.weights = {}), 'weights'],
    },
    issues: (j) => {
      try {
        parseIndexSpec(j);
      } catch (e) {
        if (e instanceof IndexSpecError) return e.details;
        throw e;
      }
      return [];
    },
  },
  {
    name: 'view (link or project file)',
    good: () => json(viewStateJson(view())),
    breaks: {
      type: [(j) => (j.classification = 'jenks'), 'classification'],
      'one-of': [(j) => (j.classification.method = 'magic'), 'classification.method'],
      required: [(j) => delete j.hotspots, 'hotspots'],
      unknown: [(j) => (j.investments.colour = 'red'), 'investments.colour'],
    },
    issues: (j) => {
      try {
        parseViewState(j, null);
      } catch (e) {
        if (e instanceof ViewStateError) return e.issue ? [e.issue] : [];
        throw e;
      }
      return [];
    },
  },
  {
    name: 'stored workspace',
    good: () => json(workspaceWithOneImport()),
    breaks: {
      type: [(j) => (j.imports = {}), 'workspace.imports'],
      'one-of': [(j) => (j.imports[0].mapping.kind = 'magic'), 'workspace.imports[0].mapping.kind'],
      required: [(j) => delete j.spec, 'workspace.spec'],
      unknown: [(j) => (j.colour = 'red'), 'workspace.colour'],
    },
    issues: (j) => {
      try {
        parseWorkspace(j);
      } catch (e) {
        if (e instanceof WorkspaceError) return e.details;
        throw e;
      }
      return [];
    },
  },
];

describe('one validator for specs, links, project files and stored workspaces', () => {
  for (const v of VALIDATORS) {
    it(`${v.name}: accepts the good value`, () => {
      expect(v.issues(v.good())).toEqual([]);
    });
    for (const kind of Object.keys(SHAPE) as Kind[]) {
      it(`${v.name}: ${kind} gives one "${kind}" issue naming the field, in the common shape`, () => {
        const [edit, path] = v.breaks[kind];
        const j = v.good();
        edit(j);
        const issues = v.issues(j);
        const issue = issues.find((i) => i.path === path);
        expect(issue, JSON.stringify(issues)).toBeDefined();
        expect(issue!.kind).toBe(kind);
        const text = issueText(issue!);
        expect(text.startsWith(`${path} `)).toBe(true);
        expect(text).toMatch(SHAPE[kind]);
        // The same issue has its Spanish words, naming the same field.
        const es = issueText(issue!, validationEs);
        expect(es.startsWith(`${path} `)).toBe(true);
        expect(es).not.toBe(text);
      });
    }
  }

  it('a project file words a damaged workspace with the same messages as a stored one', () => {
    const good = JSON.parse(projectFile(workspaceWithOneImport(), view(), '0.1.0', null)) as Json;
    for (const kind of Object.keys(SHAPE) as Kind[]) {
      const [edit] = VALIDATORS[2].breaks[kind];
      const j = json(good);
      edit(j.workspace);
      const stored = VALIDATORS[2].issues(json(j.workspace)).map((i) => issueText(i));
      const err = (() => {
        try {
          parseProjectFile(JSON.stringify(j));
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(err, kind).toBeInstanceOf(ProjectFileError);
      expect((err as ProjectFileError).params.detail).toBe(stored.join('; '));
    }
  });

  it('a link refuses an enumeration value as "out-of-range" with the owner’s list, and an unknown field as "damaged"', () => {
    const bad = v(view(), (j) => (j.classification.method = 'magic'));
    const err = refusal(bad);
    expect(err.code).toBe('out-of-range');
    expect(err.params).toEqual({ field: 'classification.method', value: 'magic' });
    expect(err.message).toBe(`classification.method must be one of ${CLASS_METHODS.join(', ')}`);
    const extra = refusal(v(view(), (j) => (j.colour = 'red')));
    expect(extra.code).toBe('damaged');
    expect(extra.params.field).toBe('colour');
  });

  it('a link accepts every member of each owner’s list (a classification method added to analysis is accepted here)', () => {
    const lists: [string[], readonly string[]][] = [
      [['classification', 'method'], CLASS_METHODS],
      [['view'], APP_VIEWS],
      [['lang'], LANGS],
      [['hotspotMap'], HOTSPOT_MAP_MODES],
      [['investments', 'measure'], COVERAGE_MEASURES],
      [['investments', 'mapMode'], INVESTMENT_MAP_MODES],
      [['investments', 'needSource'], NEED_SOURCES],
      [['investments', 'spread'], SPREADS],
    ];
    for (const [path, members] of lists) {
      for (const member of members) {
        const j = v(view(), (x) => {
          const parent = path.slice(0, -1).reduce((o, k) => o[k] as Json, x);
          parent[path[path.length - 1]] = member;
        });
        const back = parseViewState(j, null) as unknown as Json;
        expect(path.reduce((o, k) => o[k] as Json, back), `${path.join('.')} = ${member}`).toBe(member);
      }
    }
  });

  it('words every kind of issue in both languages', () => {
    const issues: Issue[] = [
      { kind: 'required', path: 'a' },
      { kind: 'type', path: 'a', expected: 'object' },
      { kind: 'empty', path: 'a' },
      { kind: 'one-of', path: 'a', allowed: ['x', 'y'], value: 'z' },
      { kind: 'number', path: 'a', rule: { integer: true, min: 0, max: 9 }, value: '12' },
      { kind: 'too-long', path: 'a', max: 200, value: 'x' },
      { kind: 'unknown', path: 'a' },
    ];
    for (const i of issues) {
      expect(issueText(i, validationEn)).toMatch(/^a \S/);
      expect(issueText(i, validationEs)).toMatch(/^a \S/);
      expect(issueText(i, validationEs)).not.toBe(issueText(i, validationEn));
    }
  });
});

/** The view's JSON with one edit. */
function v(state: ViewState, edit: (j: Json) => void): Json {
  const j = json(viewStateJson(state));
  edit(j);
  return j;
}

function refusal(j: Json): ViewStateError {
  try {
    parseViewState(j, null);
  } catch (e) {
    if (e instanceof ViewStateError) return e;
    throw e;
  }
  throw new Error('accepted');
}
