/**
 * Geometry of the stacked contribution bars of the ranking table, as fractions of the bar width.
 * A unit's score is the sum of its groups' contributions; positive parts stack rightwards from the
 * zero line, negative parts (z-scores, geometric means) leftwards. One scale for every row, so bars
 * compare across rows.
 */

export interface ContributionScale {
  /** Largest sum of positive contributions of a row (≥ 0). */
  pos: number;
  /** Largest magnitude of the sum of negative contributions of a row (≥ 0). */
  neg: number;
}

export interface Segment {
  /** Index of the group (position in the row's contributions). */
  group: number;
  /** Left edge, 0–1 of the bar width. */
  x: number;
  /** Width, 0–1 of the bar width. */
  width: number;
}

/** The scale over all rows; NaN contributions count as absent. */
export function contributionScale(rows: readonly (readonly number[])[]): ContributionScale {
  let pos = 0;
  let neg = 0;
  for (const values of rows) {
    let p = 0;
    let q = 0;
    for (const v of values) {
      if (v > 0) p += v;
      else if (v < 0) q -= v;
    }
    if (p > pos) pos = p;
    if (q > neg) neg = q;
  }
  return { pos, neg };
}

/** Where zero lies on the bar (0–1): 0 when nothing is negative. */
export function zeroAt(scale: ContributionScale): number {
  const total = scale.pos + scale.neg;
  return total > 0 ? scale.neg / total : 0;
}

/**
 * The segments of one row, in group order; NaN and zero contributions give no segment.
 */
export function contributionSegments(values: readonly number[], scale: ContributionScale): Segment[] {
  const total = scale.pos + scale.neg;
  if (!(total > 0)) return [];
  const zero = scale.neg / total;
  let right = zero;
  let left = zero;
  const out: Segment[] = [];
  values.forEach((v, group) => {
    if (v > 0) {
      const width = v / total;
      out.push({ group, x: right, width });
      right += width;
    } else if (v < 0) {
      const width = -v / total;
      left -= width;
      out.push({ group, x: left, width });
    }
  });
  return out;
}
