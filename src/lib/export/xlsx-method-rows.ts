/**
 * The "Method" sheet's rows: a settings object (an index spec, hotspot settings, a filter) laid
 * out as one key/value row per field, so that every weight, method and seed can be read (and
 * filtered) in a spreadsheet. Nested objects give dotted keys (`normalisation.method`); an array of
 * objects with an `id` is keyed by it (`indicators.gt_poverty.weight`), other arrays by position
 * (`groups[2].weight`); an array of plain values is one row (`countries` = `GT, HN`).
 */

export type MethodValue = string | number | boolean | null;
export type MethodRow = readonly [key: string, value: MethodValue];

const isPlain = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Key/value rows of `value` in field order; `prefix` is the key of `value` itself ('' for the top),
 * `keyedById` says that `prefix` already names the object's `id` (which is then not repeated).
 */
export function methodRows(value: unknown, prefix = '', keyedById = false): MethodRow[] {
  const key = (k: string) => (prefix ? `${prefix}.${k}` : k);
  if (Array.isArray(value)) {
    if (!value.some((v) => typeof v === 'object' && v !== null)) return [[prefix, value.map((v) => String(v)).join(', ')]];
    const ids = value.map((v) => (isPlain(v) && typeof v.id === 'string' ? v.id : null));
    const unique = ids.every((id) => id !== null) && new Set(ids).size === ids.length;
    return value.flatMap((v, i) => methodRows(v, unique ? key(ids[i]!) : `${prefix}[${i}]`, unique));
  }
  if (isPlain(value)) {
    return Object.entries(value).flatMap(([k, v]) => (k === 'id' && keyedById ? [] : methodRows(v, key(k))));
  }
  if (value === undefined) return [];
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null) return [[prefix, value]];
  return [[prefix, String(value)]];
}
