import { describe, expect, it } from 'vitest';
import { chartNames } from '../../src/lib/state/chart-names.ts';

const row = (name: string, department: string, tag = '') => ({ name, department, tag });

describe('chartNames', () => {
  it('keeps short names whole', () => {
    expect(chartNames([row('Cuilco', 'Huehuetenango', 'GT')], 21)).toEqual(['Cuilco · GT']);
  });

  it('cuts the middle of long names, so the three Chalatenangos stay apart', () => {
    const out = chartNames([row('Chalatenango Centro', 'Chalatenango', 'SV'), row('Chalatenango Norte', 'Chalatenango', 'SV'), row('Chalatenango Sur', 'Chalatenango', 'SV')], 17);
    expect(new Set(out).size).toBe(3);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(17);
    expect(out[0]).toMatch(/Centro · SV$/);
    expect(out[1]).toMatch(/Norte · SV$/);
    expect(out[2]).toMatch(/Sur · SV$/);
  });

  it('adds the department to names that repeat', () => {
    const out = chartNames([row('San Pedro Sacatepéquez', 'Guatemala'), row('San Pedro Sacatepéquez', 'San Marcos'), row('Cuilco', 'Huehuetenango')], 60);
    expect(out).toEqual(['San Pedro Sacatepéquez (Guatemala)', 'San Pedro Sacatepéquez (San Marcos)', 'Cuilco']);
  });

  it('keeps more of the end when cut labels would still read alike', () => {
    const out = chartNames([row('La Libertad Centro Este', 'La Libertad'), row('La Libertad Norte Este', 'La Libertad')], 9);
    expect(new Set(out).size).toBe(2);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(9);
  });
});
