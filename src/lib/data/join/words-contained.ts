/**
 * True when every word of the shorter name appears, in order, in the longer one:
 * `CAHABON` ⊂ `SANTA MARIA CAHABON`, `SAN FELIPE` ⊂ `SAN FELIPE RETALHULEU`.
 */
export function wordsContained(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.length === l.length) return false;
  let k = 0;
  for (const w of l) if (k < s.length && w === s[k]) k++;
  return k === s.length;
}
