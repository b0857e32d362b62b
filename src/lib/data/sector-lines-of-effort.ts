/**
 * Sector → lines of effort of the U.S. Collaborative Migration Management Strategy (National
 * Security Council, July 2021; lines-of-effort.ts): the second seed framework beside the Root
 * Causes pillars (sector-pillars.ts). A sector may serve several lines, or none.
 *
 * Every sector of public/data/investments.csv is listed (an empty list is a decision, not an
 * omission), compared by {@link sectorKey} as the pillars are.
 *
 * Reading used (a judgement, stated so it can be argued with):
 * - The CMMS is about managing migration (humanitarian needs, protection, labour pathways,
 *   returnees, borders, messaging, lawful pathways), while the Root Causes Strategy is about why
 *   people leave. Development sectors (agriculture, education, health, water, governance, trade,
 *   infrastructure…) serve the root causes; they are tagged with no line of effort, however
 *   useful they are, because the Strategy does not count them as migration management.
 * - Line 1 (stabilise populations with acute needs): emergency assistance and reconstruction, and
 *   the CRS humanitarian sectors a planner's file may carry (emergency response, food assistance).
 * - Line 3 (protection in countries of origin): human rights and ending violence against women
 *   and girls (protection of people at risk where they live).
 * - CRS 15190 "Facilitation of orderly, safe, regular and responsible migration and mobility"
 *   covers labour migration, returnee reintegration, border management and regular pathways:
 *   lines 4, 5, 6 and 8.
 * - In the default data only Honduras's "Emergency assistance and reconstruction" rows carry a
 *   line (1): the sources are development portfolios, not migration-management ones.
 */
import type { LineOfEffort } from './schema.ts';
import { sectorKey } from './sector-pillars.ts';

const MAP: Readonly<Record<string, readonly LineOfEffort[]>> = {
  // AidData Honduras AIMS (CRS-based sector names)
  'action relating to debt': [],
  'administrative costs': [],
  'agriculture, purpose unspecified': [],
  'banking and financial services,purpose unspecified': [],
  'business support services and institutions': [],
  'communications, purposeunspecified': [],
  'education, level unspecified,purpose unspecified': [],
  'emergency assistance and reconstruction, combinations ofpurposes': [1],
  'energy generation and supply,purpose unspecified': [],
  'fishing, purpose unspecified': [],
  'forestry, purpose unspecified': [],
  'government and civil society,purpose unspecified': [],
  'health, general, purposeunspecified': [],
  'industry, purpose unspecified': [],
  'mineral resources and mining,purpose unspecified': [],
  'multisector aid': [],
  'multisector aid for social services': [],
  'population policies/ programmes and reproductive health, purposeunspecified': [],
  'sectors not specified': [],
  storage: [],
  'support to non-governmental organizations, purposeunspecified': [],
  'tourism policy and administrative management': [],
  'trade policy and regulations,purpose unspecified': [],
  'water supply and sanitation,purpose unspecified': [],
  // USAID/Guatemala technical offices (scripts/build/investments-usaid.ts)
  'democracy, human rights and governance': [],
  'economic growth': [],
  'health and education': [],
  'health (hiv/aids, pepfar)': [],
  // Not in the default data; CRS sectors a user's file may carry
  'conflict, peace and security': [],
  'human rights': [3],
  "women's equality organisations and institutions": [],
  'ending violence against women and girls': [3],
  'emergency response': [1],
  'development food assistance': [1],
  'facilitation of orderly, safe, regular and responsible migration and mobility': [4, 5, 6, 8],
};

/** The lines of effort of a sector, or null when the sector is not in the table. */
export function knownSectorLinesOfEffort(sector: string): readonly LineOfEffort[] | null {
  const k = sectorKey(sector);
  return Object.hasOwn(MAP, k) ? MAP[k] : null;
}

/** The lines of effort of a sector; a sector not in the table serves none. */
export function sectorLinesOfEffort(sector: string): readonly LineOfEffort[] {
  return knownSectorLinesOfEffort(sector) ?? [];
}

/** The lines as a bit mask: bit `l − 1` set for line `l` (the coverage engine's `sectorLoe`). */
export function linesOfEffortMask(lines: readonly LineOfEffort[]): number {
  let m = 0;
  for (const l of lines) m |= 1 << (l - 1);
  return m;
}
