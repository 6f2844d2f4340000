import type { ScoreResult } from '../core/types.js';
import { readList } from '../internal/read.js';
import { countSegments, readSegmentOptions } from './segment.js';
import type { Segmentation, SegmentOptions } from './types.js';

/**
 * {@link segment} for rows that arrive asynchronously: a database cursor, a paginated API, a
 * streamed CSV parser (anything with `Symbol.asyncIterator`), or a synchronous iterable.
 *
 * The options are checked before the first row is read, so a typo never consumes a cursor. The
 * rows are then read in order and counted exactly as {@link segment} counts them (same keys,
 * same input policy, same suppression); the result is the same object `segment` returns for the
 * same rows. Memory grows with the number of rows read, as rows are collected before counting
 * (weight arrays are matched to rows by index once the stream has ended). A value that is
 * neither iterable nor async iterable (an API wrapper `{ rows: [...] }`) is refused, never read
 * as no rows.
 *
 * @param rows - An async iterable or an iterable of rows.
 * @param options - As for {@link segment}.
 * @returns A promise of the segmentation.
 * @throws TypeError (as a rejected promise) for rows that are not an iterable or async
 *   iterable, and for every option or row {@link segment} refuses.
 * @throws RangeError (as a rejected promise) as {@link segment} does.
 * @example
 * ```ts
 * async function* cursor() {
 *   yield { channel: 'web', score: 10 };
 *   yield { channel: 'phone', score: 3 };
 *   yield { channel: 'web', score: 9 };
 * }
 * const s = await segmentAsync(cursor(), {
 *   by: (r) => r.channel,
 *   value: (r) => r.score,
 *   metric: npsMetric,
 * });
 * s.segments.map((g) => [g.key, g.result?.score]); // => [['web', 100], ['phone', -100]]
 * ```
 * @category Segments
 * @since 0.2.0
 */
export async function segmentAsync<T, R extends ScoreResult>(
  rows: AsyncIterable<T> | Iterable<T>,
  options: SegmentOptions<T, R>,
): Promise<Segmentation<R>> {
  const fn = 'segmentAsync';
  const src = rows as Partial<AsyncIterable<T>> | null;
  const isAsync =
    typeof src === 'object' && src !== null && typeof src[Symbol.asyncIterator] === 'function';
  // A synchronous input is checked (and refused) by the one reader of rows.
  const sync = isAsync ? undefined : readList<T>(fn, rows, 'rows');
  const plan = readSegmentOptions<T, R>(fn, options);
  if (sync !== undefined) return countSegments(fn, sync, plan);
  const list: T[] = [];
  for await (const row of rows as AsyncIterable<T>) list.push(row);
  return countSegments(fn, list, plan);
}
