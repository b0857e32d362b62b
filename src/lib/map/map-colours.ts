/** Basemap colours (CSS): calm greys, so the choropleth carries the meaning. */
export const MAP_COLOURS = {
  /** Sea and neighbouring countries. */
  background: '#e9eef2',
  municipioLine: '#ffffff',
  departmentLine: '#5a6470',
  /** Department lines stand out when the indicator is a department figure. */
  departmentLineStrong: '#1b1f24',
  countryLine: '#262b33',
  selected: '#000000',
  selectedHalo: '#ffffff',
} as const;

/** deck.gl highlight of the unit under the pointer (RGBA). */
export const HOVER_RGBA: [number, number, number, number] = [255, 255, 255, 110];
