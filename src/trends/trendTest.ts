import type { Metric } from '../core/types.js';
import { intIn, readOptions } from '../internal/options.js';
import { normalQuantile } from '../stats/internal/distributions/normal.js';
import { tQuantile } from '../stats/internal/distributions/studentT.js';
import { checkLevel, twoSidedT, twoSidedZ } from '../stats/internal/shared.js';
import type { Interval } from '../stats/types.js';
import { type PeriodTally, readPeriods } from './internal/changesInput.js';
import { kendallS, slopeRanks } from './internal/pairwiseSlopes.js';

/**
 * Options of {@link trendTest}.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface TrendTestOptions {
  /** The metric that scores the periods' tallies, e.g. `npsMetric`. */
  readonly metric: Metric;
  /** The fewest non-empty periods to test (at least 3); default 4. */
  readonly minPeriods?: number | undefined;
  /** The confidence level of the intervals and the verdict, in (0, 1); default 0.95. */
  readonly level?: number | undefined;
}

/**
 * A straight line fitted by least squares (ordinary, or weighted by each period's n), with the
 * slope's standard error, t test (df = periods − 2) and interval. `statistic` and `pValue` are
 * `null` when the points lie exactly on the line (standard error 0).
 *
 * @category Trends
 * @since 0.1.0
 */
export interface LineFit {
  /** Score units per period. */
  readonly slope: number;
  /** The fitted score at the first period (x = 0). */
  readonly intercept: number;
  /** The slope's standard error. */
  readonly se: number;
  /** t = slope / se, or `null`. */
  readonly statistic: number | null;
  /** Degrees of freedom, periods − 2. */
  readonly df: number;
  /** The two-sided p-value of slope = 0, or `null`. */
  readonly pValue: number | null;
  /** The slope's t interval at `level`. */
  readonly interval: Interval;
}

/**
 * The result of {@link trendTest}. With fewer than `minPeriods` non-empty periods every test is
 * `null` and `reason` is `'too-few-periods'`.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface TrendTest {
  /** The number of non-empty periods used. */
  readonly periods: number;
  /** The minimum number of non-empty periods. */
  readonly minPeriods: number;
  /** `'too-few-periods'`, or `null` when the tests ran. */
  readonly reason: 'too-few-periods' | null;
  /** Mann–Kendall: S, its tie-corrected variance, Kendall's tau-b, z (continuity-corrected) and p. */
  readonly mannKendall: {
    readonly s: number;
    readonly variance: number;
    readonly tau: number | null;
    readonly statistic: number | null;
    readonly pValue: number | null;
  } | null;
  /** Theil–Sen: the median pairwise slope, the intercept and Sen's rank interval of the slope. */
  readonly theilSen: {
    readonly slope: number;
    readonly intercept: number;
    readonly interval: Interval;
  } | null;
  /** Ordinary least squares. */
  readonly ols: LineFit | null;
  /** Least squares weighted by each period's (effective) n. */
  readonly weighted: LineFit | null;
  /** From the Mann–Kendall p-value at `level`; `null` with too few periods. */
  readonly verdict: 'increasing' | 'decreasing' | 'no-detectable-trend' | null;
}

/**
 * The upper quantile's probability 1 − (1 − level)/2 of a two-sided interval, at most the largest
 * double below 1: a level within 2⁻⁵³ of 1 would round it to 1, whose quantile is infinite.
 */
const upper = (level: number): number => Math.min(1 - (1 - level) / 2, 1 - 2 ** -53);

/** The median of numbers (sorts in place), as R's `median`. */
function median(v: number[]): number {
  v.sort((a, b) => a - b);
  const h = v.length / 2;
  const i = Math.floor(h);
  return h === i ? ((v[i - 1] as number) + (v[i] as number)) / 2 : (v[i] as number);
}

/** Weighted least squares of y on x, as R's `lm(y ~ x, weights = w)`. */
function fit(x: number[], y: number[], w: number[], level: number): LineFit {
  let W = 0;
  let mx = 0;
  let my = 0;
  x.forEach((xi, i) => {
    const wi = w[i] as number;
    W += wi;
    mx += wi * xi;
    my += wi * (y[i] as number);
  });
  mx /= W;
  my /= W;
  let sxx = 0;
  let sxy = 0;
  x.forEach((xi, i) => {
    sxx += (w[i] as number) * (xi - mx) ** 2;
    sxy += (w[i] as number) * (xi - mx) * ((y[i] as number) - my);
  });
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let rss = 0;
  x.forEach((xi, i) => {
    rss += (w[i] as number) * ((y[i] as number) - intercept - slope * xi) ** 2;
  });
  const df = x.length - 2;
  const se = Math.sqrt(rss / df / sxx);
  const statistic = se > 0 ? slope / se : null;
  const h = tQuantile(upper(level), df) * se;
  return {
    slope,
    intercept,
    se,
    statistic,
    df,
    pValue: statistic === null ? null : twoSidedT(statistic, df),
    interval: { lower: slope - h, upper: slope + h, level, method: 't' },
  };
}

/**
 * Tests period scores for a monotonic trend: Mann–Kendall, Theil–Sen and least-squares slopes.
 *
 * x is the period's index in the array (0 for the first), y its score; empty periods are
 * dropped (their index is kept, so gaps stay gaps). Mann–Kendall is computed as R's
 * `cor.test(x, y, method = "kendall", exact = FALSE, continuity = TRUE)`: S = Σ sign(yⱼ − yᵢ),
 * Var S = [m(m − 1)(2m + 5) − Σ t(t − 1)(2t + 5)] / 18 over groups of t tied scores,
 * z = sign(S)(|S| − 1)/√Var S, tau-b = S/√(T₀(T₀ − T₂)); tau, z and p are `null` for a constant
 * series. Theil–Sen: slope = median of the m(m − 1)/2 pairwise slopes, intercept =
 * median(y − slope·x); Sen's (1968) interval takes the sorted slopes of ranks
 * round((N − C)/2) and round((N + C)/2) + 1 with C = z₍₁₋α/₂₎√Var S (a limit whose rank falls
 * outside 1…N is `null`). OLS and the weighted fit (weights nᵢ) are R's `lm` slopes with t tests.
 * Fewer than `minPeriods` non-empty periods (default 4) give `null` tests; with 4 periods the
 * smallest Mann–Kendall p-value is 0.089, so a 5 % test needs at least 5.
 *
 * The pairwise slopes are never stored: S is counted from inversions and each slope rank is
 * found by selection (inversion counts of y − t·x, O(m log m) per step), giving the same doubles
 * as a sort of all slopes, in memory proportional to m. 19,000 periods take about a second,
 * 100,000 a few seconds.
 *
 * @param periods - Chronological, non-overlapping periods with tallies (e.g. from `trend()`).
 * @param options - `metric` (required), `minPeriods`, `level`.
 * @returns The tests, with a verdict from the Mann–Kendall p-value.
 * @throws TypeError for a bad metric, a malformed period or tally, a rolling window or an
 *   unknown option.
 * @throws RangeError for periods out of order, a tally on another scale, `minPeriods` below 3 or
 *   a level outside (0, 1).
 * @example
 * ```ts
 * const scale = { min: 0, max: 1 };
 * const periods = [[9, 1], [8, 2], [8, 2], [6, 4], [5, 5]].map((c, i) => ({
 *   period: `2025-0${i + 1}`,
 *   tally: tallyFromCounts(scale, c),
 * }));
 * const t = trendTest(periods, { metric: proportionMetric() });
 * t.theilSen.slope; // => 10
 * // R: cor.test(0:4, c(10, 20, 20, 40, 50), method = "kendall", exact = FALSE,
 * //   continuity = TRUE)$p.value is 0.0433
 * t.verdict; // => 'increasing'
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function trendTest(periods: readonly PeriodTally[], options: TrendTestOptions): TrendTest {
  const fn = 'trendTest';
  const o = readOptions(fn, options, ['metric', 'minPeriods', 'level']);
  const { points } = readPeriods(fn, periods, o.metric);
  const minPeriods = o.minPeriods === undefined ? 4 : intIn(fn, 'minPeriods', o.minPeriods, 3, 1e9);
  const level = checkLevel(fn, o.level);
  const x: number[] = [];
  const y: number[] = [];
  const w: number[] = [];
  points.forEach((p, i) => {
    if (p.x === null) return;
    x.push(i);
    y.push(p.x);
    w.push(p.n);
  });
  const m = x.length;
  const none = { mannKendall: null, theilSen: null, ols: null, weighted: null, verdict: null };
  if (m < minPeriods) return { periods: m, minPeriods, reason: 'too-few-periods', ...none };
  const ties = new Map<number, number>();
  for (const yi of y) ties.set(yi, (ties.get(yi) ?? 0) + 1);
  let vt = 0;
  let t2 = 0;
  for (const t of ties.values()) {
    vt += t * (t - 1) * (2 * t + 5);
    t2 += (t * (t - 1)) / 2;
  }
  const s = kendallS(y, t2);
  const variance = (m * (m - 1) * (2 * m + 5) - vt) / 18;
  const t0 = (m * (m - 1)) / 2;
  const constant = t2 === t0;
  const statistic = constant ? null : (Math.sign(s) * (Math.abs(s) - 1)) / Math.sqrt(variance);
  const pValue = statistic === null ? null : twoSidedZ(statistic);
  // Sen's ranks, and the median's one or two ranks (R's median of an even count is the mean).
  const c = normalQuantile(upper(level)) * Math.sqrt(variance);
  const lo = Math.round((t0 - c) / 2);
  const hi = Math.round((t0 + c) / 2) + 1;
  const inside = (r: number): boolean => r >= 1 && r <= t0;
  const [a, b, lower, up] = slopeRanks(x, y, [
    Math.floor((t0 + 1) / 2),
    Math.ceil((t0 + 1) / 2),
    inside(lo) ? lo : 1,
    inside(hi) ? hi : 1,
  ]) as [number, number, number, number];
  const slope = (a + b) / 2;
  return {
    periods: m,
    minPeriods,
    reason: null,
    mannKendall: {
      s,
      variance,
      tau: constant ? null : s / Math.sqrt(t0 * (t0 - t2)),
      statistic,
      pValue,
    },
    theilSen: {
      slope,
      intercept: median(y.map((yi, i) => yi - slope * (x[i] as number))),
      interval: {
        lower: inside(lo) ? lower : null,
        upper: inside(hi) ? up : null,
        level,
        method: 'sen',
      },
    },
    ols: fit(
      x,
      y,
      x.map(() => 1),
      level,
    ),
    weighted: fit(x, y, w, level),
    verdict:
      pValue !== null && pValue < 1 - level
        ? s > 0
          ? 'increasing'
          : 'decreasing'
        : 'no-detectable-trend',
  };
}
