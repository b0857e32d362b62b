import type { NumberRule, ValidationMessages } from './validation-messages.ts';

/** Los límites de un número en palabras: «un entero ≥ 1», «entre 0 y 1», «≥ 0 y < 1». */
function numberRule(r: NumberRule): string {
  const low = r.min === undefined ? '' : `${r.minOpen ? '>' : '≥'} ${r.min}`;
  const high = r.max === undefined ? '' : `${r.maxOpen ? '<' : '≤'} ${r.max}`;
  const closed = r.min !== undefined && r.max !== undefined && !r.minOpen && !r.maxOpen;
  if (r.integer) {
    if (closed) return `un entero de ${r.min} a ${r.max}`;
    return ['un entero', low, high && (low ? `y ${high}` : high)].filter(Boolean).join(' ');
  }
  if (closed) return `entre ${r.min} y ${r.max}`;
  if (low && high) return `${low} y ${high}`;
  return ['un número', low || high].filter(Boolean).join(' ');
}

const TYPES = { string: 'un texto', number: 'un número', boolean: 'true o false', object: 'un objeto', array: 'una lista' } as const;

/** Redacción en español de los problemas de validación. */
export const validationEs: ValidationMessages = {
  required: (path, hint) => `${path} es obligatorio${hint === 'null-for-root' ? ' (null para la raíz)' : ''}`,
  type: (path, expected) => `${path} debe ser ${TYPES[expected]}`,
  empty: (path) => `${path} no puede estar vacío`,
  oneOf: (path, allowed) => `${path} debe ser uno de ${allowed}`,
  number: (path, rule) => `${path} debe ser ${numberRule(rule)}`,
  tooLong: (path, max) => `${path} debe tener como máximo ${max} caracteres`,
  unknown: (path) => `${path} no es un campo conocido`,
};
