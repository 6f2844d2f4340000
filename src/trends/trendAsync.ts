import type { ScoreResult } from '../core/types.js';
import { excerpt } from '../internal/excerpt.js';
import { startTrend } from './internal/trendBuilder.js';
import type { TrendOptions, TrendPeriod } from './types.js';

/**
 * Scores rows that arrive asynchronously (a database cursor, a paginated API, a Node stream) per
 * period, exactly as {@link trend} does with the same options.
 *
 * Rows are read once, as they arrive, and not kept: memory grows with the number of periods that
 * have rows (and, with `respondent`, with the number of respondents), not with the number of rows.
 * Synchronous iterables and arrays are accepted too. A weight array must have one entry per row;
 * its length is checked when the stream ends.
 *
 * @param rows - An async iterable of rows (or a synchronous one).
 * @param options - As {@link trend}: `at`, `value`, `metric` (required); `period`, `timeZone`,
 *   `weekStart`, `fiscalStartMonth`, `naive`, `epoch`, `from`, `to`, `now`, `level`, `minN`,
 *   `respondent`, `keep`, `per`, `weight`, `invalid`, `nan`.
 * @returns A promise of one {@link TrendPeriod} per period, in chronological order.
 * @throws TypeError / RangeError as {@link trend} does (the promise rejects); rows that are
 *   neither an async nor a synchronous iterable reject with a TypeError.
 * @example
 * ```ts
 * async function* cursor() {
 *   yield { at: '2025-01-15T10:00:00Z', score: 10 };
 *   yield { at: '2025-03-02T08:00:00Z', score: 3 };
 * }
 * const t = await trendAsync(cursor(), {
 *   at: (r) => r.at, value: (r) => r.score, metric: npsMetric, now: 0,
 * });
 * t.map((p) => [p.period, p.result.score]); // => [['2025-01', 100], ['2025-02', null], ['2025-03', -100]]
 * ```
 * @category Trends
 * @since 0.2.0
 */
export async function trendAsync<T, R extends ScoreResult>(
  rows: AsyncIterable<T> | Iterable<T>,
  options: TrendOptions<T, R>,
): Promise<TrendPeriod<R>[]> {
  const fn = 'trendAsync';
  const src = rows as Partial<AsyncIterable<T> & Iterable<T>> | null;
  if (
    typeof src !== 'object' ||
    src === null ||
    (typeof src[Symbol.asyncIterator] !== 'function' && typeof src[Symbol.iterator] !== 'function')
  ) {
    throw new TypeError(
      `${fn}: rows must be an async iterable or an iterable, received ${excerpt(rows)}`,
    );
  }
  const b = startTrend<T, R>(fn, options, undefined);
  let i = 0;
  for await (const row of rows) b.add(row, i++);
  return b.finish(i);
}
