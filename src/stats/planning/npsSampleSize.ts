import { readOptions } from '../../internal/options.js';
import { npsShares, positive, withPopulation } from '../internal/planningShares.js';
import { checkLevel, zFor } from '../internal/shared.js';
import { netVariance } from '../internal/trinomial.js';
import type { NpsPlanOptions } from './npsMarginOfError.js';

/**
 * Computes the sample size needed to estimate an NPS within a margin of error in NPS points:
 * n₀ = z²·V·100²/margin² with the trinomial variance V = p + d − (p − d)², with the
 * finite-population correction applied to the unrounded n₀ when `population` is given, rounded
 * up once.
 *
 * @param margin - The margin of error in NPS points, e.g. 5 for ±5.
 * @param options - `promoterShare`, `detractorShare` (default 0.5 each: the worst case), `level`, `population`.
 * @returns The number of completed responses needed.
 * @throws RangeError for a margin ≤ 0, bad shares, a level outside (0, 1) or a population below 1.
 * @throws TypeError for non-numbers or an unknown option.
 * @example
 * ```ts
 * // R: ceiling(qnorm(0.975)^2 * (0.5 + 0.2 - 0.3^2) * 100^2 / 5^2) is 938
 * npsSampleSize(5, { promoterShare: 0.5, detractorShare: 0.2 }); // => 938
 * ```
 * @category Planning
 * @since 0.1.0
 */
export function npsSampleSize(margin: number, options?: NpsPlanOptions): number {
  const fn = 'npsSampleSize';
  const m = positive(fn, 'margin', margin);
  const opts = readOptions(fn, options, ['promoterShare', 'detractorShare', 'level', 'population']);
  const { p, d } = npsShares(fn, opts.promoterShare, opts.detractorShare);
  const z = zFor(checkLevel(fn, opts.level));
  return withPopulation(fn, (z * z * netVariance(p, d) * 10_000) / (m * m), opts.population);
}
