/**
 * Direction and pillar guessed from real indicator names (Spanish and English, as national
 * sources and the default data write them), word by word: `tasa_analfabetismo` is illiteracy
 * (more need) although it contains `alfabetismo` (literacy, less need).
 */
import { describe, expect, it } from 'vitest';
import { amountScaleOfName } from '../../../src/lib/data/import/amount-unit.ts';
import { directionOfName, pillarOfName } from '../../../src/lib/data/import/indicator-words.ts';
import { guessInvestmentMapping } from '../../../src/lib/data/import/guess-mapping.ts';
import type { Pillar } from '../../../src/lib/data/schema.ts';

/** [column name, direction (1 more need, -1 less need), pillar] */
const TABLE: [string, 1 | -1, Pillar][] = [
  ['tasa_analfabetismo', 1, 'I'],
  ['Tasa de analfabetismo (%)', 1, 'I'],
  ['alfabetismo', -1, 'I'],
  ['adult_literacy_rate', -1, 'I'],
  ['youth_literacy_rate', -1, 'I'],
  ['illiteracy_rate', 1, 'I'],
  ['agua_potable', -1, 'I'],
  ['acceso_agua', -1, 'I'],
  ['hogares_sin_agua_potable', 1, 'I'],
  ['pct_hogares_con_electricidad', -1, 'I'],
  ['cobertura_electrica', -1, 'I'],
  ['hogares_sin_electricidad', 1, 'I'],
  ['saneamiento_mejorado', -1, 'I'],
  ['access_to_sanitation', -1, 'I'],
  ['deficit_habitacional', 1, 'I'],
  ['pobreza_extrema', 1, 'I'],
  ['Pobreza', 1, 'I'],
  ['moderate_poverty_fh_pct', 1, 'I'],
  ['poverty_rate_persons', 1, 'I'],
  ['NBI_total', 1, 'I'],
  ['tasa_desempleo', 1, 'I'],
  ['Desemp', 1, 'I'],
  ['unemployment_rate', 1, 'I'],
  ['EmpleoForm', -1, 'I'],
  ['formal_employment_change', -1, 'I'],
  ['desnutricion_cronica', 1, 'I'],
  ['malnutrition_under5', 1, 'I'],
  ['InsegAlim', 1, 'I'],
  ['pib_per_capita', -1, 'I'],
  ['ingreso_promedio_hogar', -1, 'I'],
  ['Gini', 1, 'I'],
  ['escolaridad_promedio', -1, 'I'],
  ['adolescents_out_of_school_rate', 1, 'I'],
  ['indice_desarrollo_humano', -1, 'I'],
  ['hacinamiento', 1, 'I'],
  ['tasa_homicidios', 1, 'IV'],
  ['homicide_rate_per_100k', 1, 'IV'],
  ['Delitos', 1, 'IV'],
  ['extorsiones', 1, 'IV'],
  ['GrupCrim', 1, 'IV'],
  ['ViolenciaMujer', 1, 'V'],
  ['femicidios', 1, 'V'],
  ['embarazo_adolescente', 1, 'V'],
  ['IntraFamViolencia', 1, 'V'],
  ['Trabinfant', 1, 'III'],
  ['trabajo_infantil', 1, 'III'],
  ['indice_gestion_municipal', -1, 'II'],
  ['Promediosegeplan', -1, 'II'],
  ['percepcion_corrupcion', 1, 'II'],
  ['tasa_remesas', 1, 'migration'],
  ['hogares_con_emigrantes', 1, 'migration'],
  ['Deportadas', 1, 'migration'],
  ['total_emigrants_household', 1, 'migration'],
  ['RisDespl', 1, 'migration'],
  ['Poblacion total', 1, 'context'],
];

describe('direction and pillar of real indicator names', () => {
  it('has a table of at least 40 names', () => expect(TABLE.length).toBeGreaterThanOrEqual(40));
  it.each(TABLE)('%s → direction %i, pillar %s', (name, direction, pillar) => {
    expect(directionOfName(name)).toBe(direction);
    expect(pillarOfName(name)).toBe(pillar);
  });
});

describe('amounts and their unit', () => {
  it('reads millions from the name, and units by default', () => {
    for (const n of ['USD millions', 'monto (millones)', 'monto_mm', 'amount_musd', 'Total (USD m)', 'commitment_usd_million']) expect(amountScaleOfName(n), n).toBe(1_000_000);
    for (const n of ['Total Amt', 'monto_total', 'amount_usd', 'monto', 'm2_construidos']) expect(amountScaleOfName(n), n).toBe(1);
  });

  it('recognises Total Amt and monto_total as the amount, with the unit the name gives', () => {
    const t = (columns: string[]) => ({ fileName: 'p.csv', columns, types: columns.map(() => 'text' as const), values: columns.map(() => []), rowCount: 0, read: { format: 'csv' as const }, renamed: [] });
    expect(guessInvestmentMapping(t(['Project', 'Total Amt', 'lat', 'lon']))).toMatchObject({ amount: 'Total Amt' });
    expect(guessInvestmentMapping(t(['Project', 'Total Amt', 'lat', 'lon'])).amountScale).toBeUndefined();
    expect(guessInvestmentMapping(t(['municipio', 'monto_total']))).toMatchObject({ amount: 'monto_total' });
    expect(guessInvestmentMapping(t(['municipio', 'monto (millones)']))).toMatchObject({ amount: 'monto (millones)', amountScale: 1_000_000 });
  });
});
