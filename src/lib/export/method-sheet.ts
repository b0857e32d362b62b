/**
 * The "Method" sheet of every Excel export, built in one place: what
 * made the file (app, version, date, data build), the export's own settings as readable blocks
 * (for the priority list: the method in words, the pillar weights and the indicators with their
 * weights as percentages, directions and treatment), then the evidence table — for each
 * indicator and country the level its figures are measured at, their year and source — with the
 * pillar × country summary on top. Labels in the interface language.
 */
import { EVIDENCE_COUNTRIES, evidenceCounts, evidenceTable } from '../data/evidence-table.ts';
import { lineOfEffortCode } from '../data/lines-of-effort.ts';
import type { CatalogEntry, CountryCode, Pillar } from '../data/schema.ts';
import type { EvidenceMessages } from '../i18n/evidence-messages.ts';
import type { SheetsMessages } from '../i18n/sheets-messages.ts';
import type { Provenance } from './provenance.ts';
import type { ColumnType } from './result-table.ts';
import { methodRows } from './xlsx-method-rows.ts';

/** A cell of the Method sheet: text, a number shown by `type`, a plain value or empty. */
export type MethodCell = string | number | boolean | null | { value: number; type: ColumnType };

/** A titled block: an optional note, an optional header row (bold), then rows. */
export interface MethodBlock {
  title?: string;
  /** One line of explanation under the title. */
  note?: string;
  header?: string[];
  rows: MethodCell[][];
}

/** The words the sheets are written in. */
export interface SheetText {
  lang: 'en' | 'es';
  sheets: SheetsMessages;
  evidence: EvidenceMessages;
  pillars: Record<Pillar, string>;
  countries: Record<CountryCode, string>;
}

const PILLAR_ORDER: readonly Pillar[] = ['migration', 'I', 'II', 'III', 'IV', 'V', 'context'];

/** The first block: app, version, date (ISO 8601 UTC) and data build. */
export function madeByBlock(text: SheetText, provenance: Provenance, date: Date): MethodBlock {
  const s = text.sheets;
  return {
    title: s.methodTitle,
    rows: [
      [s.app, `${provenance.app.name} ${provenance.app.version}`],
      [s.date, date.toISOString()],
      [s.dataBuild, provenance.data_build ?? ''],
    ],
  };
}

/** A settings object (hotspot settings, an investments filter) as one key/value block, keys dotted. */
export function settingsBlock(text: SheetText, settings: Record<string, unknown>): MethodBlock {
  return { title: text.sheets.settingsTitle, rows: methodRows(settings).map(([k, v]) => [k, v]) };
}

/** The evidence table as blocks: the pillar × country counts, then one row per indicator. */
export function evidenceBlocks(text: SheetText, catalog: readonly CatalogEntry[]): MethodBlock[] {
  const e = text.evidence;
  const counts = evidenceCounts(catalog);
  const countryHeads = EVIDENCE_COUNTRIES.map((c) => text.countries[c]);
  const summary: MethodBlock = {
    title: e.title,
    note: e.intro,
    header: [e.pillar, ...countryHeads],
    rows: [...PILLAR_ORDER.filter((p) => counts.has(p)).map((p): MethodCell[] => [text.pillars[p], ...EVIDENCE_COUNTRIES.map((c) => e.count(counts.get(p)![c].municipio, counts.get(p)![c].department))])],
  };
  const rows = evidenceTable(catalog);
  rows.sort((a, b) => PILLAR_ORDER.indexOf(a.pillar) - PILLAR_ORDER.indexOf(b.pillar));
  const table: MethodBlock = {
    title: e.tableCaption,
    header: [e.pillar, e.indicator, text.sheets.indicatorId, ...EVIDENCE_COUNTRIES.flatMap((c) => [text.countries[c], `${text.countries[c]}: ${e.year}`]), e.source, e.loe],
    rows: rows.map((r): MethodCell[] => {
      const sources = [...new Set(EVIDENCE_COUNTRIES.map((c) => r.cells[c].source).filter(Boolean))];
      return [
        text.pillars[r.pillar],
        r.label[text.lang] || r.label.en,
        r.id,
        ...EVIDENCE_COUNTRIES.flatMap((c) => [e.levels[r.cells[c].level], r.cells[c].year || null]),
        sources.join('; '),
        r.loe.map((l) => lineOfEffortCode(l, text.lang)).join('; ') || null,
      ];
    }),
  };
  return [summary, table];
}
