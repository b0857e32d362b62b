import type { ChangeMessages } from './change-messages.ts';

/** English texts of the change map and of hotspots over time. */
export const changeEn: ChangeMessages = {
  showTitle: 'Map',
  showYear: 'One year',
  showChange: 'Change between two years',
  onlyYearly: 'Change maps are for indicators with values for several years.',
  readingYears: 'Reading the yearly values…',
  first: 'From',
  second: 'To',
  modeTitle: 'Change',
  modes: { absolute: 'Absolute (to − from)', percent: 'Percent of the first year' },
  classesTitle: 'Classes',
  title: (first, second) => `Change ${first} → ${second}`,
  percentUnit: '% of the first year’s value',
  direction: (d) =>
    d > 0
      ? 'Red: an increase, worse (higher means more need). Blue: a decrease, better.'
      : d < 0
        ? 'Red: a decrease, worse (higher means less need). Blue: an increase, better.'
        : 'Red: an increase. Blue: a decrease. Neither is better or worse for this indicator.',
  classesNote: 'Equal classes symmetric about zero, up to the largest change; the white class straddles zero (about no change).',
  perCountryNote: 'Classes within each country: each country’s classes come from its own municipios’ changes (national sources differ), so colours are not compared across countries.',
  openEndsNote: 'A few changes are far larger than the rest: the middle classes span 95% of the changes, and the two end classes reach out to the extremes.',
  noFirst: (y) => `No data in ${y}`,
  noSecond: (y) => `No data in ${y}`,
  noData: 'No data in either year',
  zeroBase: (y) => `Zero in ${y}: percent change undefined`,
  exportLabel: 'Change by municipio',
  change: 'Change',
  valueIn: (y) => `In ${y}`,
  hotspotPeriod: 'Period',
  hotspotYear: 'One year',
  hotspotChange: 'Change between two years (differential Moran)',
  hotspotReference: 'Reference value (as in the catalog)',
  differentialHelp:
    'The differential local Moran (GeoDa) is the Local Moran’s I of the change between two years (to − from): a High–High cluster is a group of neighbouring municipios whose values rose more than elsewhere. Units missing either year are left out. With few units (44 in El Salvador) the test has little power.',
  changeLabel: (label, first, second, mode) => `${label} — change ${first} → ${second}${mode === 'percent' ? ' (%)' : ''}`,
  yearLabel: (label, year) => `${label} (year ${year})`,
};
