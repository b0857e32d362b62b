import type { UnitListsMessages } from './unit-lists-messages.ts';
import { formatNumber } from './format-number.ts';

const int = (x: number): string => formatNumber(x, 'en', 0);
const mun = (x: number): string => `${int(x)} ${x === 1 ? 'municipio' : 'municipios'}`;

/** English texts of the named lists. */
export const unitListsEn: UnitListsMessages = {
  keepTitle: 'Keep this selection as a list',
  nameLabel: 'List name',
  keep: 'Save list',
  keptAs: (name, count) => `Saved "${name}" (${mun(count)}).`,
  keepNoName: 'Give the list a name.',
  keepFull: 'Twenty lists are kept at most: remove one first.',
  keepFailed: 'The list could not be saved.',
  mapPicked: (count) => `${mun(count)} selected`,
  clearPicked: 'Clear selection (Esc)',
  pickHelp:
    'To select several municipios: ctrl-click (⌘-click on a Mac) rows of the ranking or municipios on the map; shift-click a row to add the rows from the last one clicked. With the keyboard: Space on a focused row selects or unselects it, Shift+Space adds the rows from the last one. Escape clears the selection.',
  pickKey: (count) => `Selected: ${mun(count)}`,
  panelTitle: 'Your lists',
  panelHelp: 'Municipios you selected, kept under a name with your workspace and in the project file.',
  noLists: 'No list yet: select several municipios in the ranking or on the map, or brush the scatterplot in the Hotspots view, then save the selection.',
  listSize: (count) => mun(count),
  listNotFound: (count) => `${mun(count)} of the list are not among the current boundaries.`,
  madeFrom: (origin, date) => `Made on ${date} from: ${origin}`,
  removeList: (name) => `Remove "${name}"`,
  exportList: (name) => `List "${name}"`,
  compareButton: 'Compare with the priority list',
  compareTitle: (name) => `"${name}" and the priority list`,
  compareTopN: (topN, perCountry) => `Priority list: the top ${int(topN)} of the index${perCountry ? ' in each country' : ' in the region'}.`,
  compareCountry: (country, both, listed, top) => `${country}: ${int(both)} of the list's ${mun(listed)} are in the top ${int(top)}.`,
  onlyInList: 'In the list, not in the priority list',
  onlyInTop: 'In the priority list, not in the list',
  nobody: 'none',
  compareNoIndex: 'The index is not computed yet.',
  filterLabel: 'Municipios counted',
  filterAll: 'All municipios',
  filterList: (name, count) => `List "${name}" (${int(count)})`,
  filterStated: (name, count) =>
    `Coverage is shown for the ${mun(count)} of the list "${name}" only: the other municipios are left grey on the map and out of the comparison with need; the figures below count the list against the rest.`,
  filterMapKey: (name, count) => `Outlined: the ${mun(count)} of "${name}"`,
  insideListTitle: (name) => `Money in "${name}" and in the other municipios`,
  insideHotspotTitle: (variable) => `Money inside and outside the high–high clusters of ${variable}`,
  insideCountry: 'Country',
  insideIn: 'Inside',
  insideOut: 'Outside',
  insideShare: 'Share inside',
  insideUnits: (withMoney, units) => `${int(withMoney)} of ${mun(units)} with money`,
  insideUnknown: (count) => `${mun(count)} with an unknown amount (not counted as zero)`,
  insideNoData: (country, count) => `${country}: no municipio-level investment data; ${mun(count)} of the set are not counted.`,
  insideYears: (from, to) => (from === to ? `Investments active in ${from}.` : `Investments active from ${from} to ${to}.`),
  insideSources: (sources) => `Sources: ${sources}.`,
  insideRule: 'Money placed in a municipio (by its code or its point) under the filters above; department- and country-level money is not in these figures unless spread by population.',
  needHotspots: 'High–high hotspot clusters',
  hotspotVariable: 'Clusters of',
  hotspotRunHere: (permutations, seed) => `Run the hotspot analysis (${permutations} permutations, seed ${seed})`,
  hotspotNone: (variable) => `No hotspot run of ${variable} yet: run it here with the Hotspots view's settings, or in the Hotspots view.`,
  hotspotOf: (variable, statistic, permutations, seed, alpha) =>
    `Need: the high–high clusters of ${variable} (${statistic}, ${permutations} permutations, seed ${seed}, α = ${alpha}).`,
  hotspotStale: 'The Hotspots view’s settings changed since this run: run it again to follow them.',
  hotspotRunning: 'Running the hotspot analysis…',
  hotspotOutlineKey: (count) => `Outlined: ${mun(count)} in high–high clusters`,
};
