/**
 * Indicator → lines of effort of the U.S. Collaborative Migration Management Strategy (National
 * Security Council, July 2021; labels in `src/lib/data/lines-of-effort.ts`): 1 stabilize
 * populations with acute needs; 2 international protection; 3 protection in countries of origin;
 * 4 temporary labour programs with worker protections; 5 assist and reintegrate returned persons;
 * 6 border management; 7 public messaging on migration; 8 lawful pathways to the United States.
 * Every catalog entry must have a row here (an empty list is a stated answer); the build fails on
 * an entry without one and on a row no entry uses.
 *
 * Reading used (a judgement, stated so it can be argued with):
 * - Where people leave from (emigrants per 1,000, households with emigrants, IFPRI's migration
 *   potential) is where messaging on irregular migration (7) and information on lawful pathways
 *   (8) reach the people they are meant for.
 * - Return migration and deportees: line 5, which is about exactly them.
 * - Poverty and food insecurity measure acute need: line 1. GDP per capita and the Gini measure
 *   structural economic insecurity (Root Causes pillar I), not acute need: no line.
 * - Adults without employment and child labour concern work and worker protection: line 4, the
 *   only line about labour.
 * - Crime, the violence score, violence against women and domestic violence: line 3 (protection
 *   in the countries of origin). Emigrants who left because of violence are people seeking
 *   protection: lines 2 and 3. The Plan El Salvador Seguro list targets violence prevention: 3.
 * - Municipal governance indices (Root Causes pillar II): no line of the CMMS addresses them.
 * - Climate fragility: shocks that create acute needs, line 1.
 * - Remittances, population and the standard error of an estimate are context: no line.
 */
import type { LineOfEffort } from '../../src/lib/data/schema.ts';

export const INDICATOR_LOE: Readonly<Record<string, readonly LineOfEffort[]>> = {
  emigrants_per_1000: [7, 8],
  households_emigrants_pct: [7, 8],
  sv_emigrants_departed_per_1000: [7, 8],
  households_remittances_pct: [],
  gt_migration_potential_pct: [7, 8],
  gt_deportees_rate: [5],
  gt_return_migrants_per_1000: [5],
  gt_poverty_pct: [1],
  sv_poverty_moderate_2019_pct: [1],
  sv_poverty_moderate_2019_se: [],
  gt_food_insecurity_index: [1],
  gt_gdp_per_capita: [],
  gt_gini: [],
  gt_unemployment_pct: [4],
  gt_child_labour_pct: [4],
  gt_mgmt_admin_index: [],
  gt_mgmt_strategic_index: [],
  gt_mgmt_financial_index: [],
  gt_public_services_index: [],
  gt_segeplan_ranking_2018: [],
  gt_crime_rate: [3],
  violence_score: [3],
  sv_emigrants_violence_pct: [2, 3],
  gt_violence_women_rate: [3],
  gt_domestic_violence_rate: [3],
  sv_pess_distritos: [3],
  climate_fragility_score: [1],
  gt_population: [],
  sv_population: [],
  hn_population: [],
};

/** The lines of effort of an indicator; throws when the table has no row for it. */
export function indicatorLoe(id: string): LineOfEffort[] {
  const loe = INDICATOR_LOE[id];
  if (!loe) throw new Error(`catalog: ${id} has no lines of effort in scripts/build/indicator-loe.ts (an empty list is allowed, a missing row is not)`);
  return [...loe];
}
