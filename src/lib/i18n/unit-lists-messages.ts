/**
 * Texts of the planner's named lists of municipios (a brush or a multi-select kept under a name):
 * saving, the lists panel (export, comparison with the priority list), the investments view's list
 * filter, and the money inside and outside a set of municipios (a list, the high–high clusters).
 */
export interface UnitListsMessages {
  keepTitle: string;
  nameLabel: string;
  keep: string;
  keptAs: (name: string, count: number) => string;
  keepNoName: string;
  keepFull: string;
  keepFailed: string;
  /** The map's multi-select: how many are picked, and how to pick. */
  /** How many municipios are multi-selected (the selection's heading). */
  mapPicked: (count: number) => string;
  clearPicked: string;
  /** How to multi-select on the ranking table and the map, with the keyboard too. */
  pickHelp: string;
  /** The map's key of the picked municipios' outline. */
  pickKey: (count: number) => string;
  panelTitle: string;
  panelHelp: string;
  noLists: string;
  listSize: (count: number) => string;
  /** Ids of the list not among the current boundaries. */
  listNotFound: (count: number) => string;
  madeFrom: (origin: string, date: string) => string;
  removeList: (name: string) => string;
  exportList: (name: string) => string;
  compareButton: string;
  compareTitle: (name: string) => string;
  compareTopN: (topN: number, perCountry: boolean) => string;
  /** One country: how many of the list are in its top N. */
  compareCountry: (country: string, both: number, listed: number, top: number) => string;
  onlyInList: string;
  onlyInTop: string;
  nobody: string;
  compareNoIndex: string;
  /** The investments view's filter. */
  filterLabel: string;
  filterAll: string;
  filterList: (name: string, count: number) => string;
  filterStated: (name: string, count: number) => string;
  filterMapKey: (name: string, count: number) => string;
  /** Money inside and outside a set of municipios. */
  insideListTitle: (name: string) => string;
  insideHotspotTitle: (variable: string) => string;
  insideCountry: string;
  insideIn: string;
  insideOut: string;
  insideShare: string;
  insideUnits: (withMoney: number, units: number) => string;
  insideUnknown: (count: number) => string;
  insideNoData: (country: string, count: number) => string;
  insideYears: (from: string, to: string) => string;
  insideSources: (sources: string) => string;
  insideRule: string;
  /** Need as the high–high clusters of a hotspot run. */
  needHotspots: string;
  hotspotVariable: string;
  hotspotRunHere: (permutations: string, seed: string) => string;
  hotspotNone: (variable: string) => string;
  hotspotOf: (variable: string, statistic: string, permutations: string, seed: string, alpha: string) => string;
  hotspotStale: string;
  hotspotRunning: string;
  hotspotOutlineKey: (count: number) => string;
}
