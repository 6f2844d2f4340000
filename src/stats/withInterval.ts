import type { ScoreResult } from '../core/types.js';
import { type ScoreIntervalOptions, scoreInterval } from './internal/scoreInterval.js';
import type { Interval } from './types.js';

/**
 * Adds a confidence interval for `score` to any result, in score units: NPS points for NPS
 * (trinomial methods, adjusted Wald by default), percent for CSAT and binary outcomes (proportion
 * methods, Wilson by default, on the top-box share), the scale for CES (Student t on the mean, or
 * Hoeffding's bound).
 *
 * The result is returned as a new object with `interval: { lower, upper, level, method }`; the
 * score itself is unchanged (the adjusted-Wald centre is not the estimate). Weighted results use
 * Kish's effective sample size. No data gives `null` limits. The default methods never collapse
 * to a zero-width interval: for CES the default is t, and Hoeffding's bound when t would collapse
 * (one answer, or every answer the same). A method asked for by name is a display and is computed
 * as the textbook and R compute it, width zero included (`method: 'wald'` on ten promoters is
 * [100, 100]); target checks never decide on such an interval. The result is read through its
 * own fields only.
 *
 * @param result - A result of `nps`, `csat`, `ces`, `npsFromCounts` or a metric's `score`.
 * @param options - `level` (default 0.95), `method` (per metric), `resamples` and `seed` (NPS bootstrap).
 * @returns The result plus `interval`.
 * @throws RangeError for a level outside (0, 1), or as {@link npsInterval} for the NPS methods.
 * @throws TypeError for an unknown option, a method the metric does not have, or an unknown metric.
 * @example
 * ```ts
 * const r = withInterval(csat([5, 4, 4, 5, 3, 5, 4, 2, 5, 4]));
 * r.score; // => 80
 * // R: 100 * prop.test(8, 10, correct = FALSE)$conf.int is 49.016… 94.331…
 * [r.interval.lower?.toFixed(1), r.interval.upper?.toFixed(1)]; // => ['49.0', '94.3']
 * // No spread: t would be [7, 7]; Hoeffding's lower limit is 1 + 6 · 0.025^(1/2).
 * withInterval(ces([7, 7])).interval.lower?.toFixed(4); // => '1.9487'
 * withInterval(ces([7, 7]), { method: 't' }).interval.lower; // => 7
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
