/**
 * Which optional columns of the ranking table are hidden so that the rest fit the table's width
 * without a sideways scroll: optional columns are dropped in `dropOrder` (the least needed first)
 * until the minimum widths add up to no more than `width`; the planner's own choices (shown or
 * hidden, by key) override the fit. Pure.
 */
export interface ColumnWidth {
  key: string;
  /** Minimum width in CSS pixels. */
  px: number;
  optional: boolean;
}

export function hiddenColumns(columns: readonly ColumnWidth[], width: number, dropOrder: readonly string[], chosen: Readonly<Record<string, boolean>> = {}): Set<string> {
  const hidden = new Set<string>();
  for (const c of columns) if (c.optional && chosen[c.key] === false) hidden.add(c.key);
  const total = () => columns.reduce((s, c) => s + (hidden.has(c.key) ? 0 : c.px), 0);
  // Not measured yet (0): nothing hidden by the fit.
  if (width <= 0) return hidden;
  for (const key of dropOrder) {
    if (total() <= width) break;
    const c = columns.find((x) => x.key === key);
    if (!c?.optional || chosen[key] === true) continue;
    hidden.add(key);
  }
  return hidden;
}
