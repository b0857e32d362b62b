/**
 * Texts of the map and what it opens on: the caption over the map,
 * the colour scale (classes within each country, rank within country, one regional scale), the
 * per-country legends, the department-figure badge and the indicator picker's grouping.
 */
export interface MapMessages {
  /** Legend of the colour-scale choice. */
  scaleTitle: string;
  /** Values on one scale for the region (only offered when comparable across countries). */
  scaleRegion: string;
  /** Values with classes computed within each country. */
  scaleCountry: string;
  /** Classes of rank within each country. */
  scaleRank: string;
  /** Why a regional scale is not offered for these values. */
  notComparable: string;
  /** Under per-country legends. */
  perCountryNote: string;
  /** Under rank legends (`k` shares). */
  rankNote: (k: number) => string;
  /** Column header of a rank legend row. */
  ranksHeader: string;
  /** A country's evidence line: its level, year and source. */
  evidenceLine: (p: { level: 'municipio' | 'department'; year: string; source: string }) => string;
  /** The map badge when some countries' figures are department level (`countries`: "GT, HN"). */
  departmentFiguresIn: (countries: string) => string;
  /** The caption over the map, one country's part: its level and year ("Guatemala: department figures, 2002–2018"). */
  captionPart: (country: string, level: 'municipio' | 'department', year: string) => string;
  /** The caption's warning when some countries' values are department figures (`countries`: "Guatemala and Honduras"). */
  captionDepartment: (countries: string) => string;
  /** Where to start, after the caption. */
  start: string;
  /** The picker's grouping toggle. */
  groupBy: string;
  groupPillars: string;
  groupLoe: string;
  /** Help under the picker, by grouping. */
  helpPillars: string;
  helpLoe: string;
  /** Group of the entries tagged with no line of effort. */
  noLoe: string;
  /** The map's search box: its accessible name, placeholder, the list's status and a department's tag. */
  searchLabel: string;
  searchPlaceholder: string;
  searchNone: string;
  searchCount: (n: number) => string;
  searchDepartment: string;
  /** The map control that shows or hides the names of places, and its longer description. */
  labelsToggle: string;
  labelsHelp: string;
}
