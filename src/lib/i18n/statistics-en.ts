import type { StatisticsMessages } from './statistics-messages.ts';

/** English texts of the hotspot statistics. */
export const statisticsEn: StatisticsMessages = {
  names: {
    moran: 'Local Moran’s I (clusters and outliers)',
    gistar: 'Getis–Ord Gi* (hot and cold spots)',
    geary: 'Local Geary’s c (alike and unlike neighbours)',
  },
  short: { moran: 'Local Moran’s I', gistar: 'Getis–Ord Gi*', geary: 'Local Geary’s c' },
  help:
    'Local Moran’s I (Anselin 1995) compares each municipio with the average of its neighbours. A high–high cluster is a group of municipios with high values (for example high out-migration) surrounded by others with high values, unlikely to arise by chance; low–low is the same for low values; high–low and low–high are outliers, a municipio unlike its neighbours. Getis–Ord Gi* (Ord and Getis 1995) looks only at the level of the neighbourhood, the municipio included: a hot spot is a place where the municipio and its neighbours together are high. Local Geary’s c (Anselin 1995, 2019) adds up the squared differences between a municipio and each of its neighbours: small when they are alike, large when they differ, even where the neighbours’ average hides it. Use Moran to find both clusters and outliers, Gi* to find concentrations, Geary to find where neighbours are alike or unlike.',
  clusterHelp: {
    moran:
      'High–high: a high municipio among high neighbours, a hot spot. Low–low: low among low. High–low and low–high: a municipio unlike its neighbours. Not significant: no pattern stronger than chance.',
    gistar: 'Hot spot: the municipio and its neighbours together are higher than chance would produce. Cold spot: lower.',
    geary:
      'High–high and low–low: a municipio more like its neighbours than chance would produce, among high or among low values. Other positive: alike too, with values on both sides of the average. Negative: a municipio unlike its neighbours. Not significant: no pattern stronger than chance.',
  },
  classes: {
    HH: 'High–high',
    LL: 'Low–low',
    LH: 'Low–high',
    HL: 'High–low',
    hot: 'Hot spot',
    cold: 'Cold spot',
    other_positive: 'Other positive',
    negative: 'Negative (unlike its neighbours)',
    ns: 'Not significant',
    island: 'No neighbour (not tested)',
    missing: 'No data',
  },
  noGlobal: (s) => `${s} has no global summary; Moran’s I gives one.`,
};
