import type { NumberRule, ValidationMessages } from './validation-messages.ts';

/** The bounds of a number in words: "an integer ≥ 1", "between 0 and 1", "≥ 0 and < 1". */
function numberRule(r: NumberRule): string {
  const low = r.min === undefined ? '' : `${r.minOpen ? '>' : '≥'} ${r.min}`;
  const high = r.max === undefined ? '' : `${r.maxOpen ? '<' : '≤'} ${r.max}`;
  const closed = r.min !== undefined && r.max !== undefined && !r.minOpen && !r.maxOpen;
  if (r.integer) {
    if (closed) return `an integer from ${r.min} to ${r.max}`;
    return ['an integer', low, high && (low ? `and ${high}` : high)].filter(Boolean).join(' ');
  }
  if (closed) return `between ${r.min} and ${r.max}`;
  if (low && high) return `${low} and ${high}`;
  return ['a number', low || high].filter(Boolean).join(' ');
}

const TYPES = { string: 'a string', number: 'a number', boolean: 'true or false', object: 'an object', array: 'an array' } as const;

/** English wording of validation problems (also the errors' `message`). */
export const validationEn: ValidationMessages = {
  required: (path, hint) => `${path} is required${hint === 'null-for-root' ? ' (null for the root)' : ''}`,
  type: (path, expected) => `${path} must be ${TYPES[expected]}`,
  empty: (path) => `${path} must not be empty`,
  oneOf: (path, allowed) => `${path} must be one of ${allowed}`,
  number: (path, rule) => `${path} must be ${numberRule(rule)}`,
  tooLong: (path, max) => `${path} must be at most ${max} characters long`,
  unknown: (path) => `${path} is not a known field`,
};
