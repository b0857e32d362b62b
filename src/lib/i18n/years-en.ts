import type { YearsMessages } from './years-messages.ts';

/** English texts of the year dimension. */
export const yearsEn: YearsMessages = {
  title: 'Year',
  slider: 'Year shown',
  play: 'Play the years',
  pause: 'Pause',
  latest: 'Latest available',
  latestHelp: (year) => `Each municipio's most recent value up to ${year}, with its year.`,
  reference: 'reference year',
  loading: 'Reading the values by year…',
  failed: (error) => `The values by year could not be read (${error}); the map shows the reference year.`,
  fixedClasses: (first, last) => `Classes fixed over all years (${first}–${last}): a colour means the same values in every year.`,
  ranksOfYear: (year) => `Ranks within ${year}.`,
  latestNote: (year, parts) => `Latest available up to ${year}: each municipio shows its most recent value. Values from ${parts}.`,
  valueYearLatest: (year) => `${year}, latest available`,
  seriesSummary: (parts) => `Values by year: ${parts}.`,
};
