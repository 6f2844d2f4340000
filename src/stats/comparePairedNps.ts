import { fail } from '../core/count.js';
import { describe } from '../core/describe.js';
import { oneOf, readOptions } from '../core/options.js';
import type { Answers } from '../core/types.js';
import { checkLevel, clipped, noComparison, twoSidedZ, verdictOf, zFor } from './shared.js';
import type { Comparison } from './types.js';

/**
 * Options of {@link comparePairedNps}.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface PairedOptions {
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** `'throw'` (default) or `'skip'`: what to do with a pair holding an invalid answer. */
  readonly invalid?: 'throw' | 'skip' | undefined;
  /** Whether `NaN` is invalid (default) or missing. */
  readonly nan?: 'invalid' | 'missing' | undefined;
}

/**
 * The paired NPS comparison: a {@link Comparison} plus the pairs counted and the 3×3 table of
 * categories before (rows) × after (columns), in the order detractor, passive, promoter.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface PairedNpsComparison extends Comparison {
  /** The number of complete pairs. */
  readonly n: number;
  /** Pairs with a missing answer on either side. */
  readonly skipped: number;
  /** Pairs with an invalid answer skipped under `invalid: 'skip'`. */
  readonly invalid: number;
  /** Counts of pairs: `table[before][after]`, categories detractor 0, passive 1, promoter 2. */
  readonly table: readonly (readonly number[])[];
}

/**
 * Compares the NPS of the same respondents asked twice (before and after a change): each pair
 * scores Δ = s_after − s_before with s = +1 for a promoter, 0 for a passive and −1 for a
 * detractor. The estimate is 100·mean(Δ) (the change of NPS over the complete pairs), its
 * standard error 100·√((mean(Δ²) − mean(Δ)²)/n), with a z test, a two-sided p-value, a z interval
 * clipped to −200…200 and the verdict of after relative to before.
 *
 * Pairing removes the between-respondent variation an independent comparison has to carry, so
 * it detects smaller changes. Pairs with a missing answer on either side are skipped and
 * counted; invalid answers throw (naming the side and the index) or, with `invalid: 'skip'`,
 * skip the pair and are counted. When no pair changed category the standard error is 0: the
 * statistic and p-value are `null` and the verdict `'no-detectable-difference'`.
 *
 * @param before - The first answers (0–10), one per respondent.
 * @param after - The second answers, in the same respondent order and of the same length.
 * @param options - `level` (default 0.95), `invalid`, `nan`.
 * @returns The comparison of after relative to before, in NPS points.
 * @throws RangeError for arrays of different lengths, an invalid answer, or a level outside (0, 1).
 * @throws TypeError for inputs that are not arrays, non-number answers, or an unknown option.
 * @example
 * ```ts
 * const before = [10, 6, 8, 3, 9, 7, 2, 8];
 * const after = [10, 9, 9, 7, 9, 9, 2, 8];
 * const c = comparePairedNps(before, after);
 * c.estimate; // => 62.5
 * c.table[0]; // => [1, 1, 1]
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function comparePairedNps(
  before: Answers,
  after: Answers,
  options?: PairedOptions,
): PairedNpsComparison {
  const fn = 'comparePairedNps';
  const opts = readOptions(fn, options, ['level', 'invalid', 'nan']);
  const level = checkLevel(fn, opts.level);
  const skip = oneOf(fn, 'invalid', opts.invalid, ['throw', 'skip']) === 'skip';
  const nanMissing = oneOf(fn, 'nan', opts.nan, ['invalid', 'missing']) === 'missing';
  const list = (name: string, x: unknown): ArrayLike<unknown> => {
    if (
      typeof x === 'object' &&
      x !== null &&
      Number.isSafeInteger((x as Partial<ArrayLike<unknown>>).length)
    ) {
      return x as ArrayLike<unknown>;
    }
    throw new TypeError(
      `${fn}: ${name} must be an array or a typed array, received ${describe(x)}`,
    );
  };
  const b = list('before', before);
  const a = list('after', after);
  if (a.length !== b.length) {
    throw new RangeError(
      `${fn}: before has ${b.length} answers but after has ${a.length}; pairs need equal lengths`,
    );
  }
  const table = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  let skipped = 0;
  let invalid = 0;
  // 0, 1 or 2 for a valid answer (detractor, passive, promoter); -1 missing; -2 invalid (skipped).
  const category = (side: string, x: unknown, i: number): number => {
    if (x === null || x === undefined || (nanMissing && Number.isNaN(x))) return -1;
    if (typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10)
      return x >= 9 ? 2 : x >= 7 ? 1 : 0;
    if (skip) return -2;
    return fail(fn, `${side} answer at index ${i} must be an integer from 0 to 10`, x);
  };
  for (let i = 0; i < b.length; i++) {
    const cb = category('before', b[i], i);
    const ca = category('after', a[i], i);
    if (cb === -2 || ca === -2) invalid++;
    else if (cb === -1 || ca === -1) skipped++;
    else {
      const row = table[cb] as number[];
      row[ca] = (row[ca] as number) + 1;
    }
  }
  let n = 0;
  let sum = 0;
  let squares = 0;
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      n += count;
      sum += count * (j - i);
      squares += count * (j - i) * (j - i);
    });
  });
  const base = { test: 'paired-nps-z', df: null, level, n, skipped, invalid, table };
  if (n === 0) {
    return { ...noComparison(base.test, level, 'z'), ...base };
  }
  const mean = sum / n;
  const estimate = 100 * mean + 0;
  const se = 100 * Math.sqrt(Math.max(0, squares / n - mean * mean) / n);
  const statistic = se === 0 ? null : estimate / se;
  const pValue = statistic === null ? null : twoSidedZ(statistic);
  const h = zFor(level) * se;
  return {
    ...base,
    estimate,
    se,
    statistic,
    pValue,
    interval: clipped(estimate - h, estimate + h, -200, 200, level, 'z'),
    verdict: verdictOf(estimate, pValue, level),
  };
}
