import { nonNegative, readOptions } from '../../internal/options.js';
import { share } from '../internal/planningShares.js';
import { checkLevel, zFor } from '../internal/shared.js';

/**
 * Options of {@link proportionMarginOfError} and {@link proportionSampleSize}.
 *
 * @category Planning
 * @since 0.1.0
 */
export interface ProportionPlanOptions {
  /** The expected share, 0…1; default 0.5, the worst case. */
  readonly p?: number | undefined;
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The population size, for the finite-population correction (sample sizes only). */
  readonly population?: number | undefined;
}

/**
 * Computes the margin of error of a proportion (a CSAT share, a response rate) for a sample of
 * n: z·√(p(1 − p)/n), in proportion units (0.031 is ±3.1 percentage points).
 *
 * Without `p` the worst case p = 0.5 is used. It is the half-width of the Wald interval; the
 * reported intervals (Wilson by default) differ near 0 and 1. n may be an effective sample size.
 *
 * @param n - The sample size (> 0).
 * @param options - `p` (default 0.5) and `level` (default 0.95).
 * @returns The margin in proportion units.
 * @throws RangeError for n ≤ 0, p outside [0, 1] or a level outside (0, 1).
 * @throws TypeError for non-numbers or an unknown option.
 * @example
 * ```ts
 * // R: qnorm(0.975) * sqrt(0.25 / 1000) is 0.03099…
 * proportionMarginOfError(1000).toFixed(4); // => '0.0310'
 * ```
 * @category Planning
 * @since 0.1.0
 */
export function proportionMarginOfError(
  n: number,
  options?: Omit<ProportionPlanOptions, 'population'>,
): number {
  const fn = 'proportionMarginOfError';
  const size = nonNegative(fn, 'n', n);
  if (size < 1) throw new RangeError(`${fn}: n must be at least 1, received ${size}`);
  const opts = readOptions(fn, options, ['p', 'level']);
  const p = share(fn, 'p', opts.p, 0.5);
  return zFor(checkLevel(fn, opts.level)) * Math.sqrt((p * (1 - p)) / size);
}
