/**
 * The map legend of the index's severity view: one legend per country (the classes are drawn
 * within each country), a row per class 1–5 with its score range in that country and its count.
 */
import type { CatalogEntry, CountryCode } from '../data/schema.ts';
import type { SeverityResult } from '../analysis/severity-classes.ts';
import { evidenceIn, type EvidenceCell } from '../data/evidence-table.ts';
import { boundDigits, cssRgb, type LegendClass } from './legend-classes.ts';
import { formatNumber } from '../i18n/format-number.ts';
import { SEVERITY_RGB } from './severity-colours.ts';

/** One country's severity legend (the shape of country-legends.ts's `CountryLegend`). */
interface SeverityLegend {
  country: CountryCode;
  rows: LegendClass[];
  noData: number;
  evidence: EvidenceCell;
}

/**
 * @param values - the scores, aligned to the units.
 * @param unitCountry - each unit's country as an index into `countries`.
 * @param rowLabel - a class's name ("5 · most severe").
 */
export function countrySeverityLegends(
  entry: CatalogEntry,
  countries: readonly CountryCode[],
  severity: SeverityResult,
  values: ArrayLike<number>,
  unitCountry: ArrayLike<number>,
  rowLabel: (c: number) => string,
  locale: string,
): SeverityLegend[] {
  const g = countries.length;
  const counts = Array.from({ length: g }, () => new Array<number>(5).fill(0));
  const noData = new Array<number>(g).fill(0);
  const lo = new Array<number>(g).fill(Infinity);
  const hi = new Array<number>(g).fill(-Infinity);
  for (let i = 0; i < severity.classes.length; i++) {
    const k = unitCountry[i];
    const c = severity.classes[i];
    if (c === 0) {
      noData[k]++;
      continue;
    }
    counts[k][c - 1]++;
    if (values[i] < lo[k]) lo[k] = values[i];
    if (values[i] > hi[k]) hi[k] = values[i];
  }
  const out: SeverityLegend[] = [];
  countries.forEach((country, k) => {
    if (!entry.countries.includes(country)) return;
    const cuts = severity.cuts[k] ?? [];
    // The classes a country has: the top `cuts.length + 1` (fewer distinct scores: the lowest are left out).
    const first = 5 - cuts.length;
    const bounds = Number.isFinite(lo[k]) ? [Math.min(lo[k], cuts[0] ?? lo[k]), ...cuts, Math.max(hi[k], cuts[cuts.length - 1] ?? hi[k])] : [];
    const digits = boundDigits(severity.rule === 'fixed' ? cuts : bounds);
    const fmt = (x: number) => formatNumber(x, locale, digits);
    const rows: LegendClass[] = [];
    for (let c = 1; c <= 5; c++) {
      const j = c - first;
      // Fixed cut-offs: the class's span of the scale ("< 20", "20 – 40", "≥ 80"); natural breaks: of the country's scores.
      const range =
        severity.rule === 'fixed'
          ? ` (${c === 1 ? `< ${fmt(cuts[0])}` : c === 5 ? `≥ ${fmt(cuts[3])}` : `${fmt(cuts[c - 2])} – ${fmt(cuts[c - 1])}`})`
          : j >= 0 && j + 1 < bounds.length
            ? ` (${fmt(bounds[j])} – ${fmt(bounds[j + 1])})`
            : '';
      rows.push({ colour: cssRgb(SEVERITY_RGB[c - 1]), label: `${rowLabel(c)}${range}`, count: counts[k][c - 1] });
    }
    out.push({ country, rows, noData: noData[k], evidence: evidenceIn(entry, country) });
  });
  return out;
}
