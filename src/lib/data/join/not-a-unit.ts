/**
 * Rows of planners' files that are not municipios: Guatemala City's zones (`ZONA 1` …), lakes,
 * lagoons, reservoirs and dams, "no data" markers (`NA`, `N/A`, `S/D`, "administrative unit not
 * available"), totals and nationwide rows. Tested on the name after {@link normPlaceName}.
 */
import { normPlaceName } from './norm-name.ts';

const PATTERNS = [
  /^ZONA \d+$/,
  /^ZONA EN PROCESO/,
  /^(?:LAGO|LAGUNA|EMBALSE|REPRESA|PRESA|LAKE|RESERVOIR)(?: |$)/,
  /^(?:NA|N A|ND|N D|SD|S D|NULL|NONE|SIN DATOS?|NO DISPONIBLE|NO DATA|UNKNOWN|DESCONOCIDO|IGNORADO)$/,
  /^ADMINISTRATIVE UNIT NOT AVAILABLE$/,
  /^(?:GRAN |SUB)?TOTAL(?:ES)?(?: |$)/,
  /^(?:NACIONAL|NIVEL NACIONAL|NATIONWIDE|NATIONAL|COUNTRYWIDE)$/,
];

export function isNotAUnit(key: string): boolean {
  const n = normPlaceName(key);
  return PATTERNS.some((re) => re.test(n));
}
