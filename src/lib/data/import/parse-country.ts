/**
 * A country written in a planner's file, recognised: English or Spanish name in any case and with
 * or without accents, or an ISO 3166 code (alpha-2 or alpha-3). Anything else is null.
 */
import type { CountryCode } from '../schema.ts';
import { foldAccents } from '../../i18n/fold-accents.ts';

const NAMES: Readonly<Record<string, CountryCode>> = {
  GT: 'GT',
  GTM: 'GT',
  GUATEMALA: 'GT',
  HN: 'HN',
  HND: 'HN',
  HONDURAS: 'HN',
  SV: 'SV',
  SLV: 'SV',
  'EL SALVADOR': 'SV',
  SALVADOR: 'SV',
};

/** `Guatemala`, `GUATEMALA`, `gt`, `GTM` → `GT`; `El Salvador`, `SLV` → `SV`; `Mexico` → null. */
export function parseCountry(text: string): CountryCode | null {
  const folded = foldAccents(text)
    .toUpperCase()
    .replace(/[^A-Z]+/g, ' ')
    .trim();
  return NAMES[folded] ?? null;
}
