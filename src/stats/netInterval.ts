import type { CsatResult } from '../csat/types.js';
import { trinomialFrom, trinomialInterval } from './internal/trinomial.js';
import { type NetIntervalOptions, readNetOptions } from './npsInterval.js';
import type { Interval } from './types.js';

/**
 * Computes a confidence interval for the CSAT net score (top box − bottom box, in percentage
 * points, −100…100).
 *
 * The net score has the same structure as NPS — each answer scores +1 (top box), 0 or −1
 * (bottom box) — so the same trinomial methods apply: `adjusted-wald` (default), `wald`,
 * `score`, `exact` and `bootstrap` (see {@link npsInterval}). Weighted results use Kish's effective
 * sample size. With no answers the limits are `null`.
 *
 * @param result - A CSAT result (from `csat` or `csatMetric(...).score`).
 * @param options - `level` (default 0.95), `method` (default `'adjusted-wald'`), `resamples`, `seed`.
 * @returns The interval in percentage points.
 * @throws RangeError for a level outside (0, 1) or the bootstrap on weighted data.
 * @throws TypeError for an unknown option or method, or an input that is not a CSAT result.
 * @example
 * ```ts
 * const r = csat([5, 5, 4, 4, 3, 2, 1, 5, 4, 4]);
 * r.net; // => 50
 * // R: 100 * (0.5 - qnorm(0.975) * sqrt((0.7 + 0.2 - 0.5^2) / 10)) is 0.0305…
 * netInterval(r, { method: 'wald' }).lower?.toFixed(3); // => '0.031'
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function netInterval(result: CsatResult, options?: NetIntervalOptions): Interval {
  const fn = 'netInterval';
  const o = readNetOptions(fn, options);
  const t = trinomialFrom(fn, result, 'satisfied', 'dissatisfied', 'total');
  return trinomialInterval(fn, t, o.level, o.method, o.resamples, o.seed);
}
