/**
 * Texts of the year dimension on the map: the year control (slider, play, "latest available"),
 * the legend's notes on fixed classes and data age, the tooltip's year of a value and the
 * profile's values by year. Years are given as text: a year is a name, never grouped ("2,018").
 */
export interface YearsMessages {
  /** Title of the year control. */
  title: string;
  /** Accessible name of the slider. */
  slider: string;
  /** The play button, playing or not. */
  play: string;
  pause: string;
  /** The "latest available" toggle and its help (`year`: the year chosen). */
  latest: string;
  latestHelp: (year: string) => string;
  /** Marks the reference year (the value the index and the profile use). */
  reference: string;
  /** While the yearly values are read; when they could not be. */
  loading: string;
  failed: (error: string) => string;
  /** The legend: class bounds fixed over the years `first`–`last`. */
  fixedClasses: (first: string, last: string) => string;
  /** The legend on the rank scale: ranks within the year shown. */
  ranksOfYear: (year: string) => string;
  /** The legend under "latest available": up to `year`, values from these years (`parts`: "2016 (12), 2018 (328)", the municipios per year). */
  latestNote: (year: string, parts: string) => string;
  /** The tooltip: the year of a value under "latest available". */
  valueYearLatest: (year: string) => string;
  /** The profile: accessible summary of a unit's values by year (`parts`: "2013: 0.52; 2016: no data"). */
  seriesSummary: (parts: string) => string;
}
