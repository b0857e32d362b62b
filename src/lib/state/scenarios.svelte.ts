/** The scenarios of the session (scenarios-view.ts): saved specs, the comparison, its base and top N. */
import type { IndexSpec } from '../data/index-spec.ts';
import { CURRENT, DEFAULT_SCENARIO_TOP_N, toggled, withSaved, withoutSaved, type SavedScenario, type ScenariosView } from './scenarios-view.ts';

export class Scenarios {
  saved = $state.raw<SavedScenario[]>([]);
  compare = $state.raw<string[]>([]);
  base = $state<string>(CURRENT);
  topN = $state(DEFAULT_SCENARIO_TOP_N);

  get view(): ScenariosView {
    return { saved: this.saved, compare: this.compare, base: this.base, topN: this.topN };
  }

  set(v: ScenariosView): void {
    this.saved = v.saved.map((s) => ({ name: s.name, spec: s.spec }));
    this.compare = [...v.compare];
    this.base = v.base;
    this.topN = v.topN;
  }

  /** Saves `spec` as `name` (see `withSaved`); false when refused (no name, eight kept). */
  save(name: string, spec: IndexSpec): boolean {
    const next = withSaved(this.view, name, spec);
    if (next) this.set(next);
    return next !== null;
  }

  remove(name: string): void {
    this.set(withoutSaved(this.view, name));
  }

  toggle(key: string): void {
    this.set(toggled(this.view, key));
  }

  setBase(key: string): void {
    if (this.compare.includes(key)) this.base = key;
  }

  setTopN(n: number): void {
    if (Number.isFinite(n)) this.topN = Math.min(1000, Math.max(1, Math.round(n)));
  }
}
