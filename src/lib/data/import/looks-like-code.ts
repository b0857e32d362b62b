/**
 * Whether a key column holds codes rather than names: at least nine in ten of its non-empty cells
 * are digits, maybe after a short letter prefix (`0101`, `101.0`, `GT0101`, `SVD0614`). The rule
 * `focal join` uses when `--by` is not given.
 */
const CODE_LIKE = /^[A-Za-z]{0,3}[\s-]?\d+(?:[.,]0+)?$/;

export function looksLikeCode(keys: readonly string[]): boolean {
  const given = keys.map((k) => k.trim()).filter(Boolean);
  return given.length > 0 && given.filter((k) => CODE_LIKE.test(k)).length >= 0.9 * given.length;
}
