/**
 * The default targeting index over the embedded dataset (docs/METHODS.md §1): migration pressure 50%,
 * the five Root Causes pillars sharing the other 50%, every catalog indicator of those pillars with
 * a need direction, equal weights within its pillar.
 */
import { SPEC_DEFAULTS } from './parse-index-spec.ts';
import { SPEC_VERSION, type IndexSpec, type SpecGroup, type SpecIndicator } from './index-spec.ts';
import type { CatalogEntry, Pillar } from './schema.ts';

/** Size of the default priority list in each country. */
export const DEFAULT_TOP_N_PER_COUNTRY = 10;

/** Id of the root group (the index itself). */
export const ROOT_GROUP = 'index';

/** The groups under the root, in display order: migration pressure, then pillars I–V. */
export const INDEX_PILLARS = ['migration', 'I', 'II', 'III', 'IV', 'V'] as const satisfies readonly Pillar[];
export type IndexPillar = (typeof INDEX_PILLARS)[number];

const LABELS: Record<IndexPillar, { en: string; es: string }> = {
  migration: { en: 'Migration pressure', es: 'Presión migratoria' },
  I: { en: 'I Economic insecurity and inequality', es: 'I Inseguridad económica y desigualdad' },
  II: { en: 'II Corruption, governance and rule of law', es: 'II Corrupción, gobernanza y Estado de derecho' },
  III: { en: 'III Human and labour rights, free press', es: 'III Derechos humanos y laborales, libertad de prensa' },
  IV: { en: 'IV Violence, extortion and organised crime', es: 'IV Violencia, extorsión y crimen organizado' },
  V: { en: 'V Sexual, gender-based and domestic violence', es: 'V Violencia sexual, de género y doméstica' },
};

/** Default weights of the groups under the root: migration 0.5, each pillar 0.1. */
export function defaultGroupWeights(): Record<IndexPillar, number> {
  return { migration: 0.5, I: 0.1, II: 0.1, III: 0.1, IV: 0.1, V: 0.1 };
}

/**
 * The default spec for a catalog: root `index`; groups `migration` (0.5) and `I`–`V` (0.1 each);
 * indicators = catalog entries of those pillars with direction ±1 (context and neutral entries, and
 * entries that break another one down (`part_of`), left out), in pillar order then catalog order, each weighing 1/k among the k of its pillar. Data:
 * `units.csv` (key `unit_id`, `name`, `country`, department `dept_name`) and the long
 * `indicators.csv` (`unit_id`, `indicator_id`, `value`), as in `public/data`. Other settings are
 * {@link SPEC_DEFAULTS}, except the priority list: the top 10 in each country, since each country's
 * indicators are normalised on their own and its sources differ (ranked region-wide, the
 * department-level Honduran data put whole departments at the top).
 */
export function defaultIndexSpec(catalog: readonly CatalogEntry[]): IndexSpec {
  const weights = defaultGroupWeights();
  const groups: SpecGroup[] = [
    { id: ROOT_GROUP, parent: null, weight: 1, label: { en: 'Targeting index', es: 'Índice de focalización' } },
    ...INDEX_PILLARS.map((p) => ({ id: p, parent: ROOT_GROUP, weight: weights[p], label: { ...LABELS[p] } })),
  ];
  const indicators: SpecIndicator[] = [];
  for (const p of INDEX_PILLARS) {
    const entries = catalog.filter((e) => e.pillar === p && (e.direction === 1 || e.direction === -1) && e.part_of === undefined);
    for (const e of entries) {
      indicators.push({ id: e.id, direction: e.direction as 1 | -1, weight: 1 / entries.length, parent: p, enabled: true });
    }
  }
  const d = SPEC_DEFAULTS;
  return {
    focal_spec: SPEC_VERSION,
    name: 'Default: migration pressure 50%, pillars I–V 50%',
    data: {
      units: { file: 'units.csv', key: 'unit_id', name: 'name', country: 'country', department: 'dept_name' },
      values: { file: 'indicators.csv', format: 'long', key: 'unit_id', indicator: 'indicator_id', value: 'value' },
    },
    indicators,
    groups,
    treatment: { ...d.treatment },
    normalisation: { ...d.normalisation, range: [...d.normalisation.range] },
    aggregation: d.aggregation,
    minWeightShare: d.minWeightShare,
    pillarRule: d.pillarRule,
    topN: DEFAULT_TOP_N_PER_COUNTRY,
    topNScope: 'country',
    sensitivity: { ...d.sensitivity },
  };
}
