import { readOptions } from '../../internal/options.js';
import { positive, share, withPopulation } from '../internal/planningShares.js';
import { checkLevel, zFor } from '../internal/shared.js';
import type { ProportionPlanOptions } from './proportionMarginOfError.js';

/**
 * Computes the sample size needed to estimate a proportion within a margin of error:
 * n₀ = z²·p(1 − p)/margin², with the finite-population correction n₀/(1 + (n₀ − 1)/N) applied
 * to the unrounded n₀ when `population` is given, rounded up once.
 *
 * @param margin - The margin of error in proportion units, e.g. 0.03 for ±3 percentage points.
 * @param options - `p` (default 0.5, the worst case), `level` (default 0.95), `population`.
 * @returns The number of completed responses needed.
 * @throws RangeError for a margin ≤ 0, p outside [0, 1], a level outside (0, 1) or a population below 1.
 * @throws TypeError for non-numbers or an unknown option.
 * @example
 * ```ts
 * // R: ceiling(qnorm(0.975)^2 * 0.25 / 0.03^2) is 1068
 * proportionSampleSize(0.03); // => 1068
 * proportionSampleSize(0.03, { population: 2000 }); // => 697
 * ```
 * @category Planning
 * @since 0.1.0
 */
export function proportionSampleSize(margin: number, options?: ProportionPlanOptions): number {
  const fn = 'proportionSampleSize';
  const m = positive(fn, 'margin', margin);
  const opts = readOptions(fn, options, ['p', 'level', 'population']);
  const p = share(fn, 'p', opts.p, 0.5);
  const z = zFor(checkLevel(fn, opts.level));
  return withPopulation(fn, (z * z * p * (1 - p)) / (m * m), opts.population);
}
