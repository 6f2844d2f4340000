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
 * `statistic` and `pValue` are `null` when the standard error is 0 or there is no data; the
 * verdict is then `'no-detectable-difference'`.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface Comparison {
  /** The test used, e.g. `'nps-z'`, `'two-proportion-z'`, `'welch-t'`, `'paired-nps-z'`. */
  readonly test: string;
  /** a − b in the units of the compared quantity, or `null` without data on either side. */
  readonly estimate: number | null;
  /** The standard error of the test statistic's numerator, or `null`. */
  readonly se: number | null;
  /** The test statistic (z or t), or `null`. */
  readonly statistic: number | null;
  /** Degrees of freedom of a t statistic (non-integer for Welch), `null` for z tests. */
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
