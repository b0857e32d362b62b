/**
 * The import report's money summary of an investment file: its rows made as applying them would
 * make them (same mapping, join and country locator), then summed by where their money can go
 * ({@link investmentPreview}). An error is returned, not thrown: the report shows it, and applying
 * would refuse the file with the same words.
 */
import { investmentsFromImport } from '../data/import/apply-investments.ts';
import type { InvestmentMapping } from '../data/import/import-mapping.ts';
import type { RawTable } from '../data/import/import-types.ts';
import { investmentPreview, type InvestmentPreview } from '../data/import/investment-preview.ts';
import type { JoinReport } from '../data/join/join-types.ts';
import type { CountryCode } from '../data/schema.ts';

export type PreviewResult = { preview: InvestmentPreview; error: null } | { preview: null; error: unknown };

export function investmentImportPreview(
  table: RawTable,
  mapping: InvestmentMapping,
  report: JoinReport | null,
  countryAt: (lon: number, lat: number) => CountryCode | null,
): PreviewResult {
  try {
    const rows = investmentsFromImport(table, mapping, report, { countryAt });
    return { preview: investmentPreview(table, mapping, rows), error: null };
  } catch (error) {
    return { preview: null, error };
  }
}
