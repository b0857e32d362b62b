/**
 * The canonical form of a unit code, so that the ways planners write one code compare equal:
 * `0101`, `101`, `101.0`, ` 0101 ` → `101`; `GT0101`, `gt-0101`, `GT101` → `GT101`;
 * `SV01001` → `SV1001`; `SVD0614` → `SVD614`. A prefix of letters is kept (it tells countries
 * apart); leading zeros of the digits are dropped; an integer written as a decimal (`101.0`, Excel's
 * habit) loses its zero fraction. Anything else is upper-cased and trimmed, and never equals a code.
 */
export function canonCode(key: string): string {
  const t = key.trim().toUpperCase().replace(/[\s_-]+/g, '');
  const m = /^([A-Z]*)0*(\d+)(?:[.,]0+)?$/.exec(t);
  if (!m) return t;
  return m[1] + m[2];
}
