import type { Tally } from '../../core/types.js';
import { effectiveN } from '../../internal/buildTally.js';

/** The sample moments of a tally for t procedures (Kish plug-in when weighted). */
export interface Moments {
  readonly mean: number;
  /** s² = Σ W_k (k − x̄)² / W · n_eff / (n_eff − 1); NaN-free, only read when n_eff > 1. */
  readonly variance: number;
  /** Σ W_k (k − x̄)² / W: the spread around the mean without the n/(n − 1) factor (0 for one answer). */
  readonly meanSquare: number;
  readonly nEffective: number;
}

/**
 * Mean, variance and effective n of a non-empty tally. The variance is the unbiased sample
 * variance for counts, and Kish's plug-in s² = Σ W_k (k − x̄)² / W · n_eff / (n_eff − 1) for
 * weight sums (docs/methodology.md).
 */
export function momentsOf(t: Tally): Moments {
  const W = t.total;
  let s = 0;
  t.counts.forEach((c, i) => {
    s += i * c;
  });
  const centre = s / W;
  let ss = 0;
  t.counts.forEach((c, i) => {
    ss += c * (i - centre) * (i - centre);
  });
  const nEffective = effectiveN(t);
  return {
    mean: t.scale.min + centre,
    variance: nEffective > 1 ? ((ss / W) * nEffective) / (nEffective - 1) : 0,
    meanSquare: ss / W,
    nEffective,
  };
}
