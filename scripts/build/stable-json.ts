/** JSON text that does not depend on the order in which objects were built. */

/**
 * Recursively copies a JSON value with object keys sorted by code point, so that two builds
 * that assemble the same data in a different order still write identical bytes.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** Compact JSON with sorted keys and a final newline (for large files such as TopoJSON). */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) + '\n';
}

/** Indented JSON with sorted keys and a final newline (for small files people read). */
export function stableJsonPretty(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}
