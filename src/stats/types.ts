/**
 * A confidence interval in the units of the quantity it bounds, with the level and the method
 * that produced it. `lower` and `upper` are `null` when there is no data (or too little for the
 * method, e.g. fewer than two answers for a t interval).
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface Interval {
  /** The lower limit, or `null` when it cannot be computed. */
  readonly lower: number | null;
  /** The upper limit, or `null` when it cannot be computed. */
  readonly upper: number | null;
  /** The confidence level, in (0, 1). */
  readonly level: number;
  /** The method, e.g. `'wilson'`, `'adjusted-wald'`, `'t'`. */
  readonly method: string;
}

/**
 * The answer of every comparison: the first argument relative to the second. `'higher'` and
 * `'lower'` only when the two-sided p-value is below 1 − level; otherwise
 * `'no-detectable-difference'` (which is not evidence of equality).
 *
 * @category Statistics
 * @since 0.1.0
 */
export type Verdict = 'higher' | 'lower' | 'no-detectable-difference';

/**
 * The result of comparing two estimates (a − b): the difference, its standard error, the test
 * statistic, the two-sided p-value, an interval for the difference and the verdict.
 *
 * The minimum-information rule decides which test runs, and `test` names it: below 30
 * effective answers in either group, unweighted counts get an exact test — `'nps-permutation'`
 * (two NPS: the permutation test of the difference given the pooled promoter, passive and
 * detractor counts), `'fisher-exact'` (two shares), `'mean-permutation'` (two means: the
 * permutation test given the pooled answers), `'paired-sign-flip'` (paired NPS, below 30 pairs)
 * — and weighted ones the adjusted counterpart (`'nps-adjusted-wald'`,
 * `'two-proportion-agresti-caffo-z'`, `'mean-permutation-z'`). Above it: `'nps-adjusted-wald'`
 * (default) or `'nps-wald'` (`method: 'wald'`, R NPS `nps.test`) for NPS, `'two-proportion-z'`
 * (R `prop.test(correct = FALSE)`) for shares, `'welch-t'` (R `t.test`) for means,
 * `'paired-nps-z'` for paired NPS. A method whose variance is 0 (a unanimous or all-passive NPS
 * group under Wald, two shares both 0 or both 1 under the pooled z, a mean with no spread or one
 * answer, paired changes that are all equal) is replaced by its exact or adjusted counterpart
 * (`'mean-permutation-z'`, `'paired-sign-flip'`, …) and `test` says which. Variance 0 never
 * gives certainty, and never "no information" either.
 *
 * `statistic` is `null` for exact tests. Without data on a side, every number (the interval's
 * limits included) is `null`.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface Comparison {
  /**
   * The test that decided the p-value and the verdict: `'nps-permutation'`, `'nps-adjusted-wald'`,
   * `'nps-wald'`, `'fisher-exact'`, `'two-proportion-agresti-caffo-z'`, `'two-proportion-z'`,
   * `'mean-permutation'`, `'mean-permutation-z'`, `'welch-t'`, `'paired-sign-flip'`,
   * `'paired-nps-z'` (see above).
   */
  readonly test: string;
  /** a − b in the units of the compared quantity (the raw difference), or `null` without data on either side. */
  readonly estimate: number | null;
  /** The standard error of the asymptotic test used (for exact tests: of their adjusted counterpart), or `null`. */
  readonly se: number | null;
  /** The test statistic (z or t), or `null` for exact tests and without data. */
  readonly statistic: number | null;
  /** Degrees of freedom of a t statistic (non-integer for Welch), `null` for z and exact tests. */
  readonly df: number | null;
  /** The two-sided p-value, or `null`. */
  readonly pValue: number | null;
  /** A confidence interval for a − b at `level`. */
  readonly interval: Interval;
  /** The confidence level; the test's α is 1 − level. */
  readonly level: number;
  /** The first argument relative to the second. */
  readonly verdict: Verdict;
}
