import type { Tally } from '../core/types.js';
import { checkTally } from '../core/validateTally.js';
import { readOptions } from '../internal/options.js';
import { readList } from '../internal/read.js';
import { sameScale, scaleText } from '../internal/scale.js';
import type { CompareOptions } from './compareNps.js';
import { chiSquare, type DistributionTest } from './internal/chiSquare.js';
import { checkLevel } from './internal/shared.js';

/**
 * Tests whether k groups (segments, channels, teams) share one distribution over the scale: the
 * omnibus chi-square test of homogeneity on the k × m table, as R's `chisq.test(table)` for
 * k > 2 (no continuity correction). Run it before comparing groups pairwise.
 *
 * Empty groups and scale points empty in every group are dropped: df = (k′ − 1)(m′ − 1), with
 * `groups` and `points` reporting k′ and m′. `smallExpected` flags an expected count below 5.
 * Weighted tallies enter with Kish's plug-in. Fewer than two non-empty groups, or a single point
 * used, gives `null` statistic and p-value. With exactly two non-empty groups, one below 30
 * unweighted answers, the exact test of {@link compareDistributions} decides (`test:
 * 'fisher-exact'`); with more groups the chi-square approximation stays, and `smallExpected`
 * says when it is rough (an expected count below 5) — compare such groups pairwise, where the
 * exact tests apply.
 *
 * @param tallies - The groups' tallies, all on one scale (any iterable).
 * @param options - `level` (default 0.95).
 * @returns The test, verdict `'different'` or `'no-detectable-difference'`.
 * @throws RangeError for tallies on different scales, no tallies, or a level outside (0, 1).
 * @throws TypeError for input that is not an array, typed array or iterable (read as every list
 *   is, by one reader), an unknown option or a malformed tally.
 * @example
 * ```ts
 * const scale = { min: 1, max: 3 };
 * const t = compareGroups([
 *   tallyFromCounts(scale, [10, 20, 30]),
 *   tallyFromCounts(scale, [15, 20, 25]),
 *   tallyFromCounts(scale, [30, 20, 10]),
 * ]);
 * t.df; // => 4
 * // R: chisq.test(rbind(c(10, 20, 30), c(15, 20, 25), c(30, 20, 10)))$p.value is 0.000218
 * t.verdict; // => 'different'
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function compareGroups(
  tallies: Iterable<Tally>,
  options?: CompareOptions,
): DistributionTest {
  const fn = 'compareGroups';
  const level = checkLevel(fn, readOptions(fn, options, ['level']).level);
  const items = readList<unknown>(fn, tallies, 'tallies');
  const list: Tally[] = [];
  for (let i = 0; i < items.length; i++) {
    list.push(checkTally(`${fn}: tally at index ${i}`, items[i]));
  }
  const first = list[0];
  if (first === undefined) throw new RangeError(`${fn}: there are no tallies to compare`);
  list.forEach((t, i) => {
    if (!sameScale(t.scale, first.scale)) {
      throw new RangeError(
        `${fn}: tally at index ${i} has scale ${scaleText(t.scale)}, expected ${scaleText(first.scale)}`,
      );
    }
  });
  return chiSquare(list, level);
}
