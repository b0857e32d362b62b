/** A view state for project-file tests (Spanish, the investments view, the default index of the committed catalog). */
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import type { CatalogEntry } from '../../src/lib/data/schema.ts';
import { DEFAULT_HOTSPOT_SETTINGS } from '../../src/lib/state/hotspot-settings.ts';
import type { ViewState } from '../../src/lib/state/view-state.ts';
import { readText } from '../data/public-data.ts';

const catalog = JSON.parse(readText('catalog.json')) as CatalogEntry[];

export function view(): ViewState {
  return {
    lang: 'es',
    view: 'investments',
    indicator: catalog[0].id,
    year: { year: null, latest: false },
    change: { active: false, first: null, second: null, mode: 'absolute', k: 5 },
    spec: defaultIndexSpec(catalog),
    classification: { method: 'quantile', k: 5 },
    hotspots: { ...DEFAULT_HOTSPOT_SETTINGS },
    hotspotMap: 'cluster',
    investments: {
      filter: { donor: '', sector: '', pillar: '', loe: 0, yearFrom: NaN, yearTo: NaN },
      measure: 'amount',
      mapMode: 'bivariate',
      needSource: 'hotspots',
      spread: 'none',
      showPoints: false,
      maxActivities: 0,
      yearRule: 'spread',
      splitYear: NaN,
    },
    ranking: { country: '', department: '', query: '', sort: null },
    selected: null,
    map: null,
  };
}
