import type { ScoreResult } from '../core/types.js';
import { type ScoreIntervalOptions, scoreInterval } from './scoreInterval.js';
import type { Interval } from './types.js';

/**
 * Adds a confidence interval for `score` to any result, in score units: NPS points for NPS
 * (trinomial methods, adjusted Wald by default), percent for CSAT and binary outcomes (proportion
 * methods, Wilson by default, on the top-box share), the scale for CES (Student t on the mean).
 *
 * The result is returned as a new object with `interval: { lower, upper, level, method }`; the
 * score itself is unchanged (the adjusted-Wald centre is not the estimate). Weighted results use
 * Kish's effective sample size. No data gives `null` limits.
 *
 * @param result - A result of `nps`, `csat`, `ces`, `npsFromCounts` or a metric's `score`.
 * @param options - `level` (default 0.95), `method` (per metric), `resamples` and `seed` (NPS bootstrap).
 * @returns The result plus `interval`.
 * @throws RangeError for a level outside (0, 1).
 * @throws TypeError for an unknown option, a method the metric does not have, or an unknown metric.
 * @example
 * ```ts
 * const r = withInterval(csat([5, 4, 4, 5, 3, 5, 4, 2, 5, 4]));
 * r.score; // => 80
 * // R: 100 * prop.test(8, 10, correct = FALSE)$conf.int is 49.016… 94.331…
 * [r.interval.lower?.toFixed(1), r.interval.upper?.toFixed(1)]; // => ['49.0', '94.3']
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function withInterval<R extends ScoreResult>(
  result: R,
  options?: ScoreIntervalOptions,
): R & { readonly interval: Interval } {
  return { ...result, interval: scoreInterval('withInterval', result, options) };
}
