import { buildTally } from '../internal/buildTally.js';
import { excerpt, quote } from '../internal/excerpt.js';
import { readOptions } from '../internal/options.js';
import { isIndexed } from '../internal/read.js';
import { checkScale } from '../internal/scale.js';
import type { Scale, Tally } from './types.js';

/**
 * Options of {@link tallyFromCounts}.
 *
 * @category Core
 * @since 0.1.0
 */
export interface TallyFromCountsOptions {
  /**
   * Σ w² over the answers behind weighted counts (e.g. `sum(w * w)` in SQL). Giving it makes the
   * tally weighted: counts may then be non-integer weight sums and `n` is required.
   */
  readonly weightSquares?: number | undefined;
  /** The number of answers behind the counts: required when weighted, else it must equal Σ counts. */
  readonly n?: number | undefined;
  /** The number of missing answers to carry along (default 0). */
  readonly skipped?: number | undefined;
  /** The number of invalid answers to carry along (default 0). */
  readonly invalid?: number | undefined;
}

/**
 * Builds a tally from counts per scale point, e.g. from a SQL `GROUP BY answer`.
 *
 * `counts` is an array (or typed array) with one entry per point from `scale.min` up, or a plain
 * object keyed by point (`{ 9: 120, 10: 80 }`), where points left out count 0. A key must be the
 * canonical spelling of an integer point (`'10'`, `'-2'`): `'-0'`, `'01'`, `' 1'` and `'1.0'`
 * throw rather than being merged with another key or dropped. Anything else is not counts and
 * throws a TypeError: a `Map` (what `d3.rollup` returns — pass `Object.fromEntries(map)`), a
 * `Date`, a class instance, a DataView. Unweighted counts must be integers from 0 to 2^53 − 1.
 * For weighted pre-aggregates pass the weight sums as counts with `weightSquares` (Σ w²) and `n`
 * (the number of answers), so the effective sample size is kept: every interval and test
 * downstream depends only on these numbers, so statistics from counts equal statistics from the
 * raw answers.
 *
 * @param scale - The answer scale, e.g. `{ min: 0, max: 10 }` (it comes first; the counts second).
 * @param counts - Counts per point: an array indexed from `scale.min`, or a plain object keyed by point.
 * @param options - `weightSquares` and `n` for weighted counts; `skipped` and `invalid` to carry along.
 * @returns A new tally.
 * @throws TypeError when a count is not a number, `counts` is neither an array nor a plain
 *   object (a Map, a Date, a class instance), or the arguments are swapped (counts first).
 * @throws RangeError when a count is negative, non-integer (unweighted) or too large, a key is not
 *   the canonical spelling of a point of the scale, the array length differs from the number of
 *   points, or `weightSquares` is inconsistent with the counts.
 * @example
 * ```ts
 * const t = tallyFromCounts({ min: 1, max: 5 }, { 4: 30, 5: 50, 1: 5 });
 * t.counts; // => [5, 0, 0, 30, 50]
 * t.total; // => 85
 * tallyFromCounts({ min: 0, max: 10 }, Object.fromEntries(new Map([[10, 3], [0, 1]]))).total; // => 4
 * ```
 * @category Core
 * @since 0.1.0
 */
export function tallyFromCounts(
  scale: Scale,
  counts: ArrayLike<number> | Readonly<Record<number, number>>,
  options?: TallyFromCountsOptions,
): Tally {
  const fn = 'tallyFromCounts';
  // A swapped call (counts first) would otherwise read as a scale without min and max.
  if (isPlain(counts) && Object.hasOwn(counts, 'min') && Object.hasOwn(counts, 'max')) {
    throw new TypeError(
      `${fn}: the scale comes first, tallyFromCounts(scale, counts); received a scale as the counts`,
    );
  }
  const s = checkScale(fn, scale);
  const opts = readOptions(fn, options, ['weightSquares', 'n', 'skipped', 'invalid']);
  let list: ArrayLike<unknown>;
  if (isIndexed(counts)) {
    list = counts;
  } else if (isPlain(counts)) {
    const dense: unknown[] = new Array<unknown>(s.max - s.min + 1).fill(0);
    for (const key of Object.keys(counts)) {
      // Only the canonical spelling of an integer: '-0' and '01' would land on the point of '0'
      // and '1', so `{ '0': 5, '-0': 7 }` would keep one count of the two.
      const point = Number(key);
      if (!(String(point) === key && Number.isInteger(point) && point >= s.min && point <= s.max)) {
        throw new RangeError(
          `${fn}: counts key ${quote(key)} is not a point of the scale ${s.min}–${s.max}`,
        );
      }
      dense[point - s.min] = (counts as Record<string, unknown>)[key];
    }
    list = dense;
  } else {
    throw new TypeError(
      `${fn}: counts must be an array or a plain object keyed by point, received ${(counts as unknown) instanceof Map ? 'a Map (pass Object.fromEntries(map))' : excerpt(counts)}`,
    );
  }
  return buildTally(fn, s, list, opts);
}

/** Whether `x` is a plain object: created by a literal, JSON.parse or Object.create(null). */
function isPlain(x: unknown): x is object {
  if (typeof x !== 'object' || x === null) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}
