/**
 * Attribution of the boundary files (from data/raw/PROVENANCE.md), as manifest sources. Ids are
 * stable keys: catalog entries and exports refer to them.
 */
import type { SourceInfo } from '../../src/lib/data/schema.ts';

const A2SIT = 'https://github.com/UNHCR-Guatemala/A2SIT';
const A2SIT_GEOM_COMMIT = 'aad74ebc0fe8ae82d034d6daea2b68aadecf3360';

export const BOUNDARY_SOURCE_IDS = {
  gt: 'boundaries_gt_ocha_2019',
  hn: 'boundaries_hn_ine',
  sv: 'boundaries_sv_ocha_2024',
  svPre2024: 'boundaries_sv_pre2024',
  svCrosswalk: 'crosswalk_sv_2024',
  svDistritos: 'crosswalk_sv_distritos_2024',
} as const;

/** Every boundary-side source, sorted by id. */
export const BOUNDARY_SOURCES: readonly SourceInfo[] = [
  {
    id: BOUNDARY_SOURCE_IDS.gt,
    title: 'Guatemala municipal boundaries (admin level 2), OCHA COD-AB 2019',
    citation: 'OCHA / CONRED (COD-AB 2019), via UNHCR-Guatemala/A2SIT',
    repository: A2SIT,
    commit: '7c69e0b217e1daea2db1943a3ccfe817e8fb60b0',
    path: 'inst/shp/gtm_admbnda_adm2_ocha_conred_20190207',
    licence: 'OCHA COD-AB (cite "OCHA / CONRED"); repository MIT',
  },
  {
    id: BOUNDARY_SOURCE_IDS.hn,
    title: 'Honduras municipal boundaries (admin level 2, INE codes, simplified)',
    citation:
      "Honduras municipios (INE codes), via UNHCR-Guatemala/A2SIT; municipio names from INE's code list (via ArnoldoPineda/dashboard-municipal-honduras), which corrects 13 names of the boundary file",
    repository: A2SIT,
    commit: A2SIT_GEOM_COMMIT,
    path: 'inst/geom/HND.rds',
    licence: 'Repository MIT; original shapefile not named by the repository',
  },
  {
    id: BOUNDARY_SOURCE_IDS.sv,
    title: 'El Salvador municipal boundaries after the 2024 reform (44 municipios), OCHA COD-AB v02',
    citation: 'OCHA COD-AB El Salvador v02 (valid 2024-08-19), via informaticaincoe/fe',
    repository: 'https://github.com/informaticaincoe/fe',
    commit: '4772ca6a8d835b140940ed0718dc3bc2737bab4e',
    path: 'location/l10n_sv_despacho/static/data/slv_admin2.geojson',
    licence: 'OCHA COD-AB; repository Apache-2.0',
  },
  {
    id: BOUNDARY_SOURCE_IDS.svPre2024,
    title: 'El Salvador municipal boundaries before 2024 (262 municipios, now distritos, DIGESTYC codes)',
    citation: 'El Salvador pre-2024 municipios (DIGESTYC codes), via UNHCR-Guatemala/A2SIT',
    repository: A2SIT,
    commit: A2SIT_GEOM_COMMIT,
    path: 'inst/geom/SLV.RDS',
    licence: 'Repository MIT',
  },
  {
    id: BOUNDARY_SOURCE_IDS.svCrosswalk,
    title: 'El Salvador 2024 municipios: OCHA P-code to DIGESTYC department code',
    citation: 'Crosswalk compiled for this project by name match (DIGESTYC / Ministerio de Hacienda codes)',
    repository: '',
    commit: '',
    path: 'data/raw/boundaries/slv_adm2_2024_crosswalk.csv',
    licence: 'Administrative codes (facts)',
  },
  {
    id: BOUNDARY_SOURCE_IDS.svDistritos,
    title: 'El Salvador 2024 reform: each of the 262 former municipios to its 2024 municipio',
    citation: 'Crosswalk compiled for this project from public catalogs of the 2024 territorial reform',
    repository: '',
    commit: '',
    path: 'data/raw/boundaries/slv_distritos_2024_crosswalk.csv',
    licence: 'Administrative law (facts)',
  },
];
