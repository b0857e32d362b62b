/** manifest.json describes the files next to it, and those files follow the output format. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_DATA, readManifest, readRows, readText, readTopology, ROOT } from './public-data.ts';

const manifest = readManifest();

/** Every file under public/data, as paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [relative(PUBLIC_DATA, join(dir, e.name))],
  );
}

/** Rows of an output as the manifest counts them. */
function countRows(path: string): number {
  if (path.endsWith('.topo.json')) return readTopology(path).objects.units.geometries.length;
  if (path.endsWith('.csv')) return readRows(path).length;
  return (JSON.parse(readText(path)) as unknown[]).length;
}

describe('manifest.json', () => {
  it('lists every other file of public/data with its true size and row count', () => {
    const files = listFiles(PUBLIC_DATA).filter((f) => f !== 'manifest.json').sort();
    expect(Object.keys(manifest.outputs).sort()).toEqual(files);
    for (const [path, out] of Object.entries(manifest.outputs)) {
      expect(out.bytes, path).toBe(Buffer.byteLength(readText(path), 'utf8'));
      expect(out.rows, path).toBe(countRows(path));
      for (const id of out.sources) expect(manifest.sources[id], `${path}: source ${id}`).toBeDefined();
    }
  });

  it('has a build version of the package version plus a content hash', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.build_version).toMatch(new RegExp(`^${version.replace(/\./g, '\\.')}\\+[0-9a-f]{12}$`));
  });

  it('gives every source an id, title, citation and licence', () => {
    for (const [id, s] of Object.entries(manifest.sources)) {
      expect(s.id).toBe(id);
      for (const field of [s.title, s.citation, s.licence]) expect(field.length, id).toBeGreaterThan(0);
      // Some sources are pinned by an abbreviated commit only (as PROVENANCE.md gives them).
      if (s.commit) expect(s.commit, id).toMatch(/^[0-9a-f]{7,40}$/);
    }
  });

  it('has the unit boundary sources', () => {
    expect(manifest.outputs['units.csv'].sources).toEqual(
      expect.arrayContaining(['boundaries_gt_ocha_2019', 'boundaries_hn_ine', 'boundaries_sv_ocha_2024']),
    );
  });
});

describe('CSV outputs', () => {
  it('are UTF-8 without BOM, with a header row and \\n line ends', () => {
    for (const path of Object.keys(manifest.outputs).filter((p) => p.endsWith('.csv'))) {
      const text = readText(path);
      expect(text.charCodeAt(0), path).not.toBe(0xfeff);
      expect(text.includes('\r'), path).toBe(false);
      expect(text.endsWith('\n'), path).toBe(true);
    }
    expect(readText('units.csv').split('\n')[0]).toBe('unit_id,country,code,name,dept_code,dept_name,ine_code');
    expect(readText('indicators.csv').split('\n')[0]).toBe('unit_id,indicator_id,value');
  });
});
