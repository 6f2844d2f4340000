import type { ScoreResult } from '../core/types.js';
import { excerpt } from '../internal/excerpt.js';
import { oneOf, readOptions } from '../internal/options.js';
import { readList } from '../internal/read.js';
import type { KeyPart, SegmentKey } from './types.js';

/**
 * Options of {@link sortSegments}.
 *
 * @category Segments
 * @since 0.1.0
 */
export interface SortSegmentsOptions {
  /** What to sort by: `'score'` (default), `'n'` (effective sample size) or `'key'`. */
  readonly by?: 'score' | 'n' | 'key' | undefined;
  /** `'descending'` (default for score and n) or `'ascending'` (default for key). */
  readonly order?: 'ascending' | 'descending' | undefined;
}

/** Orders keys: numbers by value, strings by UTF-16 code units, tuples part by part. */
function compareKey(a: SegmentKey, b: SegmentKey): number {
  const pa = ([] as KeyPart[]).concat(a);
  const pb = ([] as KeyPart[]).concat(b);
  for (let i = 0; i < pa.length && i < pb.length; i++) {
    const x = pa[i] as KeyPart;
    const y = pb[i] as KeyPart;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return pa.length - pb.length;
}

/**
 * Returns the segments sorted by score, effective sample size or key (keys of one type: numbers by
 * value, strings by UTF-16 code units, tuples part by part), as a new array; ties keep
 * their order (the sort is stable), and segments without a score or size (no data, suppressed)
 * come last in either order. Works on anything with a `key`, `nEffective` and a `result`, such as the
 * segments of {@link segment}, so sorts compose: sort by key, then by score.
 *
 * @param segments - The segments (an array or iterable of objects).
 * @param options - `by` (default `'score'`) and `order`.
 * @returns A new sorted array.
 * @throws TypeError for segments that are not a list of objects, an unknown option or value.
 * @example
 * ```ts
 * const rows = [{ c: 'a', x: 0 }, { c: 'b', x: 10 }, { c: 'c', x: null }];
 * const s = segment(rows, { by: (r) => r.c, value: (r) => r.x, metric: npsMetric });
 * sortSegments(s.segments).map((g) => g.key); // => ['b', 'a', 'c']
 * sortSegments(s.segments, { by: 'key', order: 'descending' }).map((g) => g.key); // => ['c', 'b', 'a']
 * ```
 * @category Segments
 * @since 0.1.0
 */
export function sortSegments<
  S extends {
    readonly key: SegmentKey;
    readonly nEffective: number | null;
    readonly result: ScoreResult | null;
  },
>(segments: Iterable<S>, options?: SortSegmentsOptions): S[] {
  const fn = 'sortSegments';
  const list = Array.prototype.slice.call(readList<S>(fn, segments, 'segments')) as S[];
  (list as unknown[]).forEach((x, i) => {
    if (typeof x !== 'object' || x === null)
      throw new TypeError(`${fn}: segment at index ${i} must be an object, received ${excerpt(x)}`);
  });
  const o = readOptions(fn, options, ['by', 'order']);
  const by = oneOf(fn, 'by', o.by, ['score', 'n', 'key']);
  const sign =
    oneOf(
      fn,
      'order',
      o.order,
      by === 'key' ? ['ascending', 'descending'] : ['descending', 'ascending'],
    ) === 'ascending'
      ? 1
      : -1;
  const value = (s: S): number | null =>
    by === 'score' ? (s.result?.score ?? null) : s.nEffective;
  return list.sort((a, b) => {
    if (by === 'key') return sign * compareKey(a.key, b.key);
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  });
}
