/**
 * The comparison workbook: the comparison sheet (every municipio's rank and score in each scenario,
 * the changes from the base), the sheet of who enters and leaves each country's top N, one sheet
 * per scenario (its priority list), then the Method sheet (the scenarios and the base's method in
 * words) and the Sources.
 */
import type { CatalogEntry, Manifest } from '../data/schema.ts';
import type { RankUnit } from '../data/rank-types.ts';
import type { ScenarioComparison, ScenarioRun } from '../data/scenario-compare.ts';
import type { ScenariosMessages } from '../i18n/scenarios-messages.ts';
import { indexMethodBlocks } from './index-method-blocks.ts';
import type { SheetText } from './method-sheet.ts';
import type { Provenance } from './provenance.ts';
import { scenarioComparisonTable, scenarioMethodBlock, scenarioSheets, scenarioShiftsTable } from './scenario-tables.ts';
import { xlsxWorkbook } from './xlsx-workbook.ts';

export interface ScenarioWorkbookInput {
  units: readonly RankUnit[];
  runs: readonly ScenarioRun[];
  comparison: ScenarioComparison;
  text: SheetText;
  scenarioText: ScenariosMessages['sheets'];
  provenance: Provenance;
  manifest: Manifest | null;
  catalog: readonly CatalogEntry[] | null;
  date: Date;
}

export const SCENARIO_WORKBOOK_NAME = 'focal-scenarios.xlsx';

/** The workbook's bytes. */
export function scenarioWorkbook(x: ScenarioWorkbookInput): Promise<Blob> {
  const text = { sheets: x.text.sheets, scenarios: x.scenarioText, lang: x.text.lang };
  const c = x.comparison;
  const base = x.runs[c.base];
  return xlsxWorkbook({
    table: scenarioComparisonTable(x.units, x.runs, c, text),
    tableSheet: x.scenarioText.comparison,
    moreSheets: [{ name: x.scenarioText.shifts(c.topN), table: scenarioShiftsTable(x.units, x.runs, c, text) }, ...scenarioSheets(x.runs, text)],
    method: [scenarioMethodBlock(x.runs, c, text), ...indexMethodBlocks(x.text, base.spec, x.catalog ?? [], null, base.result.time ?? null)],
    provenance: x.provenance,
    manifest: x.manifest,
    catalog: x.catalog,
    text: x.text,
    date: x.date,
  });
}
