/** The first guess of how distritos combine (sum for counts and amounts, mean for the rest), on real column names. */
import { describe, expect, it } from 'vitest';
import { guessCombineRule } from '../../../src/lib/data/import/combine-rule.ts';

describe('guessCombineRule', () => {
  it.each([
    ['poblacion_2007', 'sum'],
    ['Población total', 'sum'],
    ['total_emigrants_household', 'sum'],
    ['hogares_con_emigrantes', 'sum'],
    ['monto_usd', 'sum'],
    ['Total Amt', 'sum'],
    ['homicidios', 'sum'],
    ['remesas', 'sum'],
    ['moderate_poverty_fh_pct', 'mean'],
    ['cv_x100', 'mean'],
    ['tasa_homicidios', 'mean'],
    ['homicidios_por_100k', 'mean'],
    ['porcentaje_hogares_remesas', 'mean'],
    ['escolaridad_promedio', 'mean'],
    ['puntaje_minmax_Violence', 'mean'],
    ['indice_desarrollo', 'mean'],
    ['valor', 'mean'],
  ])('%s → %s', (name, rule) => {
    expect(guessCombineRule(name)).toBe(rule);
  });
  it('a % unit is a rate whatever the name', () => {
    expect(guessCombineRule('hogares', '%')).toBe('mean');
    expect(guessCombineRule('hogares', '')).toBe('sum');
  });
});
