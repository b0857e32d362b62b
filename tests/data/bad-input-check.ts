/**
 * Test helper: runs one corpus case through the pipeline from a workspace holding one good import,
 * and asserts what the corpus promises — a known ImportError whose message exists and differs in
 * English and Spanish, or (for the files that are not errors) the exact text of the cells; and in
 * every case a workspace before and after that is deep-equal when the file is refused.
 */
import { expect } from 'vitest';
import type { Db } from '../../src/lib/data/db.ts';
import { ImportError } from '../../src/lib/data/import/import-error.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { es } from '../../src/lib/i18n/es.ts';
import { importErrorMessage } from '../../src/lib/data/import/import-error-message.ts';
import type { Workspace } from '../../src/lib/data/workspace.ts';
import { workspaceWithOneImport } from '../state/workspace-fixture.ts';
import type { BadCase } from './bad-corpus.ts';
import { readBad, runPipeline } from './bad-input-pipeline.ts';

/** The English and Spanish messages of an import error (both checked to exist and differ). */
export function checkMessages(err: ImportError): { en: string; es: string } {
  const m = { en: importErrorMessage(err, en), es: importErrorMessage(err, es) };
  expect(m.en.trim().length).toBeGreaterThan(10);
  expect(m.es.trim().length).toBeGreaterThan(10);
  expect(m.en).not.toBe(m.es);
  // Every parameter the sentence uses was given: no placeholder, no stringified object.
  for (const text of [m.en, m.es]) expect(text).not.toMatch(/undefined|\[object|“\?”| \? /);
  return m;
}

export async function checkCase(c: BadCase, db?: Db): Promise<void> {
  const ws: Workspace = workspaceWithOneImport();
  const before = structuredClone(ws);
  let kept = ws;
  let error: unknown = null;
  try {
    kept = (await runPipeline(ws, c.file, readBad(c.file), db)).workspace;
  } catch (err) {
    error = err;
  }
  // The workspace handed in is never changed, whatever happened.
  expect(ws).toEqual(before);
  if ('error' in c) {
    expect(error, `${c.file} should be refused`).toBeInstanceOf(ImportError);
    const err = error as ImportError;
    expect(c.error, `${c.file}: ${err.code}: ${err.message}`).toContain(err.code);
    // Params are plain text and numbers, the file is named, and the message fills them in.
    for (const v of Object.values(err.params)) expect(['string', 'number']).toContain(typeof v);
    checkMessages(err);
    expect(kept).toBe(ws);
    return;
  }
  if (error) throw error;
  const imp = kept.imports.at(-1)!;
  expect(kept.imports.slice(0, -1)).toEqual(before.imports);
  const t = imp.parsed.table;
  const col = t.values[t.columns.indexOf(c.ok.column)];
  expect(col, `${c.file}: column ${c.ok.column}`).toBeDefined();
  expect(col, `${c.file}: column ${c.ok.column}`).toEqual(c.ok.cells);
  // Kept as text through the store's structured clone as well.
  expect(structuredClone(kept).imports.at(-1)!.parsed.table.values).toEqual(t.values);
}
