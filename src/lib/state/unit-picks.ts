/**
 * A multi-select of units (ctrl/⌘-click and shift-click on ranking rows, ctrl/⌘-click on the
 * map, space and shift+space on a focused row): a mask in the map's unit order, 1 = picked. Plain
 * functions; the map view keeps the mask (map-view.svelte.ts) and a named list can be made of it.
 */

/** The units marked in `mask`; 0 when the mask is null or of another length than `n`. */
export function pickCount(mask: Uint8Array | null, n: number): number {
  if (!mask || mask.length !== n) return 0;
  let c = 0;
  for (let i = 0; i < n; i++) c += mask[i];
  return c;
}

/** `mask` with unit `unit` flipped (a new mask of `n` units; null when nothing is left picked). */
export function toggledPick(mask: Uint8Array | null, unit: number, n: number): Uint8Array | null {
  if (unit < 0 || unit >= n) return mask;
  const next = mask && mask.length === n ? mask.slice() : new Uint8Array(n);
  next[unit] = next[unit] === 1 ? 0 : 1;
  return next.includes(1) ? next : null;
}

/**
 * The units from `anchor` to `target` in the order the rows are shown (`order`: unit indices),
 * both included; `target` alone when the anchor is not among the rows shown.
 */
export function pickRange(order: readonly number[], anchor: number, target: number): number[] {
  const to = order.indexOf(target);
  if (to < 0) return [];
  const from = anchor < 0 ? -1 : order.indexOf(anchor);
  if (from < 0) return [target];
  return order.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/** `mask` with `units` picked as well (a new mask of `n` units). */
export function withPicked(mask: Uint8Array | null, units: readonly number[], n: number): Uint8Array | null {
  const next = mask && mask.length === n ? mask.slice() : new Uint8Array(n);
  for (const u of units) if (u >= 0 && u < n) next[u] = 1;
  return next.includes(1) ? next : null;
}

/** Where a multi-select came from, in English (kept with a list made of it). */
export function pickOrigin(indexName: string, year: string | null): string {
  return `Multi-select on the ranking table and the map (ctrl/cmd-click, shift-click): index "${indexName}"${year ? `, ${year}` : ''}`;
}
