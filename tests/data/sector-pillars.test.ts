import { describe, expect, it } from 'vitest';
import { knownSectorPillar, sectorKey, sectorPillar } from '../../src/lib/data/sector-pillars.ts';
import { splitList } from '../../src/lib/data/coverage-input.ts';
import { readRows } from './public-data.ts';

describe('sector → pillar', () => {
  it('maps every sector of public/data/investments.csv explicitly', () => {
    const sectors = new Set(readRows('investments.csv').flatMap((r) => splitList(r.sector)));
    expect(sectors.size).toBe(28);
    const unmapped = [...sectors].filter((s) => knownSectorPillar(s) === null);
    expect(unmapped).toEqual([]);
  });

  it('reads AidData names with their non-breaking spaces, and sends unknown sectors to other', () => {
    expect(sectorKey('Agriculture,\u00a0purpose\u00a0unspecified')).toBe('agriculture, purpose unspecified');
    expect(sectorPillar('Agriculture,\u00a0purpose\u00a0unspecified')).toBe('I');
    expect(sectorPillar('Government and civil society,purpose\u00a0unspecified')).toBe('II');
    expect(sectorPillar('Democracy, human rights and governance')).toBe('II');
    expect(sectorPillar('Multisector aid')).toBe('other');
    expect(sectorPillar('Conflict, peace and security')).toBe('IV');
    expect(sectorPillar('Space exploration')).toBe('other');
    expect(sectorPillar('constructor')).toBe('other');
  });
});
