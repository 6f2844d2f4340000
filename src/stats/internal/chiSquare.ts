import type { Tally } from '../../core/types.js';
import { effectiveN } from '../../internal/buildTally.js';
import { chiSquareSf } from './distributions/gamma.js';
import { fisherTableP } from './exact/fisherTable.js';
import { EXACT_BELOW } from './minimumInformation.js';

/**
 * A chi-square test of homogeneity: do these tallies share one distribution over the scale?
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface DistributionTest {
  /**
   * `'chi-square'` (Pearson's test), or `'fisher-exact'` when two groups are compared, one has
   * fewer than 30 answers, both are unweighted and there are at most 200,000 tables to enumerate.
   */
  readonly test: 'chi-square' | 'fisher-exact';
  /** Pearson's X², or `null` when there is nothing to compare. */
  readonly statistic: number | null;
  /** Degrees of freedom (groups − 1)·(points used − 1), or `null`. */
  readonly df: number | null;
  /** The p-value, or `null`. */
  readonly pValue: number | null;
  /** The number of groups with answers that were compared. */
  readonly groups: number;
  /** The number of scale points used (points with no answer in any group are dropped). */
  readonly points: number;
  /** The smallest expected count, or `null`. */
  readonly minExpected: number | null;
  /** Whether an expected count is below 5, where the chi-square approximation gets rough. */
  readonly smallExpected: boolean;
  /** The confidence level; the test's α is 1 − level. */
  readonly level: number;
  /** `'different'` when p < 1 − level, else `'no-detectable-difference'`. */
  readonly verdict: 'different' | 'no-detectable-difference';
}

/**
 * Pearson's chi-square test of homogeneity over checked tallies on one scale, without continuity
 * correction (R's `chisq.test(table, correct = FALSE)`): empty tallies and scale points empty in
 * every tally are dropped. Weighted tallies enter with Kish's plug-in: counts scaled to the
 * effective sample size. Minimum information: two unweighted groups, one below `EXACT_BELOW`
 * answers, are decided by Fisher's exact test of the 2 × k′ table (R's `fisher.test`) when it
 * has at most `MAX_TABLES` tables; `statistic` and `df` stay Pearson's.
 */
export function chiSquare(tallies: readonly Tally[], level: number): DistributionTest {
  const rows = tallies
    .filter((t) => t.total > 0)
    .map((t) => {
      const scale = effectiveN(t) / t.total;
      return t.counts.map((c) => c * scale);
    });
  const width = (tallies[0] as Tally).counts.length;
  const columns: number[] = [];
  for (let k = 0; k < width; k++) {
    if (rows.some((r) => (r[k] as number) > 0)) columns.push(k);
  }
  const none: DistributionTest = {
    test: 'chi-square',
    statistic: null,
    df: null,
    pValue: null,
    groups: rows.length,
    points: columns.length,
    minExpected: null,
    smallExpected: false,
    level,
    verdict: 'no-detectable-difference',
  };
  if (rows.length < 2 || columns.length < 2) return none;
  const rowSums = rows.map((r) => columns.reduce((s, k) => s + (r[k] as number), 0));
  const colSums = columns.map((k) => rows.reduce((s, r) => s + (r[k] as number), 0));
  const grand = rowSums.reduce((s, x) => s + x, 0);
  let statistic = 0;
  let minExpected = Infinity;
  rows.forEach((r, i) => {
    columns.forEach((k, j) => {
      const expected = ((rowSums[i] as number) * (colSums[j] as number)) / grand;
      minExpected = Math.min(minExpected, expected);
      statistic += ((r[k] as number) - expected) ** 2 / expected;
    });
  });
  const df = (rows.length - 1) * (columns.length - 1);
  const used = tallies.filter((t) => t.total > 0);
  const exact =
    used.length === 2 &&
    used.every((t) => t.total === t.n && effectiveN(t) === t.n) &&
    used.some((t) => t.n < EXACT_BELOW)
      ? fisherTableP(
          ...(used.map((t) => columns.map((k) => t.counts[k] as number)) as [number[], number[]]),
        )
      : null;
  const pValue = exact ?? chiSquareSf(statistic, df);
  return {
    ...none,
    test: exact === null ? 'chi-square' : 'fisher-exact',
    statistic,
    df,
    pValue,
    minExpected,
    smallExpected: minExpected < 5,
    verdict: pValue < 1 - level ? 'different' : 'no-detectable-difference',
  };
}
