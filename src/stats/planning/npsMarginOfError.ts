import { nonNegative, readOptions } from '../../internal/options.js';
import { npsShares } from '../internal/planningShares.js';
import { checkLevel, zFor } from '../internal/shared.js';
import { netVariance } from '../internal/trinomial.js';

/**
 * Options of {@link npsMarginOfError} and {@link npsSampleSize}.
 *
 * @category Planning
 * @since 0.1.0
 */
export interface NpsPlanOptions {
  /** The expected share of promoters, 0…1; default 0.5 (with detractors 0.5: the worst case). */
  readonly promoterShare?: number | undefined;
  /** The expected share of detractors, 0…1; default 0.5. */
  readonly detractorShare?: number | undefined;
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The population size, for the finite-population correction (sample sizes only). */
  readonly population?: number | undefined;
}

/**
 * Computes the margin of error of an NPS for a sample of n, in NPS points:
 * z·100·√(V/n) with the trinomial variance V = p + d − (p − d)² of the promoter and detractor
 * shares — not the binomial p(1 − p) that forum calculators quote, which understates it.
 *
 * Without shares the worst case is used (half promoters, half detractors: V = 1, the margin is
 * 196/√n at 95 %). With typical shares (50 % promoters, 20 % detractors) the margin is smaller.
 *
 * @param n - The sample size (> 0); may be an effective sample size.
 * @param options - `promoterShare`, `detractorShare` (default 0.5 each) and `level` (default 0.95).
 * @returns The margin in NPS points.
 * @throws RangeError for n ≤ 0, shares outside [0, 1] or adding up to more than 1, or a level outside (0, 1).
 * @throws TypeError for non-numbers or an unknown option.
 * @example
 * ```ts
 * // R: qnorm(0.975) * 100 * sqrt((0.5 + 0.2 - 0.3^2) / 400) is 7.6539…
 * npsMarginOfError(400, { promoterShare: 0.5, detractorShare: 0.2 }).toFixed(3); // => '7.654'
 * ```
 * @category Planning
 * @since 0.1.0
 */
export function npsMarginOfError(n: number, options?: Omit<NpsPlanOptions, 'population'>): number {
  const fn = 'npsMarginOfError';
  const size = nonNegative(fn, 'n', n);
  if (size < 1) throw new RangeError(`${fn}: n must be at least 1, received ${size}`);
  const opts = readOptions(fn, options, ['promoterShare', 'detractorShare', 'level']);
  const { p, d } = npsShares(fn, opts.promoterShare, opts.detractorShare);
  return zFor(checkLevel(fn, opts.level)) * 100 * Math.sqrt(netVariance(p, d) / size);
}
