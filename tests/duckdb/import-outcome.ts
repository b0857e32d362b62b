import { ImportError } from '../../src/lib/data/import/import-error.ts';
import type { ParsedImport } from '../../src/lib/data/import/import-types.ts';

/** What an import gave: its result, or the refusal's code and parameters (comparable with deepEqual). */
export type Outcome = { ok: ParsedImport } | { code: string; params: Record<string, unknown> };

/** Runs an import and returns its {@link Outcome}; any error other than an ImportError is thrown. */
export async function outcome(run: () => Promise<ParsedImport>): Promise<Outcome> {
  try {
    return { ok: await run() };
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    return { code: err.code, params: { ...err.params } };
  }
}
