import { describe, expect, it } from 'vitest';
import { weightsSummary, type SpatialWeights } from '../../src/lib/analysis/spatial-weights.ts';
import { contiguityFromFeatures, contiguityWeights } from '../../src/lib/data/contiguity-weights.ts';
import type { CountryCode } from '../../src/lib/data/schema.ts';
import { unitFeatures, type UnitTopology } from '../../src/lib/geo/unit-features.ts';
import { readTopology, TOPO_FILES } from '../data/public-data.ts';
import { expectCsr, isSymmetric } from '../analysis/expect-csr.ts';

const topologies = (['GT', 'HN', 'SV'] as const).map((country) => ({
  country: country as CountryCode,
  topology: readTopology(TOPO_FILES[country]) as unknown as UnitTopology,
}));
const features = unitFeatures(topologies);
const ids = features.map((f) => f.properties.unit_id);
const at = new Map(ids.map((id, i) => [id, i]));

const queen = contiguityWeights(topologies, { contiguity: 'queen', snapMeters: 500 });
const rook = contiguityWeights(topologies, { contiguity: 'rook', snapMeters: 500 });

const neighbourIds = (w: SpatialWeights, id: string) => {
  const i = at.get(id)!;
  return [...w.neighbors.subarray(w.offsets[i], w.offsets[i + 1])].map((j) => ids[j]);
};
const linked = (w: SpatialWeights, a: string, b: string) => neighbourIds(w, a).includes(b);
const crossBorder = (w: SpatialWeights) => {
  const out: Record<string, number> = {};
  for (let i = 0; i < w.n; i++) {
    for (let k = w.offsets[i]; k < w.offsets[i + 1]; k++) {
      const [a, b] = [ids[i].slice(0, 2), ids[w.neighbors[k]].slice(0, 2)];
      if (a < b) out[a + b] = (out[a + b] ?? 0) + 1;
    }
  }
  return out;
};

describe('contiguity of the 682 municipios', () => {
  it('is symmetric binary CSR in the map’s unit order, fast', () => {
    expect(queen.n).toBe(682);
    expectCsr(queen);
    expectCsr(rook);
    expect(isSymmetric(queen)).toBe(true);
    expect(isSymmetric(rook)).toBe(true);
    // every rook link is a queen link
    for (let i = 0; i < rook.n; i++) for (const id of neighbourIds(rook, ids[i])) expect(linked(queen, ids[i], id)).toBe(true);
  });

  it('the same weights from the GeoJSON features, exact within a country and snapped across', () => {
    const source = features.map((f) => f.properties.country);
    for (const [contiguity, w] of [['queen', queen], ['rook', rook]] as const) {
      const g = contiguityFromFeatures(features, { contiguity, snapMeters: 500, source });
      expect([...g.offsets]).toEqual([...w.offsets]);
      expect([...g.neighbors]).toEqual([...w.neighbors]);
    }
  });

  it('finds neighbours across each border', () => {
    const cross = crossBorder(queen);
    expect(cross.GTHN).toBeGreaterThan(10);
    expect(cross.GTSV).toBeGreaterThan(10);
    expect(cross.HNSV).toBeGreaterThan(20);
    // GT Esquipulas and the Ocotepeque municipios beyond the border
    expect(linked(queen, 'GT2007', 'HN1414')).toBe(true); // Santa Fe
    expect(linked(queen, 'GT2007', 'HN1403')).toBe(true); // Concepción
    // the Trifinio: Concepción Las Minas (GT), Santa Fe (HN), Santa Ana Norte (SV, with Metapán)
    expect(linked(queen, 'GT2008', 'HN1414')).toBe(true);
    expect(linked(queen, 'GT2008', 'SV12003')).toBe(true);
    expect(linked(queen, 'HN1414', 'SV12003')).toBe(true);
    // Asunción Mita (GT) – Santa Ana Norte; Moyuta (GT) – Ahuachapán Centro on the Paz river
    expect(linked(rook, 'GT2205', 'SV12003')).toBe(true);
    expect(linked(rook, 'GT2214', 'SV01001')).toBe(true);
    // Nueva Ocotepeque (HN) – Santa Ana Norte; Goascorán (HN) – La Unión Norte on the Goascorán river
    expect(linked(rook, 'HN1401', 'SV12003')).toBe(true);
    expect(linked(rook, 'HN1706', 'SV07001')).toBe(true);
    // Omoa (HN) – Puerto Barrios (GT) on the Motagua
    expect(linked(rook, 'GT1801', 'HN0503')).toBe(true);
  });

  it('none across borders without snapping, and none across the sea', () => {
    expect(crossBorder(contiguityWeights(topologies, { contiguity: 'queen', snapMeters: 0 }))).toEqual({});
    // Bay Islands: Roatán and José Santos Guardiola share Roatán island; Utila and Guanaja stand alone
    expect(neighbourIds(queen, 'HN1101')).toEqual(['HN1103']);
    expect(neighbourIds(queen, 'HN1103')).toEqual(['HN1101']);
    // Amapala (Isla del Tigre, Gulf of Fonseca) is not linked to La Unión Sur (SV) across the water
    expect(linked(queen, 'HN1703', 'SV07002')).toBe(false);
  });

  it('summary: neighbours per municipio and the islands', () => {
    const s = weightsSummary(queen);
    expect(s.islands.map((i) => ids[i])).toEqual(['HN1102', 'HN1104', 'HN1703']); // Guanaja, Utila, Amapala
    expect(s.min).toBe(0);
    expect(s.max).toBe(15);
    expect(s.mean).toBeGreaterThan(5);
    expect(s.mean).toBeLessThan(6.5);
    expect(weightsSummary(rook).islands).toEqual(s.islands);
  });
});
