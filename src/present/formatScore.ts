import type { ScoreResult } from '../core/types.js';
import { formatter, readResult } from './internal/format.js';
import type { FormatOptions } from './types.js';

/**
 * Formats a result's score for display with `Intl.NumberFormat`, in the unit of its metric
 * (by the metric's name, not its range): NPS and any score whose range goes below 0 signed, as
 * in `+46.2`, `-12.0` or `0.0`; CSAT and binary outcomes (`'csat'`, `'proportion'`: percent
 * scores) as percent; CES and other means as a plain number, also on a 0–100 scale.
 * A negative score that rounds to 0 prints without a sign (never `-0.0`).
 *
 * Rounding happens here only, to `digits` fraction digits of the exact score (so the NPS of
 * 120/45/30 answers shows as 46.15, never as the 46.16 of subtracting rounded shares). The
 * locale defaults to `'en-US'` for output that does not depend on the machine. Formatters are
 * cached per locale, style and digits (at most 32).
 *
 * @param result - A result of `nps`, `csat`, `ces`, a metric's `score`, or anything with a
 *   `metric` descriptor and a `score` (number or `null`).
 * @param options - `locale`, `digits`, `minDigits`, `placeholder` (see {@link FormatOptions}).
 * @returns The formatted score, or the placeholder when the score is `null`.
 * @throws TypeError for a result that is not an object, an unknown option, a non-string locale
 *   or placeholder, a result without a metric, or a score that is neither a number nor `null`.
 * @throws RangeError for a NaN or infinite score, digits outside 0–20 (or `minDigits` above
 *   `digits`) or an invalid locale.
 * @example
 * ```ts
 * const r = npsFromCounts({ promoters: 120, passives: 45, detractors: 30 });
 * formatScore(r); // => '+46.2'
 * formatScore(r, { digits: 2 }); // => '+46.15'
 * formatScore(r, { digits: 0, locale: 'de-DE' }); // => '+46'
 * formatScore(csat([5, 4, 4, 5, 3, 5, 4, 2])); // => '75.0%'
 * formatScore(nps([])); // => '—'
 * formatScore(ces([70, 80], { scale: { min: 0, max: 100 } })); // => '75.0'
 * ```
 * @category Presentation
 * @since 0.2.0
 */
export function formatScore(
  result: Pick<ScoreResult, 'metric' | 'score'>,
  options?: FormatOptions,
): string {
  const fn = 'formatScore';
  const r = readResult(fn, result);
  return formatter(fn, options, r.metric ?? null)[0](r.score);
}
