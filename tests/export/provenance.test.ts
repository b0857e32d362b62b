import { describe, expect, it } from 'vitest';
import { defaultIndexSpec } from '../../src/lib/data/default-index-spec.ts';
import { parseIndexSpec } from '../../src/lib/data/parse-index-spec.ts';
import { indexSpecFile } from '../../src/lib/export/index-spec-file.ts';
import { provenance } from '../../src/lib/export/provenance.ts';
import { readCatalog, readManifest } from '../data/public-data.ts';

describe('provenance', () => {
  const manifest = readManifest();

  it('lists every source of the manifest with citation, repository, commit and licence, sorted by id', () => {
    const p = provenance('0.1.0', manifest);
    expect(p.sources.map((s) => s.id)).toEqual(Object.keys(manifest.sources).sort());
    const a2sit = p.sources.find((s) => s.id === 'a2sit_gtm')!;
    expect(a2sit).toEqual({
      id: 'a2sit_gtm',
      citation: manifest.sources.a2sit_gtm.citation,
      repository: 'https://github.com/UNHCR-Guatemala/A2SIT',
      commit: manifest.sources.a2sit_gtm.commit,
      licence: 'MIT',
    });
  });

  it('records the app version and the data build', () => {
    const p = provenance('9.9.9', manifest);
    expect(p.app).toEqual({ name: 'focal', version: '9.9.9' });
    expect(p.data_build).toBe(manifest.build_version);
  });

  it('lists no source for data without a manifest', () => {
    expect(provenance('0.1.0', null)).toEqual({ app: { name: 'focal', version: '0.1.0' }, data_build: null, sources: [] });
  });
});

describe('indexSpecFile', () => {
  it('writes the spec then its provenance, and reads back to the same spec', () => {
    const spec = defaultIndexSpec(readCatalog());
    const text = indexSpecFile(spec, provenance('0.1.0', readManifest()));
    const json = JSON.parse(text);
    expect(Object.keys(json).at(-1)).toBe('provenance');
    expect(json.provenance.sources.length).toBeGreaterThan(0);
    expect(parseIndexSpec(json)).toEqual(spec);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
