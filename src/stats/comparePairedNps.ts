import type { Answers } from '../core/types.js';
import { fail } from '../internal/count.js';
import { oneOf, readOptions } from '../internal/options.js';
import { readList } from '../internal/read.js';
import { normalQuantile } from './internal/distributions/normal.js';
import { signFlipP } from './internal/exact/signFlip.js';
import { EXACT_BELOW } from './internal/minimumInformation.js';
import { checkLevel, clipped, noComparison, twoSidedZ, verdictOf } from './internal/shared.js';
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
 * categories of a (rows) × b (columns), in the order detractor, passive, promoter.
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
  /** Counts of pairs: `table[a][b]`, categories detractor 0, passive 1, promoter 2. */
  readonly table: readonly (readonly number[])[];
}

/**
 * Compares the NPS of the same respondents asked twice, a relative to b like every comparison:
 * call it as `comparePairedNps(after, before)` for the change after a redesign. Each pair scores
 * Δ = s_a − s_b with s = +1 for a promoter, 0 for a passive and −1 for a detractor; the estimate
 * is 100·mean(Δ), the NPS of a minus the NPS of b over the complete pairs (the same sign as
 * `compareNps(nps(a), nps(b))`), in points from −200 to 200.
 *
 * The decision follows the minimum-information rule:
 * - **Exact below 30 pairs** (`test: 'paired-sign-flip'`): the p-value is the exact sign-flip
 *   permutation test of the mean change — under no change each non-zero Δ is as likely to have
 *   either sign, so p = P(|ΣΔ| ≥ |ΣΔ_obs|) over the 2ⁿ sign patterns (a convolution of two
 *   binomials, for changes of one and two categories), ties counted with a relative tolerance of
 *   1e-7. It equals the enumeration `mean(abs(signs %*% abs(d)) >= abs(sum(d)))` in R.
 * - **z above** (`test: 'paired-nps-z'`): standard error 100·√((mean(Δ²) − mean(Δ)²)/n), z test.
 * - **Every change equal** (the z test's variance is 0, e.g. every pair moved from detractor to
 *   promoter): the exact sign-flip decides at any n (it then costs O(n)), so 1,000 such pairs
 *   give p = 2·2⁻¹⁰⁰⁰ ≈ 1.9e-301, not "no information"; past about 1,075 pairs that p is below
 *   the smallest double and reads 0. The interval then uses the sign-flip distribution's
 *   standard error 100·√(mean(Δ²)/n) (`interval.method: 'paired-sign-flip-z'`), never zero-width.
 *   When no pair changed category, p = 1 and `se`, `statistic` and the limits are `null`.
 *
 * Otherwise the interval is estimate ± z·SE (`'z'`). Limits are clipped to −200…200. Pairing
 * removes the between-respondent variation an independent comparison has to carry, so it detects
 * smaller changes. Pairs with a missing answer on either side are skipped and counted; invalid
 * answers throw (naming the side and the index) or, with `invalid: 'skip'`, skip the pair and
 * are counted.
 *
 * Up to version 0.1 the arguments were `(before, after)` and the estimate was after − before: an old
 * call `comparePairedNps(before, after)` now returns before − after (the sign flips, and the
 * table is transposed). Swap the arguments.
 *
 * @param a - The answers (0–10) read relative to b, one per respondent: "after" for a change.
 * @param b - The answers to compare against ("before"), in the same respondent order and of the
 * same length.
 * @param options - `level` (default 0.95), `invalid`, `nan`.
 * @returns The comparison of a relative to b, in NPS points.
 * @throws RangeError for lists of different lengths, an invalid answer, or a level outside (0, 1).
 * @throws TypeError for inputs that are not lists of answers, non-number answers, or an unknown
 * option.
 * @example
 * ```ts
 * const before = [10, 6, 8, 3, 9, 7, 2, 8];
 * const after = [10, 9, 9, 7, 9, 9, 2, 8];
 * const c = comparePairedNps(after, before);
 * c.estimate; // => 62.5
 * c.table[2]; // => [1, 2, 2]
 * // 8 pairs: the exact sign-flip test. R: mean(abs(signs %*% abs(d)) >= 5) over the 2^5 sign
 * // vectors of the 5 changes is 0.125.
 * [c.test, c.pValue, c.verdict]; // => ['paired-sign-flip', 0.125, 'no-detectable-difference']
 * comparePairedNps(Array(1000).fill(10), Array(1000).fill(0)).verdict; // => 'higher'
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function comparePairedNps(
  a: Answers,
  b: Answers,
  options?: PairedOptions,
): PairedNpsComparison {
  const fn = 'comparePairedNps';
  const opts = readOptions(fn, options, ['level', 'invalid', 'nan']);
  const level = checkLevel(fn, opts.level);
  const skip = oneOf(fn, 'invalid', opts.invalid, ['throw', 'skip']) === 'skip';
  const nanMissing = oneOf(fn, 'nan', opts.nan, ['invalid', 'missing']) === 'missing';
  const la = readList<unknown>(fn, a, 'a');
  const lb = readList<unknown>(fn, b, 'b');
  if (la.length !== lb.length) {
    throw new RangeError(
      `${fn}: a has ${la.length} answers but b has ${lb.length}; pairs need equal lengths`,
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
  for (let i = 0; i < la.length; i++) {
    const ca = category('a', la[i], i);
    const cb = category('b', lb[i], i);
    if (ca === -2 || cb === -2) invalid++;
    else if (ca === -1 || cb === -1) skipped++;
    else {
      const row = table[ca] as number[];
      row[cb] = (row[cb] as number) + 1;
    }
  }
  let n = 0;
  let sum = 0;
  let squares = 0;
  let ones = 0;
  let twos = 0;
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      const d = i - j;
      n += count;
      sum += count * d;
      squares += count * d * d;
      if (d === 1 || d === -1) ones += count;
      else if (d !== 0) twos += count;
    });
  });
  const counted = { level, n, skipped, invalid, table };
  if (n === 0) return { ...noComparison('paired-nps-z', level, 'z'), ...counted };
  const mean = sum / n;
  const estimate = 100 * mean + 0;
  const crit = -normalQuantile((1 - level) / 2);
  const zSe = 100 * Math.sqrt(Math.max(0, squares / n - mean * mean) / n);
  // Every change equal: the sign-flip distribution's own standard error (0 only without change).
  const se = zSe > 0 ? zSe : 100 * Math.sqrt(squares / n / n);
  const exact = n < EXACT_BELOW || zSe === 0;
  const test = exact ? 'paired-sign-flip' : 'paired-nps-z';
  const method = zSe > 0 ? 'z' : 'paired-sign-flip-z';
  const pValue = exact ? signFlipP(ones, twos, sum) : twoSidedZ(estimate / zSe);
  const verdict = verdictOf(estimate, pValue, level);
  if (se === 0) {
    return { ...noComparison(test, level, method), ...counted, estimate, pValue, verdict };
  }
  return {
    test,
    estimate,
    se,
    statistic: estimate / se,
    df: null,
    pValue,
    interval: clipped(estimate - crit * se, estimate + crit * se, -200, 200, level, method),
    verdict,
    ...counted,
  };
}
