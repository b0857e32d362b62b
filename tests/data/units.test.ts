import { describe, expect, it } from 'vitest';
import type { UnitProps } from '../../src/lib/data/schema.ts';
import { readText, readTopology, readUnits, TOPO_FILES } from './public-data.ts';

const units = readUnits();
const byId = new Map(units.map((u) => [u.unit_id, u]));

describe('units.csv', () => {
  it('has 340 GT, 298 HN and 44 SV units, sorted, with unique well-formed ids', () => {
    const count = (c: string) => units.filter((u) => u.country === c).length;
    expect([count('GT'), count('HN'), count('SV'), units.length]).toEqual([340, 298, 44, 682]);
    const ids = units.map((u) => u.unit_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^(GT\d{4}|HN\d{4}|SV\d{2}\d{3})$/);
  });

  it('builds ids from the national codes and keeps the department code consistent', () => {
    for (const u of units) {
      if (u.country === 'SV') {
        expect(u.code).toBe(u.unit_id);
      } else {
        expect(u.unit_id).toBe(u.country + u.code);
        expect(u.dept_code).toBe(u.code.slice(0, 2));
      }
      expect(u.dept_code).toMatch(/^\d{2}$/);
      expect(u.name.length).toBeGreaterThan(0);
      expect(u.dept_name.length).toBeGreaterThan(0);
    }
  });

  it('keeps accents', () => {
    expect(byId.get('GT0301')?.dept_name).toBe('Sacatepéquez');
    expect(byId.get('HN0801')?.dept_name).toBe('Francisco Morazán');
    expect(byId.get('SV01001')?.name).toBe('Ahuachapán Centro');
    expect(byId.get('HN1101')?.dept_name).toBe('Islas de la Bahía');
  });

  it('uses DIGESTYC department codes for El Salvador, not P-code digits', () => {
    // P-codes number departments alphabetically: SV02 is Cabañas, DIGESTYC code 09.
    expect(byId.get('SV02001')).toMatchObject({ dept_code: '09', dept_name: 'Cabañas' });
    expect(byId.get('SV12001')?.dept_code).not.toBe('12');
    const svDepts = new Map(units.filter((u) => u.country === 'SV').map((u) => [u.dept_code, u.dept_name]));
    expect(svDepts.size).toBe(14);
    expect(svDepts.get('06')).toBe('San Salvador');
  });

  it('names 22 GT and 18 HN departments', () => {
    const depts = (c: string) => new Set(units.filter((u) => u.country === c).map((u) => u.dept_code + u.dept_name));
    expect(depts('GT').size).toBe(22);
    expect(depts('HN').size).toBe(18);
  });

  it('has no lake or water body among the units', () => {
    for (const id of ['GT0100', 'GT0700', 'SV03999', 'SV10899', 'SV12998', 'SV12999']) expect(byId.has(id)).toBe(false);
    for (const u of units) expect(u.name).not.toMatch(/^(Lago|Laguna|Embalse)\b/i);
  });

  it('has no mojibake in units.csv, catalog.json or the boundary files', () => {
    for (const file of ['units.csv', 'catalog.json', ...Object.values(TOPO_FILES)]) {
      const text = readText(file);
      expect(text, file).not.toMatch(/Ã|Â|\uFFFD/);
      expect(text.normalize('NFC'), file).toBe(text);
    }
  });

  it('matches the properties of the three country topologies exactly', () => {
    const fromTopo = [TOPO_FILES.GT, TOPO_FILES.HN, TOPO_FILES.SV].flatMap((f) =>
      readTopology(f).objects.units.geometries.map((g) => {
        const props = g.properties as UnitProps;
        expect(g.id).toBe(props.unit_id);
        return props;
      }),
    );
    expect(fromTopo).toEqual(units);
  });

  it('links every pre-2024 SV distrito to a 2024 unit', () => {
    const pre = readTopology(TOPO_FILES.SV_PRE2024).objects.units.geometries;
    expect(pre).toHaveLength(262);
    for (const g of pre) {
      const p = g.properties as unknown as { unit_id: string; unit_2024: string; dept_code: string };
      expect(p.unit_id).toMatch(/^SVD\d{4}$/);
      expect(byId.get(p.unit_2024)?.country).toBe('SV');
      expect(byId.get(p.unit_2024)?.dept_code).toBe(p.dept_code);
    }
    // San Salvador (0614) is a distrito of San Salvador Centro.
    const ss = pre.find((g) => g.id === 'SVD0614')?.properties as unknown as { name: string; unit_2024: string };
    expect(byId.get(ss.unit_2024)?.name).toBe('San Salvador Centro');
  });
});
