import type { ChangeMessages } from './change-messages.ts';

/** Textos en español del mapa de cambio y de los puntos calientes en el tiempo. */
export const changeEs: ChangeMessages = {
  showTitle: 'Mapa',
  showYear: 'Un año',
  showChange: 'Cambio entre dos años',
  onlyYearly: 'Los mapas de cambio son para indicadores con valores de varios años.',
  readingYears: 'Leyendo los valores anuales…',
  first: 'Desde',
  second: 'Hasta',
  modeTitle: 'Cambio',
  modes: { absolute: 'Absoluto (hasta − desde)', percent: 'Porcentaje del primer año' },
  classesTitle: 'Clases',
  title: (first, second) => `Cambio ${first} → ${second}`,
  percentUnit: '% del valor del primer año',
  direction: (d) =>
    d > 0
      ? 'Rojo: un aumento, peor (más alto significa más necesidad). Azul: una disminución, mejor.'
      : d < 0
        ? 'Rojo: una disminución, peor (más alto significa menos necesidad). Azul: un aumento, mejor.'
        : 'Rojo: un aumento. Azul: una disminución. Para este indicador ninguno es mejor ni peor.',
  classesNote: 'Clases iguales simétricas en torno a cero, hasta el mayor cambio; la clase blanca abarca el cero (casi sin cambio).',
  perCountryNote: 'Clases dentro de cada país: las clases de cada país salen de los cambios de sus propios municipios (las fuentes nacionales difieren), así que los colores no se comparan entre países.',
  openEndsNote: 'Unos pocos cambios son mucho mayores que el resto: las clases del medio abarcan el 95 % de los cambios, y las dos clases extremas llegan hasta los valores extremos.',
  noFirst: (y) => `Sin datos en ${y}`,
  noSecond: (y) => `Sin datos en ${y}`,
  noData: 'Sin datos en ninguno de los dos años',
  zeroBase: (y) => `Cero en ${y}: cambio porcentual indefinido`,
  exportLabel: 'Cambio por municipio',
  change: 'Cambio',
  valueIn: (y) => `En ${y}`,
  hotspotPeriod: 'Período',
  hotspotYear: 'Un año',
  hotspotChange: 'Cambio entre dos años (Moran diferencial)',
  hotspotReference: 'Valor de referencia (como en el catálogo)',
  differentialHelp:
    'El Moran local diferencial (GeoDa) es el I de Moran local del cambio entre dos años (hasta − desde): un conglomerado Alto–Alto es un grupo de municipios vecinos cuyos valores subieron más que en el resto. Se excluyen las unidades sin alguno de los dos años. Con pocas unidades (44 en El Salvador) la prueba tiene poca potencia.',
  changeLabel: (label, first, second, mode) => `${label} — cambio ${first} → ${second}${mode === 'percent' ? ' (%)' : ''}`,
  yearLabel: (label, year) => `${label} (año ${year})`,
};
