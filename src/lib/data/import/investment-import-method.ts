/**
 * How each imported investment file was read, for the method of every investments export: the
 * file, its source, the amount's unit, how rows were placed (key, points, precision column,
 * country) and the rule for a project amount repeated on its locations (split or not, with the
 * counts). Pure; English, as the exports' method is.
 */
import type { WorkspaceImport } from '../workspace.ts';
import { repeatedOf, splitRuleText } from './investment-preview.ts';

export interface InvestmentImportMethod {
  import_id: string;
  file: string;
  source: string;
  amount_column: string | null;
  amount_unit_usd: number;
  placed_by: string;
  precision_column: string | null;
  precision_rule: string | null;
  country: string | null;
  project_id_column: string | null;
  repeated_project_amounts: string;
}

export function investmentImportMethod(imports: readonly WorkspaceImport[]): InvestmentImportMethod[] {
  return imports.flatMap((imp) => {
    const m = imp.mapping;
    if (m.kind !== 'investments') return [];
    const table = imp.parsed.table;
    const repeated = repeatedOf(table, m);
    const points = m.lon ? `coordinates ${m.lon}/${m.lat}` : imp.parsed.kind === 'layer' ? 'the layer\u2019s points' : null;
    return [
      {
        import_id: imp.id,
        file: table.fileName,
        source: m.source,
        amount_column: m.amount ?? null,
        amount_unit_usd: m.amountScale ?? 1,
        placed_by: [m.key && `key ${m.key.column} (${m.key.by})`, points, 'else the row\u2019s country (country level)'].filter(Boolean).join('; '),
        precision_column: m.precision ?? null,
        precision_rule: m.precision ? 'AidData codes 1-3 municipio, 4-5 department, 6-8 country (its point dropped); a coarser location is never put in the municipio under its point' : null,
        country: m.countryColumn ? `column ${m.countryColumn}` : (m.country ?? m.key?.country ?? (m.key?.countryColumn ? `column ${m.key.countryColumn}` : null)),
        project_id_column: m.activityId ?? null,
        repeated_project_amounts: splitRuleText({ repeated, split: !!m.splitRepeated && repeated !== null }),
      },
    ];
  });
}
