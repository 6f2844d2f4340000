import { describe } from '../core/describe.js';
import { nonNegative, readOptions } from '../core/options.js';
import type { CompareOptions } from './compareNps.js';
import { proportionLimits } from './proportionInterval.js';
import { checkLevel, noComparison, twoSidedZ, verdictOf } from './shared.js';
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
      `${fn}: ${name} must be an object { successes, n }, received ${describe(value)}`,
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

/** The comparison of two checked samples, in proportion units. */
export function compareSamples(
  a: ProportionSample,
  b: ProportionSample,
  level: number,
): Comparison {
  const test = 'two-proportion-z';
  if (a.n === 0 || b.n === 0) {
    return noComparison(test, level, 'newcombe');
  }
  const p1 = a.successes / a.n;
  const p2 = b.successes / b.n;
  const estimate = p1 - p2 + 0;
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const statistic = se === 0 ? null : estimate / se;
  const pValue = statistic === null ? null : twoSidedZ(statistic);
  // Newcombe (1998), method 10: the hybrid score interval from the two Wilson intervals.
  const w1 = proportionLimits(a.successes, a.n, level, 'wilson');
  const w2 = proportionLimits(b.successes, b.n, level, 'wilson');
  const l1 = w1.lower as number;
  const u1 = w1.upper as number;
  const l2 = w2.lower as number;
  const u2 = w2.upper as number;
  return {
    test,
    estimate,
    se,
    statistic,
    df: null,
    pValue,
    interval: {
      lower: estimate - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2) + 0,
      upper: estimate + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2) + 0,
      level,
      method: 'newcombe',
    },
    level,
    verdict: verdictOf(estimate, pValue, level),
  };
}

/**
 * Compares two independent proportions (the CSAT share of two channels, a response rate before
 * and after a change): the difference a − b in proportion units, the pooled two-proportion z
 * test (the same p-value as R's `prop.test(c(x1, x2), c(n1, n2), correct = FALSE)`), Newcombe's
 * hybrid score interval for the difference (Newcombe 1998, method 10) and the verdict of a
 * relative to b.
 *
 * `se` is the pooled standard error the test uses. The verdict comes from the p-value; at the
 * margin the interval may disagree by a hair, as the two are different procedures. Non-integer
 * counts are accepted for Kish's plug-in (successes = p̂·n_eff, n = n_eff). A sample with n = 0
 * gives `null` fields; no variation at all (both 0 % or both 100 %) gives `null` statistic and
 * p-value.
 *
 * @param a - `{ successes, n }` of the first sample.
 * @param b - `{ successes, n }` of the second.
 * @param options - `level` (default 0.95).
 * @returns The comparison of a relative to b, in proportion units (−1…1).
 * @throws RangeError for negative or non-finite counts, successes above n, or a level outside (0, 1).
 * @throws TypeError for non-objects or non-numbers, or an unknown option.
 * @example
 * ```ts
 * const c = compareProportions({ successes: 56, n: 70 }, { successes: 48, n: 80 });
 * c.estimate?.toFixed(2); // => '0.20'
 * // R: prop.test(c(56, 48), c(70, 80), correct = FALSE)$p.value is 0.0080450…
 * c.pValue?.toFixed(5); // => '0.00805'
 * c.verdict; // => 'higher'
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
