/**
 * The scenario comparison as result tables (the comparison workbook's sheets): one row per
 * municipio with each scenario's score, rank in country and top-N flag and the changes from the
 * base; one row per municipio entering or leaving a country's top N; and, per scenario, its
 * priority list. Headers are machine codes (`score_s1`, …: the scenarios in the comparison's
 * order) with labels in the interface language naming the scenario.
 */
import type { RankResult, RankUnit } from '../data/rank-types.ts';
import type { ScenarioComparison, ScenarioRun } from '../data/scenario-compare.ts';
import type { ScenariosMessages } from '../i18n/scenarios-messages.ts';
import type { SheetsMessages } from '../i18n/sheets-messages.ts';
import type { MethodBlock } from './method-sheet.ts';
import { priorityListTable, rootChildren } from './priority-list-table.ts';
import { severitySheetText } from './index-method-blocks.ts';
import { unitSeverity } from '../data/unit-severity.ts';
import type { ResultCell, ResultColumn, ResultTable } from './result-table.ts';

export interface ScenarioTableText {
  sheets: SheetsMessages;
  scenarios: ScenariosMessages['sheets'];
  lang: 'en' | 'es';
}

const SCORE = { decimals: 1 } as const;

/** A column with its label when the text is given. */
function col(header: string, type: ResultColumn['type'], label: string, flag?: { yes: string; no: string }): ResultColumn {
  return { header, type, label, ...(flag ? { flagText: flag } : {}) };
}

/** Units by country, then by the base's rank in country (unranked last), then id. */
function byCountryThenBase(units: readonly RankUnit[], base: RankResult): number[] {
  const r = base.index.rankCountry;
  const key = (i: number) => (Number.isNaN(r[i]) ? Infinity : r[i]);
  return units.map((_, i) => i).sort((a, b) => (units[a].country < units[b].country ? -1 : units[a].country > units[b].country ? 1 : key(a) - key(b) || (units[a].unit_id < units[b].unit_id ? -1 : 1)));
}

/**
 * The comparison sheet: `country`, `unit_id`, `name`, `department`, then per scenario k (1-based)
 * `score_s<k>`, `rank_country_s<k>`, `in_top_n_s<k>` and, for every scenario but the base,
 * `score_change_s<k>` (score − base score) and `rank_change_s<k>` (base rank − rank: + = towards
 * rank 1); last, per scenario, `severity_s<k>`: its severity class 1–5 by its own spec's rule
 * (empty without score). Every municipio, by country then base rank; those in some top N marked.
 */
export function scenarioComparisonTable(units: readonly RankUnit[], runs: readonly ScenarioRun[], c: ScenarioComparison, text: ScenarioTableText): ResultTable {
  const s = text.sheets;
  const x = text.scenarios;
  const flag = { yes: s.yes, no: s.no };
  const columns: ResultColumn[] = [col('country', 'text', s.country), col('unit_id', 'text', s.unitId), col('name', 'text', s.name), col('department', 'text', s.department)];
  runs.forEach((run, k) => {
    const n = k + 1;
    columns.push(col(`score_s${n}`, SCORE, `${s.score}: ${run.name}`), col(`rank_country_s${n}`, 'number', `${s.rankCountry}: ${run.name}`), col(`in_top_n_s${n}`, 'flag', x.topNOf(run.name, c.topN), flag));
    if (k !== c.base) columns.push(col(`score_change_s${n}`, SCORE, x.scoreChange(run.name)), col(`rank_change_s${n}`, 'number', x.rankChange(run.name)));
  });
  runs.forEach((run, k) => columns.push(col(`severity_s${k + 1}`, 'integer', `${s.severity}: ${run.name}`)));
  const severity = runs.map((run) => unitSeverity(run.result, run.spec).classes);
  const order = byCountryThenBase(units, runs[c.base].result);
  const marked: boolean[] = [];
  const rows = order.map((i): ResultCell[] => {
    const u = units[i];
    marked.push(c.inTop.some((m) => m[i] === 1));
    const row: ResultCell[] = [u.country, u.unit_id, u.name, u.department];
    runs.forEach((run, k) => {
      row.push(run.result.index.score[i], run.result.index.rankCountry[i], c.inTop[k][i]);
      if (k !== c.base) row.push(c.scoreChange[k][i], c.rankChange[k][i]);
    });
    for (const classes of severity) row.push(classes[i] || NaN);
    return row;
  });
  return { columns, rows, marked };
}

/**
 * Who enters and leaves each country's top N: `country`, `scenario`, `change` (the words for
 * enters / leaves), `unit_id`, `name`, `department`, `rank_country_base`, `rank_country_scenario`,
 * `score_base`, `score_scenario`; by country, scenario, entries then exits, each by rank.
 */
export function scenarioShiftsTable(units: readonly RankUnit[], runs: readonly ScenarioRun[], c: ScenarioComparison, text: ScenarioTableText): ResultTable {
  const s = text.sheets;
  const x = text.scenarios;
  const columns: ResultColumn[] = [
    col('country', 'text', s.country),
    col('scenario', 'text', x.scenario),
    col('change', 'text', x.changeKind),
    col('unit_id', 'text', s.unitId),
    col('name', 'text', s.name),
    col('department', 'text', s.department),
    col('rank_country_base', 'number', x.rankBase),
    col('rank_country_scenario', 'number', x.rankScenario),
    col('score_base', SCORE, x.scoreBase),
    col('score_scenario', SCORE, x.scoreScenario),
  ];
  const base = runs[c.base].result.index;
  const rows: ResultCell[][] = [];
  for (const shift of c.shifts) {
    const other = runs[shift.scenario].result.index;
    const row = (i: number, word: string): ResultCell[] => {
      const u = units[i];
      return [shift.country, runs[shift.scenario].name, word, u.unit_id, u.name, u.department, base.rankCountry[i], other.rankCountry[i], base.score[i], other.score[i]];
    };
    for (const i of shift.enters) rows.push(row(i, x.enters));
    for (const i of shift.leaves) rows.push(row(i, x.leaves));
  }
  return { columns, rows };
}

/** Each scenario's priority list (as the index's own export), named by the scenario. */
export function scenarioSheets(runs: readonly ScenarioRun[], text: ScenarioTableText): { name: string; table: ResultTable }[] {
  return runs.map((run) => ({ name: run.name, table: priorityListTable(run.result, run.spec, { labels: text.sheets, lang: text.lang }) }));
}

/** The Method sheet's block of the scenarios: each one's name, whether it is the base, its spec's name and the root weights. */
export function scenarioMethodBlock(runs: readonly ScenarioRun[], c: ScenarioComparison, text: ScenarioTableText): MethodBlock {
  const x = text.scenarios;
  return {
    title: x.methodTitle,
    note: x.methodNote(c.topN),
    header: ['', x.scenario, x.isBase, x.specName, x.weights, text.sheets.severity],
    rows: runs.map((run, k) => {
      const groups = new Map(run.spec.groups.map((g) => [g.id, g.weight]));
      const children = rootChildren(run.spec);
      const total = children.reduce((t, id) => t + (groups.get(id) ?? 0), 0) || 1;
      const weights = children.map((id) => `${id} ${Math.round((1000 * (groups.get(id) ?? 0)) / total) / 10}%`).join(', ');
      return [`s${k + 1}`, run.name, k === c.base ? text.sheets.yes : text.sheets.no, run.spec.name, weights, severitySheetText(run.spec, text.sheets)];
    }),
  };
}
