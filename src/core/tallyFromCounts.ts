import { buildTally } from './buildTally.js';
import { describe } from './describe.js';
import { readOptions } from './options.js';
import { checkScale } from './scale.js';
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
 * `counts` is an array (or typed array) with one entry per point from `scale.min` up, or an
 * object keyed by point (`{ 9: 120, 10: 80 }`), where points left out count 0. Unweighted counts
 * must be integers from 0 to 2^53 − 1. For weighted pre-aggregates pass the weight sums as counts
 * with `weightSquares` (Σ w²) and `n` (the number of answers), so the effective sample size is
 * kept: every interval and test downstream depends only on these numbers, so statistics from
 * counts equal statistics from the raw answers.
 *
 * @param scale - The answer scale, e.g. `{ min: 0, max: 10 }`.
 * @param counts - Counts per point: an array indexed from `scale.min`, or an object keyed by point.
 * @param options - `weightSquares` and `n` for weighted counts; `skipped` and `invalid` to carry along.
 * @returns A new tally.
 * @throws TypeError when a count is not a number or `counts` is neither an array nor an object.
 * @throws RangeError when a count is negative, non-integer (unweighted) or too large, a key is not a
 *   point of the scale, the array length differs from the number of points, or `weightSquares`
 *   is inconsistent with the counts.
 * @example
 * ```ts
 * const t = tallyFromCounts({ min: 1, max: 5 }, { 4: 30, 5: 50, 1: 5 });
 * t.counts; // => [5, 0, 0, 30, 50]
 * t.total; // => 85
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
  const s = checkScale(fn, scale);
  const opts = readOptions(fn, options, ['weightSquares', 'n', 'skipped', 'invalid']);
  if (typeof counts !== 'object' || (counts as unknown) === null) {
    throw new TypeError(
      `${fn}: counts must be an array or an object keyed by point, received ${describe(counts)}`,
    );
  }
  let list: ArrayLike<unknown>;
  if (Array.isArray(counts) || ArrayBuffer.isView(counts)) list = counts as ArrayLike<unknown>;
  else {
    const dense: unknown[] = new Array<unknown>(s.max - s.min + 1).fill(0);
    for (const key of Object.keys(counts)) {
      const point = /^-?(0|[1-9]\d*)$/.test(key) ? Number(key) : Number.NaN;
      if (!(point >= s.min && point <= s.max)) {
        throw new RangeError(
          `${fn}: counts key ${JSON.stringify(key)} is not a point of the scale ${s.min}–${s.max}`,
        );
      }
      dense[point - s.min] = (counts as Record<string, unknown>)[key];
    }
    list = dense;
  }
  return buildTally(fn, s, list, opts);
}
