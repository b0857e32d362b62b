import type { YearsMessages } from './years-messages.ts';

/** Textos en español de la dimensión del año. */
export const yearsEs: YearsMessages = {
  title: 'Año',
  slider: 'Año mostrado',
  play: 'Reproducir los años',
  pause: 'Pausa',
  latest: 'Último dato disponible',
  latestHelp: (year) => `El valor más reciente de cada municipio hasta ${year}, con su año.`,
  reference: 'año de referencia',
  loading: 'Leyendo los valores por año…',
  failed: (error) => `No se pudieron leer los valores por año (${error}); el mapa muestra el año de referencia.`,
  fixedClasses: (first, last) => `Clases fijas para todos los años (${first}–${last}): un color significa los mismos valores en cada año.`,
  ranksOfYear: (year) => `Posiciones dentro de ${year}.`,
  latestNote: (year, parts) => `Último dato disponible hasta ${year}: cada municipio muestra su valor más reciente. Valores de ${parts}.`,
  valueYearLatest: (year) => `${year}, último dato disponible`,
  seriesSummary: (parts) => `Valores por año: ${parts}.`,
};
