/**
 * The ranking table's filters and the column it is sorted by: app state (not the table's own) so
 * that a link can carry them and set them, and a tab switch keeps them.
 */
import type { RankingView } from './view-state.ts';
import type { Sort } from './ranking-rows.ts';

export class RankingFilters {
  /** Country code, or '' for all. */
  country = $state('');
  /** A `departmentKey`, or '' for all. */
  department = $state('');
  /** Search text ('' for none). */
  query = $state('');
  /** The column the planner chose; null: the table's default order. */
  sort = $state.raw<Sort | null>(null);

  get view(): RankingView {
    return { country: this.country, department: this.department, query: this.query, sort: this.sort };
  }

  set(v: RankingView): void {
    this.country = v.country;
    this.department = v.department;
    this.query = v.query;
    this.sort = v.sort;
  }

  clear(): void {
    this.country = '';
    this.department = '';
    this.query = '';
  }
}
