/**
 * Texts of the hotspot statistics, keyed like the analysis registry (i18n imports nothing, so the
 * keys are written out here): `HotspotStatistic` for the names and the cluster-map help, the
 * registry's `ClusterKey` for the classes. A statistic or a class added to the registry without its
 * texts here fails to compile where the texts are read (HotspotChoices, HotspotLegend).
 */
export interface StatisticsMessages {
  /** The statistic's name in the choice list, with what it finds. */
  names: { moran: string; gistar: string; geary: string };
  /** The short name (legend title, summary). */
  short: { moran: string; gistar: string; geary: string };
  /** How to choose among them (the choice's help). */
  help: string;
  /** What the cluster map's classes mean, by statistic. */
  clusterHelp: { moran: string; gistar: string; geary: string };
  /** The label of each cluster class. */
  classes: {
    HH: string;
    LL: string;
    LH: string;
    HL: string;
    hot: string;
    cold: string;
    other_positive: string;
    negative: string;
    ns: string;
    island: string;
    missing: string;
  };
  /** A statistic without a global summary (its short name). */
  noGlobal: (statistic: string) => string;
}
