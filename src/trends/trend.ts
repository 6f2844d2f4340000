import type { Rows, ScoreResult } from '../core/types.js';
import { readList } from '../internal/read.js';
import { startTrend } from './internal/trendBuilder.js';
import type { TrendOptions, TrendPeriod } from './types.js';

/**
 * Scores rows per period in a time zone: a chronological array with every period from the first
 * to the last, empty ones included.
 *
 * Each row's instant (read strictly, see {@link Instant}) is put in the period that contains its
 * calendar date in `timeZone`; its answer is counted under the input policy (missing answers in
 * `skipped`, invalid ones throw or, with `invalid: 'skip'`, count in `invalid`). Periods with no
 * rows are filled in with an empty tally and `score: null`, from the first to the last period with
 * rows, or from the period containing `from` to the one containing `to` (rows outside are left
 * out). The period that contains `now` carries `partial: true`. Rows may come in any order. At
 * most 100,000 periods are filled in: a span longer than that (one stray instant years away)
 * throws a RangeError naming the row of the first or last instant.
 *
 * Numbers read by `at` are epoch milliseconds; one before 1973 throws with the hint "epoch
 * seconds? pass epoch: 's'", unless `epoch: 'ms'` or `epoch: 's'` states the unit. Numbers the
 * caller writes in `from`, `to` and `now` are milliseconds and never guessed at.
 *
 * `level` adds each period's score `interval` (the metric's, as {@link withInterval}; `null`
 * limits for an empty period) and `minN` the flag `small` (effective sample size below `minN`;
 * empty periods are small for any `minN` > 0).
 *
 * `respondent` counts one row per respondent id: with `keep: 'latest'` (default) the row with the
 * latest instant, with `'first'` the earliest; ties go to the later row in the input for
 * `'latest'` and to the earlier one for `'first'`. The kept *row* counts: if its answer is missing
 * it is counted in `skipped`, and the respondent's other answers are not used. `per: 'period'`
 * (default) keeps one row per respondent in each period; `per: 'all'` one in the whole trend (within
 * `from`/`to`), so an earlier period loses the answers of respondents who answered again later.
 * Ids are strings or finite numbers compared as text (`1` and `'1'` are one respondent). The other
 * rows are counted in the period's `duplicates` (their answers are not read), so `n + skipped +
 * invalid + duplicates` is the number of rows in the period; rows whose id is `null` or
 * `undefined` are all counted.
 *
 * @param rows - The rows: an array, a typed array or any synchronous iterable (for an async
 *   one, a database cursor or a stream, use {@link trendAsync}).
 * @param options - `at`, `value`, `metric` (required); `period`, `timeZone`, `weekStart`,
 *   `fiscalStartMonth`, `naive`, `epoch`, `from`, `to`, `now`, `level`, `minN`, `respondent`,
 *   `keep`, `per`, `weight`, `invalid`, `nan`.
 * @returns One {@link TrendPeriod} per period, in chronological order.
 * @throws RangeError for an invalid instant (a number before 1973 without `epoch`), answer or
 *   numeric respondent id (with the row index), an unknown time zone, `from` after `to`, a bad
 *   `level` or `minN`, a weight array whose length differs from the rows', or more than 100,000
 *   periods.
 * @throws TypeError for rows that are not an array or iterable (an object such as `{ rows }`, an
 *   async iterable), a missing accessor or metric, an unknown option or a value of the wrong type.
 * @example
 * ```ts
 * const rows = [
 *   { at: '2025-01-15T10:00:00Z', score: 10 },
 *   { at: '2025-03-31T23:30:00Z', score: 0 }, // already April in Amsterdam
 * ];
 * const t = trend(rows, {
 *   at: (r) => r.at, value: (r) => r.score, metric: npsMetric,
 *   timeZone: 'Europe/Amsterdam', now: '2025-06-01',
 * });
 * t.map((p) => p.period); // => ['2025-01', '2025-02', '2025-03', '2025-04']
 * t.map((p) => p.result.score); // => [100, null, null, -100]
 * t[3].start; // => '2025-04-01T00:00:00+02:00'
 *
 * // One answer per respondent per month (the latest), with intervals and a small-sample flag:
 * const answers = [
 *   { id: 'a', at: '2025-03-02', score: 0 },
 *   { id: 'a', at: '2025-03-20', score: 10 },
 *   { id: 'b', at: '2025-03-05', score: 9 },
 * ];
 * const [march] = trend(answers, {
 *   at: (r) => r.at, value: (r) => r.score, metric: npsMetric, now: 0,
 *   respondent: (r) => r.id, level: 0.95, minN: 30,
 * });
 * [march.result.score, march.duplicates, march.small]; // => [100, 1, true]
 * march.interval.level; // => 0.95
 *
 * // Epoch seconds (a SQL or Python export) must say so:
 * const exported = [{ ts: 1735689600, score: 9 }];
 * trend(exported, { at: (r) => r.ts, value: (r) => r.score, metric: npsMetric, now: 0, epoch: 's' })[0].period; // => '2025-01'
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function trend<T, R extends ScoreResult>(
  rows: Rows<T>,
  options: TrendOptions<T, R>,
): TrendPeriod<R>[] {
  const fn = 'trend';
  // Arrays are read in place (no copy of a million rows); other iterables are read once.
  const list = readList<T>(fn, rows, 'rows', 'trendAsync');
  const b = startTrend<T, R>(fn, options, list.length);
  let i = 0;
  for (; i < list.length; i++) b.add(list[i] as T, i);
  return b.finish(i);
}
