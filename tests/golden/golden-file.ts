/**
 * Golden files: a command's or an export's output, normalised, compared with the text committed
 * under tests/golden/files/. Normalised so that only a change of the output itself fails the test:
 * floats rounded to six significant digits (a last-bit difference between machines or Node versions
 * is not a change), and volatile fields (dates, times, the package version, commits, temporary
 * paths, timings) replaced by placeholders.
 *
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden` writes the files instead of comparing them; review
 * the diff (`git diff tests/golden/files`) before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

export const GOLDEN_DIR = join(import.meta.dirname, 'files');

/** True when the run regenerates the golden files instead of checking them. */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Significant digits kept of every decimal or exponent-form number. */
export const GOLDEN_DIGITS = 6;

/** Rounds one number's text to {@link GOLDEN_DIGITS} significant digits, in its shortest form. */
function roundNumber(text: string): string {
  // `022.99` is the tail of a thousands-separated figure (`2,082,218,022.99`), not a number.
  if (/^-?0\d/.test(text)) return text;
  const x = Number(text);
  if (!Number.isFinite(x)) return text;
  const r = Number(x.toPrecision(GOLDEN_DIGITS));
  // -0 and 0 are the same value in every file we write.
  return Object.is(r, -0) ? '0' : String(r);
}

export interface GoldenOptions {
  /** Folders whose paths vary between runs (temporary folders, the checkout): shown as `<tmp>`. */
  tmpDirs?: readonly string[];
  /**
   * Round floats (default true). Off for printed lines, whose figures the command already formats
   * with fixed decimals and thousands separators that a rounding would take apart.
   */
  round?: boolean;
}

/**
 * The text with volatile fields replaced and floats rounded. Only numbers with a decimal point or
 * an exponent are rounded: integers (codes such as `0101`, counts, ranks) stay as written.
 */
export function normaliseGolden(text: string, { tmpDirs = [], round = true }: GoldenOptions = {}): string {
  let s = text.replace(/\r\n/g, '\n');
  for (const d of tmpDirs) s = s.split(d).join('<tmp>');
  s = s
    // ISO dates and timestamps (2026-12-06, 2026-12-06T19:00:00.000Z).
    .replace(/\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/g, '<date>')
    // Git commits (7 to 40 hex digits, with at least one letter and one digit).
    .replace(/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/g, '<commit>')
    // Timings.
    .replace(/\b\d+(\.\d+)?\s?ms\b/g, '<ms>')
    // Semantic versions (the package's, the engine's).
    .replace(/(?<![\d.])\d+\.\d+\.\d+(-[\w.]+)?(?![\d.])/g, '<version>');
  if (!round) return s;
  return s.replace(/(?<![\w.])-?(\d+\.\d+|\d+(\.\d+)?e[+-]?\d+|\.\d+)(?![\w.])/gi, roundNumber);
}

/**
 * Compares `text` (already normalised) with the golden file `name`, or writes it under
 * UPDATE_GOLDEN=1. A missing golden file fails the test: it is never created silently.
 */
export function expectGolden(name: string, text: string): void {
  const path = join(GOLDEN_DIR, name);
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  expect(existsSync(path), `golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/golden`).toBe(true);
  const golden = readFileSync(path, 'utf8');
  if (text === golden) return;
  // Name the first line that differs: a whole file in the assertion message is unreadable.
  const a = text.split('\n');
  const b = golden.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  expect.fail(`${name} differs from its golden file at line ${i + 1} (UPDATE_GOLDEN=1 npx vitest run tests/golden regenerates it):\n  got:    ${a[i] ?? '(end of output)'}\n  golden: ${b[i] ?? '(end of file)'}`);
}
