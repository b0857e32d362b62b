/**
 * Weights of the groups under the index root as the sliders show them: shares (0–1) that always
 * sum to 1. Moving one re-distributes the difference over the unlocked others in proportion to
 * their current shares (equally when they are all at 0), never below 0; locked ones stay put.
 * Pure: arrays in, new arrays out.
 */

/**
 * Shares proportional to `weights` (negative or non-finite entries count as 0); all zero → equal
 * shares; weights already summing to 1 within 1e-12 are returned as they are.
 */
export function normaliseWeights(weights: readonly number[]): number[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = clean.reduce((s, w) => s + w, 0);
  if (total === 0) return clean.map(() => (clean.length ? 1 / clean.length : 0));
  // Shares that already sum to 1 up to rounding are kept bit for bit (a locked share never drifts).
  if (Math.abs(total - 1) <= 1e-12) return clean;
  return clean.map((w) => w / total);
}

/**
 * The shares after slider `index` is moved to `value` (0–1). `locked[i]` keeps share i fixed. The
 * value is clamped to what the locked others leave free; the rest is spread over the unlocked
 * others in proportion to their shares, or equally when those are all 0. When no other share is
 * unlocked (or `index` is itself locked) nothing can move: the shares are returned unchanged.
 * Input shares are normalised first, so the result always sums to 1.
 */
export function setWeight(weights: readonly number[], locked: readonly boolean[], index: number, value: number): number[] {
  const shares = normaliseWeights(weights);
  const free = shares.map((_, i) => i !== index && !locked[i]);
  if (index < 0 || index >= shares.length || locked[index] || !free.some(Boolean)) return shares;
  const lockedSum = shares.reduce((s, w, i) => (i !== index && !free[i] ? s + w : s), 0);
  const room = Math.max(0, 1 - lockedSum);
  const v = Math.min(room, Math.max(0, Number.isFinite(value) ? value : shares[index]));
  const rest = room - v;
  const freeSum = shares.reduce((s, w, i) => (free[i] ? s + w : s), 0);
  const nFree = free.filter(Boolean).length;
  const out = shares.map((w, i) => {
    if (i === index) return v;
    if (!free[i]) return w;
    return freeSum > 0 ? (rest * w) / freeSum : rest / nFree;
  });
  return out;
}

/**
 * Whole (or `decimals`-place) percentages of `shares` that add up to exactly 100, by the largest
 * remainder method, so the labels beside the sliders never read 99 or 101.
 */
export function percentLabels(shares: readonly number[], decimals = 0): number[] {
  const scale = 10 ** decimals;
  const total = 100 * scale;
  const raw = normaliseWeights(shares).map((s) => s * total);
  const floors = raw.map(Math.floor);
  let missing = total - floors.reduce((s, x) => s + x, 0);
  const order = raw.map((r, i) => ({ i, rem: r - floors[i] })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i]++;
    missing--;
  }
  return floors.map((f) => f / scale);
}
