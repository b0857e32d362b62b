/**
 * z-scores as GeoDa computes them for its LISA statistics (`GenUtils::StandardizeData`):
 * (x − mean) / sd with the SAMPLE standard deviation, sd² = Σ(x − mean)² / (n − 1).
 *
 * With this scaling GeoDa's local Moran zᵢ · Σⱼ wᵢⱼ zⱼ equals esda's (n − 1) · zᵢ · lagᵢ / Σz²
 * (esda scales by the population sd, and the (n − 1)/Σz² factor turns it into the same number);
 * with the population sd instead, every Iᵢ would come out n/(n − 1) times larger than GeoDa's.
 *
 * Values must be finite. With fewer than two values, or when all are equal (sd = 0), the
 * deviations from the mean are returned unscaled (all 0), as GeoDa leaves them.
 */
export function standardise(values: Float64Array): Float64Array {
  const n = values.length;
  const z = new Float64Array(n);
  if (n === 0) return z;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    z[i] = d;
    ss += d * d;
  }
  if (n < 2) return z;
  const sd = Math.sqrt(ss / (n - 1));
  if (!(sd > 0)) return z;
  for (let i = 0; i < n; i++) z[i] /= sd;
  return z;
}
