import type { Interval } from '../types.js';
import { clipped } from './shared.js';

/**
 * Hoeffding's bound for the mean of a bounded variable (Hoeffding 1963, Theorem 1): for n
 * independent answers on [min, max] with mean μ, written m and u after scaling to 0…1,
 * P(X̄ ≥ x̄) ≤ exp(−n·kl(m, u)) for m ≥ u (and the mirror for the lower tail), where
 * kl(m, u) = m·ln(m/u) + (1 − m)·ln((1 − m)/(1 − u)). The bound holds for every distribution on
 * the scale, whatever its variance, so it needs no variance estimate and never collapses: ten
 * answers of 7 on 1–7 bound the mean below by 1 + 6·0.025^(1/10) (the bound is attained by the
 * two-point distribution on the scale's ends, the extreme case). It is the exact-bound method
 * of the one-sample mean checks below the minimum-information threshold and when the t
 * interval collapses (no spread, one answer).
 */

/** Bernoulli Kullback–Leibler divergence kl(m, u), with 0·ln 0 = 0 (Infinity at u ∈ {0, 1}). */
function kl(m: number, u: number): number {
  const a = m === 0 ? 0 : m * Math.log(m / u);
  const b = m === 1 ? 0 : (1 - m) * Math.log((1 - m) / (1 - u));
  return a + b;
}

/** The one-sided p-value bounds [mean above u, mean below u] for a scaled mean m of n answers. */
export function hoeffdingTails(m: number, n: number, u: number): [number, number] {
  const p = Math.exp(-n * kl(m, u));
  return [m > u ? p : 1, m < u ? p : 1];
}

/** The limits on 0…1 of the interval {u : neither bound ≤ (1 − level)/2}. */
export function hoeffdingLimits(m: number, n: number, level: number): [number, number] {
  const half = (1 - level) / 2;
  // On each side of m, kl(m, ·) grows away from m; the limit is where the bound reaches (1 − level)/2,
  // reported on the side where the bound is ≤ (1 − level)/2.
  const limit = (end: number): number => {
    if (m === end) return end;
    let inside = end;
    let outside = m;
    for (let i = 0; i < 200; i++) {
      const mid = (inside + outside) / 2;
      if (mid === inside || mid === outside) break;
      if (Math.exp(-n * kl(m, mid)) <= half) inside = mid;
      else outside = mid;
    }
    return inside;
  };
  return [limit(0), limit(1)];
}

/** Hoeffding's interval of a mean on a scale, from the mean and the effective sample size. */
export function hoeffdingInterval(
  scale: { readonly min: number; readonly max: number },
  mean: number,
  n: number,
  level: number,
): Interval {
  const range = scale.max - scale.min;
  const [lo, hi] = hoeffdingLimits(scaledMean(scale, mean), n, level);
  return clipped(
    scale.min + range * lo,
    scale.min + range * hi,
    scale.min,
    scale.max,
    level,
    'hoeffding',
  );
}

/** A mean on a scale moved to 0…1 (kept there against an ulp of weighted rounding). */
export function scaledMean(
  scale: { readonly min: number; readonly max: number },
  x: number,
): number {
  return Math.min(1, Math.max(0, (x - scale.min) / (scale.max - scale.min)));
}
