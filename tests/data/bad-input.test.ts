/**
 * The bad-input corpus (tests/fixtures/bad/README.md), files that do not need DuckDB: each is
 * refused with a known ImportError and a message in English and Spanish, or imported with its
 * text intact, and the workspace the planner had is never changed. The CSV files that reach
 * DuckDB's reader run in tests/duckdb/bad-input-csv.test.ts. Also: a 200 MB file generated here.
 */
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/lib/data/import/import-error.ts';
import { MAX_IMPORT_BYTES } from '../../src/lib/data/import/import-limits.ts';
import { workspaceWithOneImport } from '../state/workspace-fixture.ts';
import { BAD_CASES } from './bad-corpus.ts';
import { checkCase, checkMessages } from './bad-input-check.ts';
import { BAD_DIR, runPipeline } from './bad-input-pipeline.ts';

describe('bad-input corpus', () => {
  it('has at least 30 files, each described in the README and listed in the corpus', () => {
    const files = readdirSync(BAD_DIR).filter((f) => f !== 'README.md');
    expect(files.length).toBeGreaterThanOrEqual(30);
    const readme = readFileSync(join(BAD_DIR, 'README.md'), 'utf8');
    for (const f of files) {
      expect(readme, f).toContain(`\`${f}\``);
      expect(BAD_CASES.map((c) => c.file), f).toContain(f);
    }
  });

  it.each(BAD_CASES.filter((c) => !c.db).map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    await checkCase(c);
  });
});

describe('a 200 MB file', () => {
  it('is refused by size before it is parsed, with little memory, and the workspace is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'focal-bad-'));
    const path = join(dir, 'huge-investments.csv');
    try {
      // A plausible CSV, written in 1 MB chunks (never held whole as text).
      const out = createWriteStream(path);
      const line = '0101,Guatemala,USAID,Health,2019,1000.5\n';
      const chunk = line.repeat(Math.ceil((1024 * 1024) / line.length));
      out.write('codigo,municipio,donante,sector,anio,monto\n');
      let written = 0;
      while (written < 200 * 1024 * 1024) {
        if (!out.write(chunk)) await once(out, 'drain');
        written += chunk.length;
      }
      out.end();
      await once(out, 'finish');
      const size = statSync(path).size;
      expect(size).toBeGreaterThanOrEqual(200 * 1024 * 1024);
      // The decision (README): a file this size is refused by size, not parsed.
      expect(size).toBeGreaterThan(MAX_IMPORT_BYTES);

      const ws = workspaceWithOneImport();
      const before = structuredClone(ws);
      const bytes = new Uint8Array(readFileSync(path));
      const heap0 = process.memoryUsage().heapUsed;
      const err = await runPipeline(ws, 'huge-investments.csv', bytes).then(
        () => null,
        (e: unknown) => e,
      );
      const heapGrowth = process.memoryUsage().heapUsed - heap0;
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).code).toBe('too-large');
      checkMessages(err as ImportError);
      expect(ws).toEqual(before);
      // Refused without decoding the bytes to text (which would take 200+ MB of heap); how fast is
      // the bench's business, not a test's.
      expect(heapGrowth).toBeLessThan(20 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
