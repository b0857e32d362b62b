/**
 * How a validation problem is worded, the same for every JSON focal reads (an index spec, a link's
 * view, a project file, a stored workspace): `data/validate.ts` records each problem as an
 * {@link Issue} (its path, its kind and what was expected) and these texts word it. English text
 * is also the `message` of the errors, for logs, the CLI and tests.
 */

/** What a field must be, by JSON type. */
export type ExpectedType = 'string' | 'number' | 'boolean' | 'object' | 'array';

/** The bounds of a number: closed unless marked open; `integer` for whole numbers only. */
export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
  /** `min` itself is not allowed (x > min). */
  minOpen?: boolean;
  /** `max` itself is not allowed (x < max). */
  maxOpen?: boolean;
}

/** One problem of a JSON value, at `path` (dot and `[i]` syntax, as the field is written). */
export type Issue =
  /** A required field is absent. `hint` adds what to write instead (e.g. null for the root). */
  | { kind: 'required'; path: string; hint?: 'null-for-root' }
  /** A field of the wrong JSON type. */
  | { kind: 'type'; path: string; expected: ExpectedType }
  /** A text that must not be empty, or a list that must not be empty. */
  | { kind: 'empty'; path: string }
  /** A value outside the allowed list (an enumeration's owner gives the list). */
  | { kind: 'one-of'; path: string; allowed: readonly (string | number)[]; value: string }
  /** A number outside its bounds (or not a number). */
  | { kind: 'number'; path: string; rule: NumberRule; value: string }
  /** A text longer than allowed. */
  | { kind: 'too-long'; path: string; max: number; value: string }
  /** A field the format does not know (typos would otherwise be ignored silently). */
  | { kind: 'unknown'; path: string }
  /** A rule of the format other than the above, worded by the validator in English (`text`). */
  | { kind: 'rule'; path: string; text: string };

export interface ValidationMessages {
  required: (path: string, hint?: 'null-for-root') => string;
  type: (path: string, expected: ExpectedType) => string;
  empty: (path: string) => string;
  oneOf: (path: string, allowed: string) => string;
  number: (path: string, rule: NumberRule) => string;
  tooLong: (path: string, max: number) => string;
  unknown: (path: string) => string;
}
