import type { Tally } from '../core/types.js';
import { checkTally } from '../core/validateTally.js';
import { readOptions } from '../internal/options.js';
import { sameScale, scaleText } from '../internal/scale.js';
import type { CompareOptions } from './compareNps.js';
import { chiSquare, type DistributionTest } from './internal/chiSquare.js';
import { checkLevel } from './internal/shared.js';

/**
 * Tests whether two tallies have the same distribution over the scale: Pearson's chi-square test
 * of homogeneity on the 2 × k table, without continuity correction, as R's
 * `chisq.test(rbind(a, b), correct = FALSE)`.
 *
 * Scale points empty in both tallies are dropped (df = k′ − 1). `smallExpected` flags an expected
 * count below 5, where the approximation gets rough. The verdict is `'different'` or
 * `'no-detectable-difference'`: the test has no direction — compare the scores for that.
 * Weighted tallies enter with Kish's plug-in (counts scaled to the effective sample size). An
 * empty tally, or a single point used, gives `null` statistic and p-value.
 *
 * Minimum information: when either tally has fewer than 30 answers and both are unweighted, the
 * p-value and the verdict come from Fisher's exact test of the 2 × k′ table, as R's
 * `fisher.test(rbind(a, b))` (`test: 'fisher-exact'`; `statistic` and `df` stay Pearson's), as
 * long as there are at most 200,000 tables with those margins (about 10 answers spread over 11
 * points, or 29 over 5); beyond that the chi-square approximation stays, with `smallExpected`.
 *
 * @param a - The first tally.
 * @param b - The second, on the same scale.
 * @param options - `level` (default 0.95).
 * @returns The test.
 * @throws RangeError for tallies on different scales or a level outside (0, 1) (or too close to 1).
 * @throws TypeError for an unknown option or a malformed tally.
 * @example
 * ```ts
 * const scale = { min: 1, max: 5 };
 * const t = compareDistributions(
 *   tallyFromCounts(scale, [10, 5, 20, 40, 25]),
 *   tallyFromCounts(scale, [20, 10, 25, 30, 15]),
 * );
 * t.df; // => 4
 * // R: chisq.test(rbind(c(10, 5, 20, 40, 25), c(20, 10, 25, 30, 15)), correct = FALSE)
 * t.pValue?.toFixed(4); // => '0.0501'
 * // Two answers against two: R's fisher.test(rbind(c(2, 0), c(0, 2))) gives p = 1/3.
 * const two = { min: 0, max: 1 };
 * const small = compareDistributions(tallyFromCounts(two, [2, 0]), tallyFromCounts(two, [0, 2]));
 * [small.test, small.pValue?.toFixed(4), small.verdict]; // => ['fisher-exact', '0.3333', 'no-detectable-difference']
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function compareDistributions(
  a: Tally,
  b: Tally,
  options?: CompareOptions,
): DistributionTest {
  const fn = 'compareDistributions';
  const level = checkLevel(fn, readOptions(fn, options, ['level']).level);
  const ta = checkTally(fn, a);
  const tb = checkTally(fn, b);
  if (!sameScale(ta.scale, tb.scale)) {
    throw new RangeError(
      `${fn}: the tallies are on different scales, ${scaleText(ta.scale)} and ${scaleText(tb.scale)}`,
    );
  }
  return chiSquare([ta, tb], level);
}
