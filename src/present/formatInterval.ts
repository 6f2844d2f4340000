import type { MetricDescriptor } from '../core/types.js';
import { excerpt } from '../internal/excerpt.js';
import type { Interval } from '../stats/types.js';
import { formatter, readResult } from './internal/format.js';
import type { IntervalFormatOptions } from './types.js';

/**
 * Formats a confidence interval as `lower – upper` in the style of the metric's score (see
 * {@link formatScore}): `+38.1 – +53.9` for NPS, `49.0% – 94.3%` for CSAT, `4.1 – 5.3` for CES.
 *
 * The limits are formatted separately with `Intl.NumberFormat` and joined by `separator`. A
 * missing interval or a `null` limit (no data) gives the placeholder.
 *
 * @param result - The output of `withInterval`, or `{ metric, interval }` (for a trend period:
 *   `{ metric: p.result.metric, interval: p.interval }`).
 * @param options - `locale`, `digits`, `minDigits`, `placeholder` (see {@link FormatOptions}) and
 *   `separator` (default `' – '`).
 * @returns The formatted interval, or the placeholder.
 * @throws TypeError for a result that is not an object, an unknown option, a non-string
 *   locale, placeholder or separator, a result without a metric, an interval that is not an
 *   object, or a limit that is neither a number nor `null`.
 * @throws RangeError for a NaN or infinite limit, digits outside 0–20 (or `minDigits` above
 *   `digits`) or an invalid locale.
 * @example
 * ```ts
 * const r = withInterval(csat([5, 4, 4, 5, 3, 5, 4, 2, 5, 4]));
 * formatInterval(r); // => '49.0% – 94.3%'
 * formatInterval(r, { digits: 0, separator: '–' }); // => '49%–94%'
 * formatInterval(withInterval(nps([])), { placeholder: 'no data' }); // => 'no data'
 * ```
 * @category Presentation
 * @since 0.2.0
 */
export function formatInterval(
  result: {
    readonly metric: MetricDescriptor;
    readonly interval?: Pick<Interval, 'lower' | 'upper'> | undefined;
  },
  options?: IntervalFormatOptions,
): string {
  const fn = 'formatInterval';
  const r = readResult(fn, result);
  const [f, sep] = formatter(fn, options, r.metric ?? null);
  const i = r.interval;
  if (i !== undefined && (typeof i !== 'object' || i === null))
    throw new TypeError(`${fn}: result.interval must be an interval, received ${excerpt(i)}`);
  const { lower = null, upper = null } = (i ?? {}) as Partial<Interval>;
  return lower === null || upper === null ? f(null) : f(lower) + sep + f(upper);
}
