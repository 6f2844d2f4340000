import type { Metric } from '../core/types.js';
import { excerpt } from '../internal/excerpt.js';
import { readOptions } from '../internal/options.js';
import { type PeriodTally, readPeriods } from './internal/changesInput.js';
import {
  type ChartBaseline,
  limits,
  readBaseline,
  type Signal,
  signal,
} from './internal/controlChartBaseline.js';

/**
 * Options of {@link ewmaChart}.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface EwmaChartOptions {
  /** The metric that scores the periods: `npsMetric`, `csatMetric(…)`, `cesMetric(…)` or `proportionMetric(…)`. */
  readonly metric: Metric;
  /** Where the centre and σ come from (required). */
  readonly baseline: ChartBaseline;
  /** The smoothing weight λ in (0, 1]; default 0.2. λ = 1 charts the raw scores. */
  readonly lambda?: number | undefined;
  /** The width of the limits in standard deviations, in (0, 10]; default 3. */
  readonly L?: number | undefined;
}

/**
 * One period on an EWMA chart.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface EwmaPoint {
  /** The period's key. */
  readonly period: string;
  /** The number of answers. */
  readonly n: number;
  /** The effective sample size the variance uses. */
  readonly nEffective: number;
  /** The period's score, or `null` when it is empty. */
  readonly score: number | null;
  /** The EWMA zₜ (carried forward over an empty period). */
  readonly ewma: number;
  /** √Varₜ, the standard deviation of zₜ. */
  readonly sigma: number;
  /** centre − L·√Varₜ, clipped to the score range. */
  readonly lower: number;
  /** centre + L·√Varₜ, clipped to the score range. */
  readonly upper: number;
  /** `[{ rule: 'ewma', … }]` when zₜ lies outside the limits at a non-empty period, else empty. */
  readonly signals: readonly Signal[];
  /** `true` for the current, unfinished period. */
  readonly partial?: true;
}

/**
 * The result of {@link ewmaChart}.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface EwmaChart {
  /** The centre line z₀, in score units. */
  readonly centre: number;
  /** σ of one answer, in score units. */
  readonly sigma: number;
  /** The smoothing weight. */
  readonly lambda: number;
  /** The limits' width in standard deviations. */
  readonly L: number;
  /** One entry per period, in order. */
  readonly periods: readonly EwmaPoint[];
}

/**
 * Draws an EWMA chart of period scores with time-varying limits for varying n (docs/methodology.md), to
 * catch small sustained shifts that a Shewhart chart misses.
 *
 * zₜ = λxₜ + (1 − λ)zₜ₋₁ with z₀ = the baseline centre, Varₜ = λ²σ²/nₜ + (1 − λ)²Varₜ₋₁ with
 * Var₀ = 0, where σ is the baseline's σ of one answer (see {@link ChartBaseline} and
 * {@link controlChart}) and nₜ the effective n. Limits are centre ± L·√Varₜ, clipped to the score
 * range. An empty period carries zₜ and Varₜ forward unchanged and never signals. A non-empty
 * period whose zₜ lies outside its limits signals `'ewma'` with its direction. Periods must not
 * overlap (no rolling windows).
 *
 * @param periods - Chronological periods with tallies (e.g. the output of `trend()`).
 * @param options - `metric` and `baseline` (required), `lambda` (0.2), `L` (3).
 * @returns The centre, σ and one point per period.
 * @throws TypeError for a bad metric (one of the four), baseline, period or tally, a rolling
 *   window, a non-number option or an unknown option.
 * @throws RangeError for periods out of order, a tally on another scale, `lambda` or `L` out of
 *   range, an explicit centre outside the score range, or a baseline without variation.
 * @example
 * ```ts
 * const m = proportionMetric();
 * const periods = [[80, 20], [75, 25], [75, 25]].map((c, i) => ({
 *   period: `2025-0${i + 1}`,
 *   tally: tallyFromCounts(m.scale, c),
 * }));
 * const chart = ewmaChart(periods, { metric: m, baseline: { centre: 20, sigma: 40 }, lambda: 0.5 });
 * chart.periods.map((p) => p.ewma); // => [20, 22.5, 23.75]
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function ewmaChart(periods: readonly PeriodTally[], options: EwmaChartOptions): EwmaChart {
  const fn = 'ewmaChart';
  const o = readOptions(fn, options, ['metric', 'baseline', 'lambda', 'L']);
  const { metric, points } = readPeriods(fn, periods, o.metric);
  const read = (name: string, v: unknown, max: number): number => {
    if (typeof v !== 'number' || !(v > 0 && v <= max)) {
      throw new (typeof v === 'number' ? RangeError : TypeError)(
        `${fn}: option ${name} must be a number in (0, ${max}], received ${excerpt(v)}`,
      );
    }
    return v;
  };
  const lambda = read('lambda', o.lambda ?? 0.2, 1);
  const L = read('L', o.L ?? 3, 10);
  const { centre, sigma } = readBaseline(fn, o.baseline, points, metric);
  let z = centre;
  let v = 0;
  return {
    centre,
    sigma,
    lambda,
    L,
    periods: points.map((p) => {
      if (p.x !== null) {
        z = lambda * p.x + (1 - lambda) * z;
        v = (lambda * lambda * sigma * sigma) / p.n + (1 - lambda) * (1 - lambda) * v;
      }
      const band = limits(metric, centre, L * Math.sqrt(v));
      return {
        period: p.period,
        n: p.result.n,
        nEffective: p.n,
        score: p.x,
        ewma: z,
        sigma: Math.sqrt(v),
        ...band,
        signals:
          p.x !== null && (z > band.upper || z < band.lower)
            ? [signal('ewma', z - centre, metric.better)]
            : [],
        ...p.flag,
      };
    }),
  };
}
