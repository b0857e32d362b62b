/**
 * The reviewed table of known code/name errors in the raw sources, the only rows the code/name
 * check ({@link joinOnCode}) lets through when the code in a source names another municipio than
 * the name beside it. Each entry says which row (source, code as a 4-digit key, department the row
 * gives, name as written), where it goes (`to`, the national code of the right unit, and that
 * unit's name, checked), and why, with the evidence. Anything not listed here fails the build.
 *
 * Guatemala's national sources use INE codes; OCHA's P-codes (the boundary file) swap 0206/0207:
 * INE 0206 = Sansare, 0207 = Sanarate. `to` is always an INE code.
 */
import type { SourceId } from './sources.ts';

export interface CodeCorrection {
  source: SourceId;
  /** The code as a 4-digit key (leading zero restored). */
  code: string;
  /** Department code of the row (its own department column, else the code's first two digits). */
  dept: string;
  /** The name the source writes beside the code. */
  name: string;
  /** National code of the unit the row belongs to, or null to drop the row. */
  to: string | null;
  /** Name of that unit (checked against the units, so a wrong `to` cannot pass). */
  toName: string;
  reason: string;
}

const CENSUS_1310 =
  'coded 1310 (Santa Bárbara, Huehuetenango) but filed under department 10 Suchitepéquez, whose Santa Bárbara is INE 1015; the Huehuetenango row 1310 is also in the file';

export const CODE_CORRECTIONS: readonly CodeCorrection[] = [
  { source: 'ine_gtm_census2018_population', code: '1310', dept: '10', name: 'Santa Bárbara', to: '1015', toName: 'Santa Bárbara', reason: CENSUS_1310 },
  {
    source: 'ine_gtm_census2018_population',
    code: '3111',
    dept: '13',
    name: 'La Libertad',
    to: '1311',
    toName: 'La Libertad',
    reason: 'code 3111 does not exist (Guatemala has 22 departments); department 13 Huehuetenango, La Libertad is INE 1311 (digits transposed)',
  },
  {
    source: 'ine_gtm_census2018_population',
    code: '1017',
    dept: '14',
    name: 'Santo Tomas La Unión',
    to: '1406',
    toName: 'Chichicastenango',
    reason:
      'a row of department 14 Quiché labelled with Suchitepéquez\'s Santo Tomás La Unión (1017, which has its own row); the one Quiché municipio without a row is Chichicastenango (Santo Tomás Chichicastenango, INE 1406): 141,567 residents',
  },
  { source: 'ine_gtm_census2018_residence2013', code: '1310', dept: '10', name: 'Santa Bárbara', to: '1015', toName: 'Santa Bárbara', reason: CENSUS_1310 },
  {
    source: 'a2sit_gtm',
    code: '0206',
    dept: '02',
    name: 'Sanarate',
    to: '0206',
    toName: 'Sansare',
    reason:
      'A2SIT keys its values by INE code but writes OCHA\'s names beside them: its share rural at 0206 (0.6406) is Sansare\'s in Censo 2018 (8,427 of 13,154), not Sanarate\'s (0.4682); all 311 A2SIT rural shares that the census can check match by INE code',
  },
  {
    source: 'a2sit_gtm',
    code: '0207',
    dept: '02',
    name: 'Sansare',
    to: '0207',
    toName: 'Sanarate',
    reason: 'as 0206: A2SIT\'s share rural at 0207 (0.4682) is Sanarate\'s in Censo 2018 (18,468 of 39,444)',
  },
  {
    source: 'ine_hnd_population_projection',
    code: '0801',
    dept: '08',
    name: 'Tegucigalpa',
    to: '0801',
    toName: 'Distrito Central',
    reason: 'another name of the same municipio: Distrito Central (INE 0801) is the municipio of Tegucigalpa and Comayagüela; 1.34 million people in 2024, the largest row of the file',
  },
  {
    source: 'ine_hnd_population_projection',
    code: '0820',
    dept: '08',
    name: 'Cantarranas',
    to: '0820',
    toName: 'San Juan de Flores',
    reason: 'another name of the same municipio: San Juan de Flores (INE 0820) is commonly called Cantarranas, after its head town',
  },
];
