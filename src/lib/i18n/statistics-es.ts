import type { StatisticsMessages } from './statistics-messages.ts';

/** Spanish texts of the hotspot statistics. */
export const statisticsEs: StatisticsMessages = {
  names: {
    moran: 'I de Moran local (conglomerados y atípicos)',
    gistar: 'Gi* de Getis–Ord (puntos calientes y fríos)',
    geary: 'c de Geary local (vecinos parecidos y distintos)',
  },
  short: { moran: 'I de Moran local', gistar: 'Gi* de Getis–Ord', geary: 'c de Geary local' },
  help:
    'La I de Moran local (Anselin 1995) compara cada municipio con el promedio de sus vecinos. Un conglomerado alto–alto es un grupo de municipios con valores altos (por ejemplo, alta emigración) rodeados de otros con valores altos, algo poco probable por azar; bajo–bajo es lo mismo para valores bajos; alto–bajo y bajo–alto son atípicos, un municipio distinto de sus vecinos. La Gi* de Getis–Ord (Ord y Getis 1995) mira solo el nivel del vecindario, incluido el municipio: un punto caliente es un lugar donde el municipio y sus vecinos juntos son altos. La c de Geary local (Anselin 1995, 2019) suma las diferencias al cuadrado entre un municipio y cada uno de sus vecinos: pequeña cuando se parecen, grande cuando difieren, aunque el promedio de los vecinos lo oculte. Use Moran para hallar conglomerados y atípicos, Gi* para hallar concentraciones, Geary para hallar dónde los vecinos se parecen o difieren.',
  clusterHelp: {
    moran:
      'Alto–alto: un municipio alto entre vecinos altos, un punto caliente. Bajo–bajo: bajo entre bajos. Alto–bajo y bajo–alto: un municipio distinto de sus vecinos. No significativo: ningún patrón más fuerte que el azar.',
    gistar: 'Punto caliente: el municipio y sus vecinos juntos son más altos de lo que daría el azar. Punto frío: más bajos.',
    geary:
      'Alto–alto y bajo–bajo: un municipio más parecido a sus vecinos de lo que daría el azar, entre valores altos o entre bajos. Otra positiva: también parecidos, con valores a ambos lados del promedio. Negativa: un municipio distinto de sus vecinos. No significativo: ningún patrón más fuerte que el azar.',
  },
  classes: {
    HH: 'Alto–alto',
    LL: 'Bajo–bajo',
    LH: 'Bajo–alto',
    HL: 'Alto–bajo',
    hot: 'Punto caliente',
    cold: 'Punto frío',
    other_positive: 'Otra positiva',
    negative: 'Negativa (distinto de sus vecinos)',
    ns: 'No significativo',
    island: 'Sin vecinos (no probado)',
    missing: 'Sin datos',
  },
  noGlobal: (s) => `La ${s} no tiene resumen global; la I de Moran sí.`,
};
