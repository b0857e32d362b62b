/** What the apply steps (apply-indicators, apply-investments) may be told beyond the file. */
import type { CountryCode, UnitProps } from '../schema.ts';

export interface ApplyOptions {
  /** The workspace import id, for `source_id` = `user:<id>` (default: the file name). */
  importId?: string;
  /**
   * Catalog ids already in use (the default catalog and earlier imports): a new indicator with
   * one of them is refused with `duplicate-id`.
   */
  reservedIds?: Iterable<string>;
  /**
   * The app's units. With them, a department-level indicator is carried to every municipio of
   * each department a row reached, as the default data do; without them, only to the units the
   * rows reached.
   */
  units?: readonly Pick<UnitProps, 'unit_id' | 'country' | 'dept_code'>[];
  /**
   * The country of a point (see country-locator.ts), for activity rows placed by coordinates in a
   * file with no country column and no country chosen.
   */
  countryAt?: (lon: number, lat: number) => CountryCode | null;
  /**
   * Each El Salvador 2024 municipio's number of pre-2024 distritos (distrito-counts.ts): a sum of
   * distritos is given only when all of them have a value. Without it, no distrito sum is given.
   */
  distritos?: ReadonlyMap<string, number>;
}

/** `user:<import id>`, the key of an import in the sources of catalog entries and investments. */
export function userSourceId(fileName: string, options: ApplyOptions): string {
  return `user:${options.importId ?? fileName}`;
}
