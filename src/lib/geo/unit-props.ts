/**
 * The attributes of a boundary unit (a municipio) as the processed boundary files carry them: the
 * `properties` of each geometry of object `units` in `public/data/boundaries/*.topo.json`
 * (see data/schema.ts for the whole dataset).
 */

/** The three countries of the dataset, as ISO 3166-1 alpha-2 codes, in map order (also the order of the unit index). */
export const COUNTRY_CODES = ['GT', 'HN', 'SV'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** One unit's attributes; also the columns of `units.csv`. */
export interface UnitProps {
  /** P-code-style id: `GT0101`, `HN0801`, `SV01001`. */
  unit_id: string;
  country: CountryCode;
  /** National code as published (GT/HN INE 4-digit `DDMM`, SV OCHA P-code). */
  code: string;
  /** Name with its accents. */
  name: string;
  /** National department code (GT/HN INE 2-digit, SV DIGESTYC 2-digit). */
  dept_code: string;
  dept_name: string;
  /**
   * National statistics office code (INE `DDMM`) that national sources use, when it can differ from
   * `code`: Guatemala's OCHA P-codes swap 0206/0207 (OCHA 0206 = Sanarate, INE 0206 = Sansare).
   * GT and HN: INE 4-digit code; SV (2024 municipios): empty (no national code beside the P-code).
   */
  ine_code: string;
}
