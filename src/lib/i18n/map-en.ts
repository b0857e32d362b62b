import type { MapMessages } from './map-messages.ts';
import { formatNumber } from './format-number.ts';

/** English texts of the map. */
export const mapEn: MapMessages = {
  scaleTitle: 'Colours',
  scaleRegion: 'One scale for the region',
  scaleCountry: 'Classes within each country',
  scaleRank: 'Rank within country',
  notComparable: 'These values are not comparable across countries (different national sources, or normalised within each country): each country has its own classes.',
  perCountryNote: 'Classes are computed within each country: a colour compares a municipio with the others of its country, not across borders.',
  rankNote: (k) => `Rank within each country in ${formatNumber(k, 'en', 0)} equal shares; darkest = highest values. Rows give the ranks held (1 = highest).`,
  ranksHeader: 'ranks',
  evidenceLine: ({ level, year, source }) => `${level === 'department' ? 'Department figures' : 'Municipio figures'}${year ? ` · ${year}` : ''} · ${source}`,
  departmentFiguresIn: (countries) => `Department figures: ${countries}`,
  captionPart: (country, level, year) => `${country}: ${level === 'department' ? 'department' : 'municipio'} figures${year ? `, ${year}` : ''}`,
  captionDepartment: (countries) => `Department figures for ${countries} are the same for every municipio of the department.`,
  start: 'Open Index to rank municipios; click a municipio for its profile.',
  groupBy: 'Group by',
  groupPillars: 'Pillars',
  groupLoe: 'Lines of effort',
  helpPillars: 'Grouped by pillar of the Root Causes Strategy',
  helpLoe: 'Grouped by line of effort of the Collaborative Migration Management Strategy; an indicator may inform several',
  noLoe: 'No line of effort',
  searchLabel: 'Find a municipio or department',
  searchPlaceholder: 'Find a municipio…',
  searchNone: 'No municipio or department by that name',
  searchCount: (n) => `${formatNumber(n, 'en', 0)} ${n === 1 ? 'place' : 'places'} found; arrow keys to choose, Enter to go`,
  searchDepartment: 'department',
  labelsToggle: 'Labels',
  labelsHelp: 'Show the names of departments (zoomed out) and municipios (zoomed in)',
};
