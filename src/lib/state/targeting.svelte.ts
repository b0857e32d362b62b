import { validCuts, type SeverityResult, type SeverityRule } from '../analysis/severity-classes.ts';
import { unitSeverity, withoutSeverityDefaults } from '../data/unit-severity.ts';
import type { IndexInput, NormMethod, PillarRule, SensitivityResult, TreatmentMethod, Aggregation } from '../analysis/composite-types.ts';
import { defaultIndexSpec } from '../data/default-index-spec.ts';
import type { IndexSpec } from '../data/index-spec.ts';
import { INDEX_PRESETS, withGroupWeights, type IndexPresetId } from '../data/index-presets.ts';
import { parseIndexSpec } from '../data/parse-index-spec.ts';
import type { RankResult, RankTables } from '../data/rank-types.ts';
import type { CatalogEntry } from '../data/schema.ts';
import type { YearColumns } from '../data/year-columns.ts';
import { panelYearsOf, withoutYear } from './index-year.ts';
import { CachedRanking } from './cached-ranking.ts';
import { rankUnits } from '../data/rank-units.ts';
import { withRootWeight } from './root-weights.ts';
import { specWithCatalog } from '../data/spec-with-catalog.ts';
import { scoreBasis, type ScoreBasis } from './score-basis.ts';
import { pillarWord, scoreBasisLabel } from './score-basis-text.ts';
import type { Lang, Messages } from '../i18n/messages.ts';
import { pick } from '../i18n/pick.ts';
import { rootWeights } from './root-weights.ts';

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Name given to a spec once the planner has changed it in the builder. */
export const EDITED_NAME = 'Edited in focal';

/**
 * The targeting index the builder edits: the spec, its engine input and its ranking, recomputed at
 * once on every change (the prepared indicators kept while only weights change). A change that
 * cannot be computed, or a spec file that cannot be used, leaves the current index as it was and
 * says why in `error`.
 */
export class Targeting {
  /** The spec being edited (the default index until the tables arrive or a file is imported). */
  spec = $state.raw<IndexSpec>(defaultIndexSpec([]));
  /** The engine input of `spec` on the tables; null before the tables arrive. */
  input = $state.raw<IndexInput | null>(null);
  /** The ranking of `spec`; null before the tables arrive. */
  result = $state.raw<RankResult | null>(null);
  /** The last sensitivity run for `spec` (set by the sensitivity panel; cleared on every change). */
  sensitivity = $state.raw<SensitivityResult | null>(null);
  /** Why the last change or import was refused ('' when it was not). */
  error = $state('');
  /** Where `error` comes from: a spec file or an edit in the builder. */
  errorSource = $state<'import' | 'edit'>('edit');
  /** Root children whose weight stays put while the others move. */
  locked = $state.raw<readonly string[]>([]);
  /** Milliseconds the last recomputation took (index, ranks and priority order). */
  lastMs = $state(0);

  /** The catalog of the indicators the tables hold (the default one and the planner's imports): their levels per country. */
  #catalog = $state.raw<readonly CatalogEntry[]>([]);
  /**
   * What the scores rest on: per unit, the weight measured per municipio, per department and
   * missing; per country, the pillars its scores use and lack, and how many of its units are
   * scored. Null before the tables arrive.
   */
  readonly basis = $derived.by((): ScoreBasis | null =>
    this.input && this.result
      ? scoreBasis(this.input, this.result, this.#catalog, this.spec.pillarRule ?? 'available', this.spec.minWeightShare)
      : null,
  );

  /**
   * The severity classes 1–5 of the ranking by the spec's rule (data/unit-severity.ts), aligned to
   * the units (the map's order): the profile, the brief and the map's tooltip read them. Null
   * before the tables arrive.
   */
  readonly severity = $derived.by((): SeverityResult | null => (this.result ? unitSeverity(this.result, this.spec) : null));

  /**
   * The caption of every place the index score appears (the map's legend, the ranking, the
   * profile): "Re-scaled within country: GT migration + I–V; HN migration + IV; …", or the strict
   * form; '' before the tables arrive.
   */
  basisCaption(t: Messages, lang: Lang): string {
    const basis = this.basis;
    if (!basis) return '';
    const groups = rootWeights(this.spec);
    const word = pillarWord(t.scoreBasis, (id) => pick(groups.find((g) => g.id === id)?.label ?? { en: id, es: id }, lang));
    const label = scoreBasisLabel(basis, t.scoreBasis, word);
    // The index of a year says so wherever its score appears.
    const time = this.result?.time;
    return time ? `${t.rankingTable.yearCaption(String(time.year), time.years.join(', '))}. ${label}` : label;
  }

  #tables: RankTables | null = null;
  /** The yearly values (read after the first map); null until then. */
  #years = $state.raw<YearColumns | null>(null);
  /** A spec's year kept while the yearly values are not read yet (a restored or imported spec). */
  #pendingYear: Pick<IndexSpec, 'year' | 'compareYear'> | null = null;
  #default: IndexSpec = defaultIndexSpec([]);
  #ranking = new CachedRanking();

  /**
   * The tables to compute on and the catalog of the default index; computes the current index
   * (the default one the first time). `extra`: the planner's imported indicators — offered in the
   * builder switched off (importing never changes the index by itself); indicators the tables no
   * longer hold (an import removed) leave the spec.
   */
  setTables(tables: RankTables, catalog: readonly CatalogEntry[], extra: readonly CatalogEntry[] = []): void {
    this.#tables = tables;
    this.#catalog = [...catalog, ...extra];
    this.#default = defaultIndexSpec(catalog);
    const spec = specWithCatalog(this.result ? this.spec : this.#default, extra, tables.columns);
    if (!this.#apply(spec, 'edit')) this.#apply(specWithCatalog(this.#default, extra, tables.columns), 'edit');
  }

  /** A spec kept in the workspace, restored at start (refused like an imported file if it no longer fits). */
  restoreSpec(spec: IndexSpec): boolean {
    return this.#tables ? this.#apply(specWithCatalog(spec, [], this.#tables.columns), 'import') : this.#apply(spec, 'import');
  }

  /**
   * The years the index can be computed for: every year of the enabled indicators that have values
   * by year, ascending; empty before the yearly values are read or when no such indicator is on.
   */
  get yearChoices(): number[] {
    return panelYearsOf(this.spec, this.#years);
  }

  /**
   * The yearly values, once read (again after a data swap). A spec's year kept waiting for them is
   * applied now; an index of a year is recomputed on them.
   */
  setYears(years: YearColumns | null): void {
    this.#years = years;
    const pending = this.#pendingYear;
    this.#pendingYear = null;
    if (pending && years) this.#apply({ ...this.spec, ...pending }, 'import');
    else if (this.spec.year !== undefined && this.#tables) this.#apply(this.spec, 'edit');
  }

  /**
   * The year of the index (null: every indicator's reference value). The year clears the compared
   * year when they coincide. Not an edit of the index itself: the spec keeps its name.
   */
  setYear(year: number | null): void {
    if (year === null) {
      this.#apply(withoutYear(this.spec), 'edit');
      return;
    }
    const compareYear = this.spec.compareYear === year ? undefined : this.spec.compareYear;
    this.#apply({ ...withoutYear(this.spec), year, ...(compareYear === undefined ? {} : { compareYear }) }, 'edit');
  }

  /** The earlier year the ranking's rank change is counted from (null: none); needs a year. */
  setCompareYear(year: number | null): void {
    if (this.spec.year === undefined || year === this.spec.year) return;
    const next = { ...this.spec };
    delete next.compareYear;
    this.#apply(year === null ? next : { ...next, compareYear: year }, 'edit');
  }

  get ready(): boolean {
    return this.result !== null;
  }

  /**
   * Ranks another spec (a saved scenario) on the same tables, leaving the current index as it is;
   * null before the tables arrive. A spec's year waits for the yearly values like the current one's.
   * @throws as `rankUnits` (missing columns, malformed tree).
   */
  rankOther(spec: IndexSpec): RankResult | null {
    if (!this.#tables) return null;
    const s = spec.year !== undefined && !this.#years ? withoutYear(spec) : spec;
    return rankUnits(s.year === undefined || !this.#years ? this.#tables : { ...this.#tables, years: this.#years }, s);
  }

  /** Moves root child `id` to `share` (0–1); the unlocked others share the difference. */
  setWeight(id: string, share: number): void {
    this.#edit(withRootWeight(this.spec, this.locked, id, share));
  }

  toggleLock(id: string): void {
    this.locked = this.locked.includes(id) ? this.locked.filter((x) => x !== id) : [...this.locked, id];
  }

  /** Weights of a preset (locks released); root children the preset does not know keep theirs. */
  applyPreset(id: IndexPresetId): void {
    this.locked = [];
    const next = withGroupWeights(this.spec, INDEX_PRESETS[id]());
    this.#apply({ ...next, name: id === 'default' && this.#sameAsDefault(next) ? this.#default.name : `Preset: ${id}` }, 'edit');
  }

  /** The default weights back, locks released. */
  resetWeights(): void {
    this.applyPreset('default');
  }

  setIndicatorEnabled(id: string, enabled: boolean): void {
    this.#edit({ ...this.spec, indicators: this.spec.indicators.map((i) => (i.id === id ? { ...i, enabled } : i)) });
  }

  /** An indicator's own skew treatment (method only; thresholds stay the spec-wide ones), or null for the index's. */
  setIndicatorTreatment(id: string, method: TreatmentMethod | null): void {
    const indicators = this.spec.indicators.map((i) => {
      if (i.id !== id) return i;
      const rest = { ...i };
      delete rest.treatment;
      return method === null ? rest : { ...rest, treatment: { method } };
    });
    this.#edit({ ...this.spec, indicators });
  }

  setTreatment(method: TreatmentMethod): void {
    this.#edit({ ...this.spec, treatment: { ...this.spec.treatment, method } });
  }

  setNormalisation(method: NormMethod): void {
    this.#edit({ ...this.spec, normalisation: { ...this.spec.normalisation, method } });
  }

  setScope(scope: 'country' | 'region'): void {
    this.#edit({ ...this.spec, normalisation: { ...this.spec.normalisation, scope } });
  }

  setAggregation(aggregation: Aggregation): void {
    this.#edit({ ...this.spec, aggregation });
  }

  /** Share (0–1) of the total weight a score must rest on. */
  setMinWeightShare(share: number): void {
    if (!Number.isFinite(share)) return;
    this.#edit({ ...this.spec, minWeightShare: Math.min(1, Math.max(0, share)) });
  }

  /**
   * A pillar a country has no indicator for: left out of its weights (`available`, "use what each
   * country has") or counted as missing (`strict`).
   */
  setPillarRule(pillarRule: PillarRule): void {
    this.#edit({ ...this.spec, pillarRule });
  }

  /** Top N over the whole region, or in each country. */
  setTopNScope(topNScope: 'region' | 'country'): void {
    this.#edit({ ...this.spec, topNScope });
  }

  /** The rule of the severity classes 1–5: fixed cut-offs or natural breaks within each country. */
  setSeverity(rule: SeverityRule): void {
    this.#edit({ ...this.spec, severity: rule });
  }

  /**
   * The fixed cut-offs of the severity classes in percent of the score's range; null: back to
   * 20, 40, 60, 80. Cut-offs that are not four ascending numbers between 0 and 100 are refused (false).
   */
  setSeverityCuts(cuts: readonly number[] | null): boolean {
    if (cuts === null) {
      const rest = { ...this.spec };
      delete rest.severityCuts;
      this.#edit(rest);
      return true;
    }
    if (!validCuts(cuts)) return false;
    this.#edit({ ...this.spec, severityCuts: [cuts[0], cuts[1], cuts[2], cuts[3]] });
    return true;
  }

  setTopN(n: number): void {
    if (!Number.isFinite(n)) return;
    this.#edit({ ...this.spec, topN: Math.max(1, Math.round(n)) });
  }

  /**
   * Reads a spec file's text (JSON, as exported with its provenance block). A file that is not
   * JSON, fails validation or names columns the data lack is refused: `error` says why and the
   * current index stays. Returns whether the spec was taken.
   */
  importSpec(text: string): boolean {
    let spec: IndexSpec;
    try {
      spec = parseIndexSpec(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
    } catch (err) {
      this.error = err instanceof SyntaxError ? `not valid JSON (${err.message})` : message(err);
      this.errorSource = 'import';
      return false;
    }
    const ok = this.#apply(spec, 'import');
    if (ok) this.locked = [];
    return ok;
  }

  dismissError(): void {
    this.error = '';
  }

  #sameAsDefault(spec: IndexSpec): boolean {
    // The severity rule set back to the default (fixed, 20/40/60/80) is the default again.
    const bare = (s: IndexSpec) => JSON.stringify({ ...withoutSeverityDefaults(s), name: '' });
    return bare(spec) === bare(this.#default);
  }

  /** An edit in the builder: the spec is renamed so an export does not claim to be the default. */
  #edit(spec: IndexSpec): void {
    // The year choice is not part of the index's definition: compared and kept aside.
    const year = { ...(spec.year === undefined ? {} : { year: spec.year }), ...(spec.compareYear === undefined ? {} : { compareYear: spec.compareYear }) };
    const bare = withoutYear(spec);
    const named = this.#sameAsDefault(bare) ? this.#default : { ...bare, name: EDITED_NAME };
    // An edit that switches off the last yearly indicator (or the ones of the chosen years) drops the year.
    const years = panelYearsOf(named, this.#years);
    const keep = year.year !== undefined && years.includes(year.year);
    const compare = keep && year.compareYear !== undefined && years.includes(year.compareYear);
    this.#apply({ ...named, ...(keep ? { year: year.year } : {}), ...(compare ? { compareYear: year.compareYear } : {}) }, 'edit');
  }

  /** Computes `spec`; on success it becomes the current index, else `error` says why. */
  #apply(spec: IndexSpec, source: 'import' | 'edit'): boolean {
    if (spec.year !== undefined && !this.#years) {
      // The yearly values come after the first map: the reference index until then, the year kept.
      this.#pendingYear = { year: spec.year, ...(spec.compareYear === undefined ? {} : { compareYear: spec.compareYear }) };
      spec = withoutYear(spec);
    } else if (source === 'import' || spec.year !== undefined) this.#pendingYear = null;
    if (!this.#tables) {
      // Nothing to compute on yet: keep the spec, the ranking follows with the tables.
      this.spec = spec;
      return true;
    }
    try {
      const t0 = performance.now();
      const tables = spec.year === undefined || !this.#years ? this.#tables : { ...this.#tables, years: this.#years };
      const { input, result } = this.#ranking.run(tables, spec);
      this.lastMs = performance.now() - t0;
      this.spec = spec;
      this.input = input;
      this.result = result;
      this.sensitivity = null;
      this.error = '';
      return true;
    } catch (err) {
      this.error = message(err);
      this.errorSource = source;
      return false;
    }
  }
}
