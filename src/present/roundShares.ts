import { fail } from '../internal/count.js';
import { intIn, nonNegative, readOptions } from '../internal/options.js';
import type { RoundOptions } from './types.js';

/**
 * The largest-remainder rounding of {@link roundShares}: the counts' shares in units of
 * 1 / `whole` (`whole` = 100 × 10^digits) and `whole`, or `null` for a zero total.
 */
export function hamilton(
  fn: string,
  counts: readonly number[],
  options: unknown,
): [number[], number] | null {
  const d = readOptions(fn, options, ['digits']).digits;
  const whole = 100 * 10 ** (d === undefined ? 1 : intIn(fn, 'digits', d, 0, 6));
  if (!Array.isArray(counts)) fail(fn, 'counts must be an array', counts);
  let total = 0;
  for (const [i, c] of counts.entries()) total += nonNegative(fn, `count at index ${i}`, c);
  if (total === 0) return null;
  // c · whole must stay finite (counts near Number.MAX_VALUE would give NaN shares).
  if (!(total * whole < Infinity))
    fail(fn, `counts must add up to less than ${1e308 / whole}`, total);
  // Whole units and remainders (exact for integer counts): share = (q + rest / total) units.
  const rest = counts.map((c) => (c * whole) % total);
  const q = counts.map((c, i) => Math.round((c * whole - (rest[i] as number)) / total));
  const left = whole - q.reduce((a, b) => a + b, 0);
  // A stable sort: equal remainders keep the order of the counts.
  // The units left go to the largest remainders (never negative for exact counts; floats could
  // round the whole parts up, and slice(0, −1) would hand out units to all but one).
  const order = q.map((_, i) => i).sort((a, b) => (rest[b] as number) - (rest[a] as number));
  for (const i of order.slice(0, Math.max(0, left))) q[i] = (q[i] as number) + 1;
  return [q, whole];
}

/**
 * Rounds category counts to percentages that add up to exactly 100 (largest-remainder or
 * Hamilton method), e.g. the promoter, passive and detractor shares of a stacked bar.
 *
 * In units of the last decimal (0.1 % at `digits: 1`), every category first gets the whole
 * units of its exact share; the units left over to reach 100 % go one each to the categories
 * with the largest remainders. Ties go to the category listed first, so the result is
 * deterministic. Each rounded share is within one unit of the exact share. With integer counts
 * (up to 9 × 10⁷ at 6 digits) the arithmetic is exact; weighted counts are rounded as floats.
 *
 * @param counts - Non-negative counts (or weight sums) per category.
 * @param options - `digits`: decimals of the percentages, 0–6 (default 1).
 * @returns The percentages, in the order of `counts`, or `null` when the counts add up to 0.
 * @throws TypeError for counts that are not an array, a count that is not a number, or an
 *   unknown option.
 * @throws RangeError for a negative or non-finite count, or digits outside 0–6.
 * @example
 * ```ts
 * // Exact: 61.538…, 23.077…, 15.385…; rounded each: 61.5 + 23.1 + 15.4 = 100.0
 * roundShares([120, 45, 30]); // => [61.5, 23.1, 15.4]
 * // Exact: 33.33… each; rounded each they would add up to 99.
 * roundShares([1, 1, 1], { digits: 0 }); // => [34, 33, 33]
 * roundShares([0, 0]); // => null
 * ```
 * @category Presentation
 * @since 0.2.0
 */
export function roundShares(counts: readonly number[], options?: RoundOptions): number[] | null {
  const h = hamilton('roundShares', counts, options);
  return h?.[0].map((u) => (u * 100) / h[1]) ?? null;
}
