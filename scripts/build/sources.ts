/**
 * Provenance of every raw source the indicator and investment builders read, as PROVENANCE.md
 * gives it (repository, commit, path in the repository, licence, citation). The app shows these
 * in "About the data" and every export carries them.
 */
import type { SourceInfo } from '../../src/lib/data/schema.ts';

const A2SIT_COMMIT = 'aad74ebc0fe8ae82d034d6daea2b68aadecf3360';
const EDA_COMMIT = '2b2db40e86069328108e6c190860978f34ce9330';
const DATAVERSO_COMMIT = 'adc9c261ed293f2603162f46b4d8332e2fe461bc';
const UCHICAGO_COMMIT_CLEAN = '17c164c924bbbac0de7aa027c8fd876659782db4';
const UCHICAGO_COMMIT_SV = '9215f3704575ff36dabd914f8c8df275e8916c3b';

export const SOURCES = {
  a2sit_gtm: {
    id: 'a2sit_gtm',
    title: 'A2SIT municipal indicators for Guatemala (input template and indicator dictionary)',
    citation: 'UNHCR Guatemala A2SIT',
    repository: 'https://github.com/UNHCR-Guatemala/A2SIT',
    commit: A2SIT_COMMIT,
    path: 'inst/A2SIT_data_input_template_GTM.xlsx',
    licence: 'MIT',
  },
  usaid_gtm_eda_mpi: {
    id: 'usaid_gtm_eda_mpi',
    title: 'USAID/Guatemala exploratory data analysis 2021: municipal table with the IFPRI Migration Potential Index (2018)',
    citation: 'USAID/Guatemala EDA 2021, IFPRI MPI',
    repository: 'https://github.com/eanderson-ei/guatemala-eda-report',
    commit: EDA_COMMIT,
    path: 'assets/muni-table.html',
    licence: 'US government work (public domain)',
  },
  ine_gtm_census2018_population: {
    id: 'ine_gtm_census2018_population',
    title: 'Censo 2018, Cuadro A1: population by sex, age group and area, by municipio',
    citation: 'INE Guatemala, Censo 2018',
    repository: 'https://github.com/RedCiudadana/data_dataverso',
    commit: DATAVERSO_COMMIT,
    path: '10.Censo/10. Cuadro A1 - Población total por sexo, grupos quinquenales de edad y área.xlsx',
    licence: 'Official statistics of INE Guatemala, republished by Red Ciudadana',
  },
  ine_gtm_census2018_residence2013: {
    id: 'ine_gtm_census2018_residence2013',
    title: 'Censo 2018, Cuadro A4: population by place of birth and place of residence in April 2013, by municipio',
    citation: 'INE Guatemala, Censo 2018',
    repository: 'https://github.com/RedCiudadana/data_dataverso',
    commit: DATAVERSO_COMMIT,
    path: '10.Censo/13. Cuadro A4 - Población total por lugar de nacimiento y lugar de residencia en abril del 2013.xlsx',
    licence: 'Official statistics of INE Guatemala, republished by Red Ciudadana',
  },
  segeplan_gtm_ranking: {
    id: 'segeplan_gtm_ranking',
    title: 'SEGEPLAN municipal management ranking 2013, 2016, 2018',
    citation: 'SEGEPLAN',
    repository: 'https://github.com/RedCiudadana/data_dataverso',
    commit: DATAVERSO_COMMIT,
    path: '1.Gestion_Municipal/1. Ranking Municipal - SEGEPLAN.xlsx',
    licence: 'Official statistics of SEGEPLAN Guatemala, republished by Red Ciudadana',
  },
  ine_gtm_census2018_emigration_dept: {
    id: 'ine_gtm_census2018_emigration_dept',
    title: 'Censo 2018 households with emigrants (2002–2018) and receiving remittances, by department',
    citation: 'INE Guatemala, Censo 2018 (department tabulation by the UChicago Policy Lab migration project)',
    repository: 'https://github.com/Dayacha/UchicagoPolicyLab-Migration',
    commit: UCHICAGO_COMMIT_CLEAN,
    path: 'Data/clean/municipality_summary_gt.csv',
    licence: 'Figures from INE Guatemala census microdata',
  },
  digestyc_slv_census2024: {
    id: 'digestyc_slv_census2024',
    title: 'Censo 2024 El Salvador by the 44 municipios: population, emigrants 2014–2024, households with emigrants and remittances',
    citation: 'DIGESTYC/ONEC, Censo de Población y Vivienda 2024 (tabulation by the UChicago Policy Lab migration project)',
    repository: 'https://github.com/Dayacha/UchicagoPolicyLab-Migration',
    commit: UCHICAGO_COMMIT_SV,
    path: 'Data/El Salvador- Censo 2024/Processed/municipality_summary.csv',
    licence: 'Figures from DIGESTYC/ONEC census data',
  },
  digestyc_slv_census2024_emigrants: {
    id: 'digestyc_slv_census2024_emigrants',
    title: 'Censo 2024 El Salvador: emigrants 2014–2024 by sex, area, cause, year of departure and age, by municipio',
    citation: 'DIGESTYC/ONEC, Censo de Población y Vivienda 2024 (tabulation by the UChicago Policy Lab migration project)',
    repository: 'https://github.com/Dayacha/UchicagoPolicyLab-Migration',
    commit: UCHICAGO_COMMIT_SV,
    path: 'Data/El Salvador- Censo 2024/Processed/emigration_summary.csv',
    licence: 'Figures from DIGESTYC/ONEC census data',
  },
  ine_hnd_migration_survey2023: {
    id: 'ine_hnd_migration_survey2023',
    title: 'Honduras migration and remittances survey 2023, survey-weighted, by department',
    citation: 'INE Honduras, migration and remittances survey 2023 (department tabulation by the UChicago Policy Lab migration project)',
    repository: 'https://github.com/Dayacha/UchicagoPolicyLab-Migration',
    commit: UCHICAGO_COMMIT_CLEAN,
    path: 'Data/clean/municipality_summary_hnd.csv',
    licence: 'Figures from INE Honduras survey data',
  },
  wb_nca_violence_fragility: {
    id: 'wb_nca_violence_fragility',
    title: 'Municipal violence score (conflict events) and climate-fragility score for northern Central America',
    citation: 'Muñoz-Mora, J. C., wb_migration_centralamerica (variablesmuni)',
    repository: 'https://github.com/jcmunozmora/wb_migration_centralamerica',
    commit: 'b397767b516cd243d7e9080114e6e64aded0fa52',
    path: 'data/derived/variablesmuni.xls',
    licence: 'MIT (Copyright (c) 2024 Juan Carlos Muñoz-Mora)',
  },
  ine_hnd_population_projection: {
    id: 'ine_hnd_population_projection',
    title: 'Honduras municipal population projections 2020–2025 (INE, based on the 2013 census), 298 municipios',
    citation: 'INE Honduras, proyecciones de población municipal 2020–2025 (via dashboard-municipal-honduras)',
    repository: 'https://github.com/ArnoldoPineda/dashboard-municipal-honduras',
    commit: 'a6d0fe76785b49fd464c63593ee6cf9c553a20b8',
    path: 'scripts/updateMunicipios.js',
    licence: 'None stated in the repository; the numbers are INE Honduras official projections (public facts)',
  },
  ine_hnd_ephpm2018_direct: {
    id: 'ine_hnd_ephpm2018_direct',
    title: 'Honduras EPHPM June 2018 person file: sums of expansion factors by municipio (used only to check the population projections)',
    citation: 'INE Honduras, EPHPM 2018 microdata',
    repository: 'https://github.com/jrmaktub/senacit_chatbot',
    commit: '443252691f8db71c73b2556c50066d804aa1af76',
    path: 'crawl_output/ine/downloaded_pdfs/Hogar2018.zip',
    licence: 'None stated in the repository; INE Honduras public microdata',
  },
  wb_slv_poverty_map_2019: {
    id: 'wb_slv_poverty_map_2019',
    title: 'El Salvador small-area estimates of household moderate poverty 2019 (Fay–Herriot), 262 former municipios (Annex 7, Table A39)',
    citation: 'Robayo-Abril, M. and Rude, B. (2023). Poverty Mapping in El Salvador. World Bank, Annex 7 Table A39',
    repository: 'https://github.com/BrittaRude/BrittaRude.github.io',
    commit: '32695406e05d57d05644ea0b9ec7bef0377c5c31',
    path: 'images/PovertyMappingSLV.pdf',
    licence: 'World Bank: may be reproduced, in whole or in part, for noncommercial purposes as long as full attribution to this work is given',
  },
  slv_pess_priority_list: {
    id: 'slv_pess_priority_list',
    title: 'Plan El Salvador Seguro: the 50 municipios (now distritos) prioritised in phases 1–3 (2015–2017)',
    citation: 'Gobierno de El Salvador, Plan El Salvador Seguro (list transcribed from seguridad.gob.sv, rnpn.gob.sv and press pages)',
    repository: '',
    commit: '',
    path: 'data/raw/additions/slv_plan_el_salvador_seguro_50_municipios.csv',
    licence: 'Facts from government and news pages (URLs in the file)',
  },
  usaid_gtm_activities: {
    id: 'usaid_gtm_activities',
    title: 'USAID/Guatemala activities by municipio (38 activities, technical office, La Ruta flag)',
    citation: 'USAID/Guatemala',
    repository: 'https://github.com/eanderson-ei/guatemala-eda-report',
    commit: EDA_COMMIT,
    path: 'assets/activities-table.html',
    licence: 'US government work (public domain)',
  },
  aiddata_hnd_aims: {
    id: 'aiddata_hnd_aims',
    title: 'Honduras AIMS geocoded research release, level 1, v1.3.1 (projects, locations, transactions)',
    citation:
      'AidData. 2019. HondurasAIMS_GeocodedResearchRelease_Level1_v1.3.1 geocoded dataset. Williamsburg, VA and Washington, DC: AidData. http://aiddata.org/research-datasets',
    repository: 'https://github.com/AidData-WM/public_datasets',
    commit: 'afaf88b',
    path: 'geocoded/HondurasAIMS_GeocodedResearchRelease_Level1_v1.3.1',
    licence: 'ODC Attribution License (ODC-By), per the release README.pdf',
  },
  wh_call_to_action_commitments: {
    id: 'wh_call_to_action_commitments',
    title: 'Call to Action for Northern Central America: private-sector commitments by company, amount and country (2021–2024), from seven White House fact sheets',
    citation: 'The White House, Briefing Room fact sheets on the Call to Action to the private sector (2021-05-27 to 2024-03-25)',
    repository: 'https://github.com/brian14708/wh-briefings',
    commit: 'c59056240234fdcf3fd74d1f4fb1871ad7222ea4',
    path: 'statements-releases/2021-05 … 2024-03 (seven fact sheets; each row gives its source_path and source_commit; the commit here is the latest sheet’s)',
    licence: 'U.S. Government works, public domain in the U.S. (17 U.S.C. §105); repository CC0 1.0',
  },
} as const satisfies Record<string, SourceInfo>;

export type SourceId = keyof typeof SOURCES;
