/**
 * Names for a chart's narrow name column that never become ambiguous when cut: a name that appears
 * more than once among the rows gets its department ("San Pedro Sacatepéquez (San Marcos)"); a
 * label too long for `maxChars` loses its middle, not its end ("Chala…Norte", not
 * "Chalatenango…" three times); when two cut labels would still read alike, more of the end is kept.
 * `tag` (a country code) follows each label after " · ". Pure.
 */
export interface ChartName {
  name: string;
  department: string;
  tag: string;
}

/** `text` cut to `room` characters by dropping the middle, keeping `tail` characters of the end. */
function cutMiddle(text: string, room: number, tail: number): string {
  if (text.length <= room) return text;
  const keep = Math.max(1, Math.min(tail, room - 2));
  return `${text.slice(0, room - 1 - keep)}…${text.slice(text.length - keep)}`;
}

export function chartNames(rows: readonly ChartName[], maxChars: number): string[] {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  const full = rows.map((r) => ((count.get(r.name) ?? 0) > 1 && r.department ? `${r.name} (${r.department})` : r.name));
  const suffix = rows.map((r) => (r.tag ? ` · ${r.tag}` : ''));
  const room = rows.map((_, i) => Math.max(4, maxChars - suffix[i].length));
  const label = (i: number, tail: number) => cutMiddle(full[i], room[i], tail) + suffix[i];
  // The end kept: half the room, or the whole last word ("Norte", "(San Marcos)") when it fits.
  const tail0 = rows.map((_, i) => Math.min(room[i] - 4, Math.max(Math.floor((room[i] - 1) / 2), full[i].length - full[i].lastIndexOf(' ') - 1)));
  const out = rows.map((_, i) => label(i, tail0[i]));
  // Labels that still read alike (distinct full texts): keep more of their ends until they differ.
  for (let pass = 0; pass < maxChars; pass++) {
    const seen = new Map<string, number[]>();
    out.forEach((l, i) => seen.set(l, [...(seen.get(l) ?? []), i]));
    const clash = [...seen.values()].filter((ix) => ix.length > 1 && new Set(ix.map((i) => full[i] + suffix[i])).size > 1).flat();
    if (!clash.length) break;
    for (const i of clash) out[i] = label(i, tail0[i] + pass + 1);
  }
  return out;
}
