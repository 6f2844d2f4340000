import type { Direction, Metric, MetricDescriptor, ScoreResult, Tally } from '../core/types.js';
import { clamp } from '../internal/buildTally.js';
import { deepFreeze } from '../internal/freeze.js';
import { oneOf, readOptions } from '../internal/options.js';
import { ratio, resultBase, tallyOn } from '../internal/scoring.js';
import { compareScores } from '../stats/internal/compareScores.js';
import { scoreInterval } from '../stats/internal/scoreInterval.js';

/**
 * The binary-outcome metric as plain data: scale 0–1, score range 0…100 (percent).
 *
 * @category Proportion
 * @since 0.1.0
 */
export interface ProportionDescriptor extends MetricDescriptor {
  /** Always `'proportion'`. */
  readonly name: 'proportion';
}

/**
 * The result of scoring a binary outcome: `score` is the share of 1s in percent, `share` the
 * same as a fraction; both `null` when `total` is 0.
 *
 * @category Proportion
 * @since 0.1.0
 */
export interface ProportionResult extends ScoreResult<ProportionDescriptor> {
  /** `[count of 0, count of 1]` (weight sums when weighted). */
  readonly counts: readonly number[];
  /** The count of 1s. */
  readonly successes: number;
  /** The share of 1s in percent (0…100), or `null`. */
  readonly score: number | null;
  /** The share of 1s as a fraction (0…1), or `null`. */
  readonly share: number | null;
}

/**
 * Options of {@link proportionMetric}.
 *
 * @category Proportion
 * @since 0.1.0
 */
export interface ProportionMetricOptions {
  /** Whether a higher share is better (`'higher'`, default: repurchase, response) or worse (`'lower'`: churn, complaints). */
  readonly better?: Direction | undefined;
}

/**
 * Creates a metric for a binary outcome counted on the scale 0–1 (churned, bought again,
 * responded): the score is the share of 1s in percent.
 *
 * Count outcomes with `tally(rows, { min: 0, max: 1 }, { value: (r) => (r.churned ? 1 : 0) })`;
 * booleans are not accepted as answers, by the one input policy. Use `better: 'lower'` for
 * outcomes where less is better, so targets and comparisons read them the right way round.
 *
 * @param options - `better` (default `'higher'`).
 * @returns A deeply frozen metric whose `score(tally)` returns a {@link ProportionResult}.
 * @throws TypeError for an unknown option or a bad `better`.
 * @example
 * ```ts
 * const churn = proportionMetric({ better: 'lower' });
 * churn.score(tally([0, 0, 1, 0], churn.scale)).score; // => 25
 * ```
 * @category Proportion
 * @since 0.1.0
 */
export function proportionMetric(options?: ProportionMetricOptions): Metric<ProportionResult> {
  const fn = 'proportionMetric';
  const better = oneOf(fn, 'better', readOptions(fn, options, ['better']).better, [
    'higher',
    'lower',
  ]);
  const d = (): ProportionDescriptor => ({
    name: 'proportion',
    scale: { min: 0, max: 1 },
    range: { min: 0, max: 100 },
    better,
  });
  const score = (where: string, tally: Tally): ProportionResult => {
    const t = tallyOn(where, { min: 0, max: 1 }, tally);
    const successes = t.counts[1] as number;
    return {
      ...resultBase(d(), t),
      counts: t.counts, // tallyOn returns a copy
      successes,
      score: t.total === 0 ? null : clamp((100 * successes) / t.total, 0, 100),
      share: ratio(successes, t.total),
    };
  };
  return deepFreeze({
    ...d(),
    score: (tally) => score('proportionMetric.score', tally),
    interval: (tally, o) =>
      scoreInterval('proportionMetric.interval', score('proportionMetric.interval', tally), o),
    compare: (a, b, o) =>
      compareScores(
        'proportionMetric.compare',
        score('proportionMetric.compare', a),
        score('proportionMetric.compare', b),
        o,
      ),
  });
}
