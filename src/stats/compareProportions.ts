import { excerpt } from '../internal/excerpt.js';
import { nonNegative, readOptions } from '../internal/options.js';
import type { CompareOptions } from './compareNps.js';
import { fisherTableP } from './internal/exact/fisherTable.js';
import { EXACT_BELOW } from './internal/minimumInformation.js';
import { checkLevel, noComparison, twoSidedZ, verdictOf } from './internal/shared.js';
import { proportionLimits } from './proportionInterval.js';
import type { Comparison } from './types.js';

/**
 * A proportion's sample: successes out of n (non-integer for Kish effective counts).
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface ProportionSample {
  /** The number of successes (or p̂·n_eff when weighted). */
  readonly successes: number;
  /** The number of trials (or n_eff when weighted). */
  readonly n: number;
}

/** Reads and checks a proportion sample. */
function sample(fn: string, name: string, value: unknown): ProportionSample {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(
      `${fn}: ${name} must be an object { successes, n }, received ${excerpt(value)}`,
    );
  }
  const v = value as Partial<Record<string, unknown>>;
  const successes = nonNegative(fn, `${name}.successes`, v.successes);
  const n = nonNegative(fn, `${name}.n`, v.n);
  if (successes > n)
    throw new RangeError(
      `${fn}: ${name}.successes (${successes}) must not exceed ${name}.n (${n})`,
    );
  return { successes, n };
}

/** The pooled two-proportion z test (prop.test(correct = FALSE)): its SE and z, null at SE 0. */
export function pooledZ(
  a: ProportionSample,
  b: ProportionSample,
): { se: number; statistic: number | null } {
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  return { se, statistic: se === 0 ? null : (a.successes / a.n - b.successes / b.n) / se };
}

/**
 * The comparison of two checked samples, in proportion units, under the minimum-information
 * rule: Fisher's exact test when either n is below `EXACT_BELOW` and all counts are integers;
 * the Agresti–Caffo z (+1 success and +1 failure per group) for non-integer counts below it or
 * when the pooled z collapses (both shares 0 or both 1); else the pooled z.
 */
export function compareSamples(
  a: ProportionSample,
  b: ProportionSample,
  level: number,
): Comparison {
  if (a.n === 0 || b.n === 0) {
    return noComparison('two-proportion-z', level, 'newcombe');
  }
  const p1 = a.successes / a.n;
  const p2 = b.successes / b.n;
  const estimate = p1 - p2 + 0;
  // Newcombe (1998), method 10: the hybrid score interval from the two Wilson intervals.
  const w1 = proportionLimits(a.successes, a.n, level, 'wilson');
  const w2 = proportionLimits(b.successes, b.n, level, 'wilson');
  const l1 = w1.lower as number;
  const u1 = w1.upper as number;
  const l2 = w2.lower as number;
  const u2 = w2.upper as number;
  const interval = {
    lower: estimate - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2) + 0,
    upper: estimate + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2) + 0,
    level,
    method: 'newcombe',
  };
  const small = a.n < EXACT_BELOW || b.n < EXACT_BELOW;
  const integer = [a.successes, a.n, b.successes, b.n].every((x) => Number.isInteger(x));
  const pooled = pooledZ(a, b);
  const result = (
    test: string,
    se: number,
    statistic: number | null,
    pValue: number,
    centre: number,
  ): Comparison => ({
    test,
    estimate,
    se,
    statistic,
    df: null,
    pValue,
    interval,
    level,
    // An adjusted difference can differ in sign from the raw one: then no verdict.
    verdict: verdictOf(centre * estimate > 0 ? estimate : 0, pValue, level),
  });
  if (small && integer) {
    return result(
      'fisher-exact',
      pooled.se,
      null,
      // The 2 × 2 table as a 2 × k one; never null here (at most 31 tables below 30 answers).
      fisherTableP([a.successes, a.n - a.successes], [b.successes, b.n - b.successes]) as number,
      estimate,
    );
  }
  if (small || pooled.statistic === null) {
    const q1 = (a.successes + 1) / (a.n + 2);
    const q2 = (b.successes + 1) / (b.n + 2);
    const se = Math.sqrt((q1 * (1 - q1)) / (a.n + 2) + (q2 * (1 - q2)) / (b.n + 2));
    const statistic = (q1 - q2) / se;
    return result('two-proportion-agresti-caffo-z', se, statistic, twoSidedZ(statistic), q1 - q2);
  }
  return result(
    'two-proportion-z',
    pooled.se,
    pooled.statistic,
    twoSidedZ(pooled.statistic),
    estimate,
  );
}

/**
 * Compares two independent proportions (the CSAT share of two channels, a response rate before
 * and after a change): the difference a − b in proportion units, a test, its two-sided p-value,
 * Newcombe's hybrid score interval for the difference (Newcombe 1998, method 10) and the verdict
 * of a relative to b.
 *
 * The test follows the minimum-information rule:
 * - either n below 30 and integer counts: Fisher's exact test, two-sided as R's
 *   `fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2))` (`test: 'fisher-exact'`,
 *   `statistic: null`);
 * - either n below 30 with non-integer (Kish effective) counts, or no variation at all (both 0 %
 *   or both 100 %): the Agresti–Caffo z, which adds one success and one failure to each group,
 *   z = (p̃₁ − p̃₂)/√(p̃₁(1 − p̃₁)/(n₁ + 2) + p̃₂(1 − p̃₂)/(n₂ + 2)) with p̃ = (x + 1)/(n + 2)
 *   (`test: 'two-proportion-agresti-caffo-z'`);
 * - otherwise the pooled two-proportion z test, the same p-value as R's
 *   `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)` (`test: 'two-proportion-z'`).
 *
 * `se` is the pooled standard error (the Agresti–Caffo one when that test is used). The verdict
 * comes from the p-value; at the margin the interval may disagree by a hair, as the two are
 * different procedures. Non-integer counts are accepted for Kish's plug-in (successes =
 * p̂·n_eff, n = n_eff). A sample with n = 0 gives `null` fields.
 *
 * @param a - `{ successes, n }` of the first sample.
 * @param b - `{ successes, n }` of the second.
 * @param options - `level` (default 0.95).
 * @returns The comparison of a relative to b, in proportion units (−1…1).
 * @throws RangeError for negative or non-finite counts, successes above n, or a level outside (0, 1) (or too close to 1).
 * @throws TypeError for non-objects or non-numbers, or an unknown option.
 * @example
 * ```ts
 * const c = compareProportions({ successes: 56, n: 70 }, { successes: 48, n: 80 });
 * c.estimate?.toFixed(2); // => '0.20'
 * // R: prop.test(c(56, 48), c(70, 80), correct = FALSE)$p.value is 0.0080450…
 * [c.test, c.pValue?.toFixed(5), c.verdict]; // => ['two-proportion-z', '0.00805', 'higher']
 * // Three of three against none of three: R's fisher.test gives p = 0.1.
 * const tiny = compareProportions({ successes: 3, n: 3 }, { successes: 0, n: 3 });
 * [tiny.test, tiny.pValue?.toFixed(3), tiny.verdict]; // => ['fisher-exact', '0.100', 'no-detectable-difference']
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function compareProportions(
  a: ProportionSample,
  b: ProportionSample,
  options?: CompareOptions,
): Comparison {
  const fn = 'compareProportions';
  const level = checkLevel(fn, readOptions(fn, options, ['level']).level);
  return compareSamples(sample(fn, 'a', a), sample(fn, 'b', b), level);
}
