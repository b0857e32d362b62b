/**
 * The conditional permutation test of a statistic's {@link PermutationSpec}: the fast path
 * (conditional-permutation.ts) when the statistic is monotone in one weighted sum of the drawn
 * values, else the general path (kernel-permutation.ts). Both take the same draws from `rng`.
 */
import { conditionalPermutation, type ConditionalPermutation } from './conditional-permutation.ts';
import { kernelPermutation } from './kernel-permutation.ts';
import type { Rng } from './rng.ts';
import type { PermutationSpec } from './statistic-module.ts';

/** Prepare the test; `general` forces the general path (to check the fast one against it). */
export function permutationTest(spec: PermutationSpec, permutations: number, rng: Rng, general = false): ConditionalPermutation {
  if (spec.direction && !general) return conditionalPermutation(spec.drawn, spec.weights, spec.direction, permutations, rng);
  return kernelPermutation(spec.drawn, spec.weights, spec.kernel, spec.scale, permutations, rng);
}
