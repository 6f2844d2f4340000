import type { Metric } from '../core/types.js';
import { excerpt } from '../internal/excerpt.js';
import { oneOf, readOptions } from '../internal/options.js';
import { type PeriodTally, readPeriods } from './internal/changesInput.js';
import {
  type ChartBaseline,
  limits,
  readBaseline,
  type Signal,
  signal,
} from './internal/controlChartBaseline.js';

/**
 * The rules of {@link controlChart}: a period beyond 3σ; 2 of 3 consecutive periods beyond 2σ
 * on one side; 8 consecutive periods on one side of the centre.
 *
 * @category Trends
 * @since 0.1.0
 */
export type ControlRule = 'beyond-3-sigma' | 'two-of-three-beyond-2-sigma' | 'eight-on-one-side';

/**
 * Options of {@link controlChart}.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface ControlChartOptions {
  /** The metric that scores the periods: `npsMetric`, `csatMetric(…)`, `cesMetric(…)` or `proportionMetric(…)`. */
  readonly metric: Metric;
  /** Where the centre and σ come from (required). */
  readonly baseline: ChartBaseline;
  /** The rules to apply; default all three. */
  readonly rules?: readonly ControlRule[] | undefined;
  /** `'standard'` (default) or `'laney'`: σ inflated by the baseline's moving range of z-scores. */
  readonly method?: 'standard' | 'laney' | undefined;
}

/**
 * One period on a control chart. The numbers are `null` for an empty period.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface ControlPoint {
  /** The period's key. */
  readonly period: string;
  /** The number of answers. */
  readonly n: number;
  /** The effective sample size the period's σ uses. */
  readonly nEffective: number;
  /** The period's score. */
  readonly score: number | null;
  /** The period's σ: σ/√nEffective (times Laney's factor). */
  readonly sigma: number | null;
  /** centre − 3σ, clipped to the score range. */
  readonly lower: number | null;
  /** centre + 3σ, clipped to the score range. */
  readonly upper: number | null;
  /** (score − centre) / σ. */
  readonly z: number | null;
  /** The rules that fired at this period (empty when none). */
  readonly signals: readonly Signal[];
  /** `true` for the current, unfinished period. */
  readonly partial?: true;
}

/**
 * The result of {@link controlChart}.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface ControlChart {
  /** The centre line, in score units. */
  readonly centre: number;
  /** σ of one answer, in score units. */
  readonly sigma: number;
  /** Laney's σ_z (mean moving range of the baseline's z-scores / 1.128), or `null`. */
  readonly laney: number | null;
  /** One entry per period, in order. */
  readonly periods: readonly ControlPoint[];
}

const RULES: [ControlRule, ...ControlRule[]] = [
  'beyond-3-sigma',
  'two-of-three-beyond-2-sigma',
  'eight-on-one-side',
];

/**
 * Draws a control chart of period scores with limits per period for varying n and flags the
 * periods where a rule fires (docs/methodology.md).
 *
 * The centre and σ of one answer come from the baseline (see {@link ChartBaseline}); a period
 * with effective n has σᵢ = σ/√n (CSAT and proportions √(p̄(1 − p̄)/nᵢ), NPS 100·√(V̄/nᵢ), CES
 * s_pooled/√nᵢ), limits centre ± 3σᵢ (clipped to the score range) and z = (score − centre)/σᵢ.
 * Rules run over the non-empty periods in order (empty ones are skipped, not breaking a run):
 * `beyond-3-sigma` (|z| > 3), `two-of-three-beyond-2-sigma` (this period and at least one of the
 * two before beyond 2σ on the same side), `eight-on-one-side` (this period and the seven before
 * all above, or all below, the centre). With `method: 'laney'` (Laney's p′ chart, for large n
 * where between-period variation dominates) every σᵢ is multiplied by σ_z, the mean moving range
 * of the baseline periods' z-scores divided by 1.128; it needs a baseline of at least two periods.
 * Each signal names its rule and direction (`'high'`/`'low'`, and `'better'`/`'worse'` by the
 * metric). Periods must not overlap (no rolling windows).
 *
 * @param periods - Chronological periods with tallies (e.g. the output of `trend()`).
 * @param options - `metric` and `baseline` (required), `rules`, `method`.
 * @returns The centre, σ and one point per period.
 * @throws TypeError for a bad metric (one of the four), baseline, rule, period or tally, a
 *   rolling window or an unknown option.
 * @throws RangeError for periods out of order, a tally on another scale, an explicit centre
 *   outside the score range, or a baseline without variation (σ or σ_z not positive).
 * @example
 * ```ts
 * const m = proportionMetric();
 * const periods = [[80, 20], [79, 21], [81, 19], [80, 20], [60, 40]].map((c, i) => ({
 *   period: `2025-0${i + 1}`,
 *   tally: tallyFromCounts(m.scale, c),
 * }));
 * const chart = controlChart(periods, { metric: m, baseline: { centre: 20, sigma: 40 } });
 * chart.periods[4].upper; // => 32
 * chart.periods[4].signals; // => [{ rule: 'beyond-3-sigma', direction: 'high', effect: 'better' }]
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function controlChart(
  periods: readonly PeriodTally[],
  options: ControlChartOptions,
): ControlChart {
  const fn = 'controlChart';
  const o = readOptions(fn, options, ['metric', 'baseline', 'rules', 'method']);
  const { metric, points } = readPeriods(fn, periods, o.metric);
  const laney = oneOf(fn, 'method', o.method, ['standard', 'laney']) === 'laney';
  const rules: unknown = o.rules ?? RULES;
  if (!Array.isArray(rules)) {
    throw new TypeError(`${fn}: option rules must be an array, received ${excerpt(rules)}`);
  }
  for (const r of rules) oneOf(fn, 'rules', r ?? null, RULES);
  const { centre, sigma, base } = readBaseline(fn, o.baseline, points, metric);
  let factor: number | null = null;
  if (laney) {
    let sum = 0;
    const z = base.map((p) => ((p.x as number) - centre) / (sigma / Math.sqrt(p.n)));
    z.forEach((zi, i) => {
      if (i > 0) sum += Math.abs(zi - (z[i - 1] as number));
    });
    // Fewer than two baseline periods (none when centre and sigma are given) have no moving range.
    factor = z.length > 1 ? sum / (z.length - 1) / 1.128 : 0;
    if (!(factor > 0)) {
      throw new RangeError(
        `${fn}: method 'laney' needs two or more baseline periods whose z-scores vary, received a factor of ${excerpt(factor)}`,
      );
    }
  }
  const seen: number[] = [];
  return {
    centre,
    sigma,
    laney: factor,
    periods: points.map((p) => {
      const base = { period: p.period, n: p.result.n, nEffective: p.n, score: p.x };
      if (p.x === null) {
        return { ...base, sigma: null, lower: null, upper: null, z: null, signals: [], ...p.flag };
      }
      const s = (sigma * (factor ?? 1)) / Math.sqrt(p.n);
      const z = (p.x - centre) / s;
      seen.push(z);
      const same = (v: number): boolean => Math.sign(v) === Math.sign(z);
      const fired = [
        Math.abs(z) > 3,
        Math.abs(z) > 2 && seen.slice(-3).filter((v) => Math.abs(v) > 2 && same(v)).length > 1,
        z !== 0 && seen.length > 7 && seen.slice(-8).every(same),
      ];
      return {
        ...base,
        sigma: s,
        ...limits(metric, centre, 3 * s),
        z,
        signals: RULES.filter((r, i) => fired[i] === true && rules.includes(r)).map((r) =>
          signal(r, z, metric.better),
        ),
        ...p.flag,
      };
    }),
  };
}
