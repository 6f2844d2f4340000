import { readOptions } from '../core/options.js';
import { sameScale, scaleText } from '../core/scale.js';
import type { Tally } from '../core/types.js';
import type { CompareOptions } from './compareNps.js';
import { tQuantile } from './distributions/studentT.js';
import { tallyOfResult } from './meanInterval.js';
import { momentsOf } from './moments.js';
import { checkLevel, noComparison, twoSidedT, verdictOf } from './shared.js';
import type { Comparison } from './types.js';

/** Welch's comparison of two checked tallies on the same scale. */
export function welch(a: Tally, b: Tally, level: number): Comparison {
  const test = 'welch-t';
  const none = noComparison(test, level, 'welch');
  if (a.total === 0 || b.total === 0) return none;
  const ma = momentsOf(a);
  const mb = momentsOf(b);
  const estimate = ma.mean - mb.mean + 0;
  if (!(ma.nEffective > 1 && mb.nEffective > 1)) return { ...none, estimate };
  const va = ma.variance / ma.nEffective;
  const vb = mb.variance / mb.nEffective;
  const se = Math.sqrt(va + vb);
  if (se === 0) {
    return {
      ...none,
      estimate,
      se,
      interval: { lower: estimate, upper: estimate, level, method: 'welch' },
    };
  }
  // Welch–Satterthwaite degrees of freedom (non-integer).
  const df =
    ((va + vb) * (va + vb)) / ((va * va) / (ma.nEffective - 1) + (vb * vb) / (mb.nEffective - 1));
  const statistic = estimate / se;
  const pValue = twoSidedT(statistic, df);
  const h = tQuantile(1 - (1 - level) / 2, df) * se;
  return {
    test,
    estimate,
    se,
    statistic,
    df,
    pValue,
    interval: { lower: estimate - h, upper: estimate + h, level, method: 'welch' },
    level,
    verdict: verdictOf(estimate, pValue, level),
  };
}

/**
 * Compares the means of two independent samples on the same scale (CES this month vs last
 * month, the CSAT mean of two teams): Welch's t test with Welch–Satterthwaite degrees of
 * freedom, as R's `t.test(x, y)`, with the interval for the difference a − b and the verdict.
 *
 * Weighted tallies use Kish's plug-in (n_eff, s² scaled by n_eff/(n_eff − 1), non-integer df).
 * With fewer than two answers on either side the variance is unknown and only the estimate is
 * given; with no spread on either side (every answer equal) the statistic and p-value are `null`.
 *
 * @param a - The first tally, or a result with `counts` (CES, CSAT).
 * @param b - The second, on the same scale.
 * @param options - `level` (default 0.95).
 * @returns The comparison of a relative to b, in scale units, with `df`.
 * @throws RangeError for tallies on different scales or a level outside (0, 1).
 * @throws TypeError for an unknown option or an input that is neither a result nor a tally.
 * @example
 * ```ts
 * const c = compareMeans(ces([7, 6, 6, 5, 7, 6]), ces([4, 5, 3, 5, 4, 6, 2]));
 * c.estimate?.toFixed(4); // => '2.0238'
 * // R: t.test(c(7, 6, 6, 5, 7, 6), c(4, 5, 3, 5, 4, 6, 2))$p.value is 0.0070553…
 * c.pValue?.toFixed(5); // => '0.00706'
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function compareMeans(
  a: Tally | { readonly counts: readonly number[] },
  b: Tally | { readonly counts: readonly number[] },
  options?: CompareOptions,
): Comparison {
  const fn = 'compareMeans';
  const level = checkLevel(fn, readOptions(fn, options, ['level']).level);
  const ta = tallyOfResult(fn, a);
  const tb = tallyOfResult(fn, b);
  if (!sameScale(ta.scale, tb.scale)) {
    throw new RangeError(
      `${fn}: the samples are on different scales, ${scaleText(ta.scale)} and ${scaleText(tb.scale)}`,
    );
  }
  return welch(ta, tb, level);
}
