import type { CatalogEntry, CountryCode } from '../data/schema.ts';
import { evidenceIn, type EvidenceCell } from '../data/evidence-table.ts';
import { formatRank } from '../i18n/format-number.ts';
import { cssRgb, legendClasses, type LegendClass } from './legend-classes.ts';
import type { Rgb } from './fill-colours.ts';
import type { SeverityResult } from '../analysis/severity-classes.ts';
import { countrySeverityLegends } from './severity-legends.ts';

/** One country's legend when classes are drawn within each country. */
export interface CountryLegend {
  country: CountryCode;
  /** One row per class, lowest first (on the rank scale the row label is the rank span, e.g. `1 – 68`). */
  rows: LegendClass[];
  /** Units of the country without a value. */
  noData: number;
  /** Where the country's values come from: level, year, source. */
  evidence: EvidenceCell;
}

/** Per-country classes as the choropleth computes them (`classesWithinGroups`), countries indexed like `countries`. */
export interface CountryClasses {
  bounds: readonly (readonly number[])[];
  counts: readonly (readonly number[])[];
  noData: readonly number[];
}

/** Per-country rank classes (`rankClassesWithinGroups`), countries indexed like `countries`. */
export interface CountryRankClasses {
  k: number;
  spans: readonly (readonly { count: number; firstRank: number; lastRank: number }[])[];
  noData: readonly number[];
}

/**
 * One legend per country the entry covers, in `countries` order: its value classes (bounds
 * formatted for the locale, as `legendClasses`), its no-data count and its evidence line. A
 * country the entry does not cover gets no legend (its units are counted under "no data").
 *
 * @param countries - the countries in the order the classes index them (the app's `COUNTRIES`).
 * @param palettes - the colours of each country's classes, indexed like `countries`.
 */
export function countryValueLegends(
  entry: CatalogEntry,
  countries: readonly CountryCode[],
  classes: CountryClasses,
  palettes: readonly (readonly Rgb[])[],
  locale: string,
): CountryLegend[] {
  const out: CountryLegend[] = [];
  countries.forEach((country, g) => {
    if (!entry.countries.includes(country)) return;
    const bounds = classes.bounds[g] ?? [];
    out.push({
      country,
      rows: bounds.length > 1 ? legendClasses(bounds, palettes[g] ?? [], classes.counts[g] ?? [], locale) : [],
      noData: classes.noData[g] ?? 0,
      evidence: evidenceIn(entry, country),
    });
  });
  return out;
}

/**
 * One legend per country the entry covers on the rank scale: row c (lowest values first) spans
 * the ranks its units hold in that country (`340 – 273` … `68 – 1`, 1 = highest value), empty
 * classes labelled with an en dash.
 */
export function countryRankLegends(
  entry: CatalogEntry,
  countries: readonly CountryCode[],
  classes: CountryRankClasses,
  palette: readonly Rgb[],
  locale: string,
): CountryLegend[] {
  const out: CountryLegend[] = [];
  countries.forEach((country, g) => {
    if (!entry.countries.includes(country)) return;
    const spans = classes.spans[g] ?? [];
    const rows: LegendClass[] = [];
    for (let c = 0; c < classes.k; c++) {
      const s = spans[c];
      const label = !s || !s.count ? '–' : s.firstRank === s.lastRank ? formatRank(s.firstRank, locale) : `${formatRank(s.lastRank, locale)} – ${formatRank(s.firstRank, locale)}`;
      rows.push({ colour: cssRgb(palette[c] ?? palette[palette.length - 1] ?? [0, 0, 0]), label, count: s?.count ?? 0 });
    }
    out.push({ country, rows, noData: classes.noData[g] ?? 0, evidence: evidenceIn(entry, country) });
  });
  return out;
}

/**
 * The per-country legends of what the choropleth draws: its within-country value classes, or its
 * rank classes (one palette for all countries), or the index's severity classes 1–5 (rows named by
 * `severityRow`), or none on the region scale.
 */
export function shownCountryLegends(
  entry: CatalogEntry,
  countries: readonly CountryCode[],
  shown: {
    withinCountry: CountryClasses | null;
    rankWithinCountry: CountryRankClasses | null;
    countryPalettes: readonly (readonly Rgb[])[];
    severity?: SeverityResult | null;
    values?: ArrayLike<number> | null;
    unitCountry?: ArrayLike<number>;
  },
  locale: string,
  severityRow: (c: number) => string = String,
): CountryLegend[] {
  if (shown.severity && shown.values && shown.unitCountry) return countrySeverityLegends(entry, countries, shown.severity, shown.values, shown.unitCountry, severityRow, locale);
  if (shown.withinCountry) return countryValueLegends(entry, countries, shown.withinCountry, shown.countryPalettes, locale);
  if (shown.rankWithinCountry) return countryRankLegends(entry, countries, shown.rankWithinCountry, shown.countryPalettes[0] ?? [], locale);
  return [];
}
