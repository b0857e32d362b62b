/**
 * The registry of hotspot statistics: the one list of their ids and the module of each
 * (statistic-module.ts). Everything that depends on which statistic was run — hotspots(), the map's
 * colours and legend, the labels, the CLI's options and help, the exported columns and metadata —
 * reads it here, or is a `Record<HotspotStatistic, …>` that fails to compile until a new statistic
 * is handled. To add a statistic: write its module (as local-geary.ts), add its id below and its
 * labels (src/lib/i18n/statistics-*.ts).
 */
import { getisOrdStatistic } from './getis-ord.ts';
import { localGearyStatistic } from './local-geary.ts';
import { localMoranStatistic } from './local-moran.ts';
import { CLUSTER_ISLAND, CLUSTER_MISSING, CLUSTER_NS, type ClusterKey, type StatisticModule } from './statistic-module.ts';

/** The statistics, in the order they are offered (the first is the default). */
export const STATISTICS = ['moran', 'gistar', 'geary'] as const;
export type HotspotStatistic = (typeof STATISTICS)[number];

export const STATISTIC_MODULES: Readonly<Record<HotspotStatistic, StatisticModule>> = {
  moran: localMoranStatistic,
  gistar: getisOrdStatistic,
  geary: localGearyStatistic,
};

/** Is `x` the id of a statistic? */
export function isStatistic(x: unknown): x is HotspotStatistic {
  return typeof x === 'string' && (STATISTICS as readonly string[]).includes(x);
}

const SHARED: Readonly<Record<number, ClusterKey>> = { [CLUSTER_NS]: 'ns', [CLUSTER_ISLAND]: 'island', [CLUSTER_MISSING]: 'missing' };

/** The key of cluster code `code` of `statistic`, or undefined for a code it does not use. */
export function clusterKeyOf(statistic: HotspotStatistic, code: number): ClusterKey | undefined {
  return SHARED[code] ?? STATISTIC_MODULES[statistic].classes.find((c) => c.code === code)?.key;
}

/** The key of cluster code `code` of `statistic` ('missing' for a code it does not use). */
export function clusterKey(statistic: HotspotStatistic, code: number): ClusterKey {
  return clusterKeyOf(statistic, code) ?? 'missing';
}

/** Codes in legend order: the significant classes by code, then not significant, islands, missing. */
export function clusterCodes(statistic: HotspotStatistic): number[] {
  const significant = STATISTIC_MODULES[statistic].classes.map((c) => c.code).sort((a, b) => a - b);
  return [...significant, CLUSTER_NS, CLUSTER_ISLAND, CLUSTER_MISSING];
}
