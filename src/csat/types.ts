import type { AnswerOptions, MetricDescriptor, Scale, ScoreResult } from '../core/types.js';

/**
 * How CSAT answers are read: the scale and the sizes of the top and bottom boxes.
 *
 * @category CSAT
 * @since 0.1.0
 */
export interface CsatScaleOptions {
  /** The answer scale; default `{ min: 1, max: 5 }`. Any integer scale (1–10, 1–7, 0–10) works. */
  readonly scale?: Scale | undefined;
  /** How many top points count as satisfied; default 2 ("satisfied" + "very satisfied"). */
  readonly topBox?: number | undefined;
  /** How many bottom points count as dissatisfied; default `topBox` (less when the scale is too short). */
  readonly bottomBox?: number | undefined;
}

/**
 * Options of {@link csat}: the scale options plus the input policy.
 *
 * @typeParam T - The row type the weight accessor receives.
 * @category CSAT
 * @since 0.1.0
 */
export interface CsatOptions<T = number | null | undefined>
  extends CsatScaleOptions,
    AnswerOptions<T> {}

/**
 * The CSAT metric as plain data: its scale, boxes, score range 0…100 (percent), higher is better.
 *
 * @category CSAT
 * @since 0.1.0
 */
export interface CsatDescriptor extends MetricDescriptor {
  /** Always `'csat'`. */
  readonly name: 'csat';
  /** How many top points count as satisfied. */
  readonly topBox: number;
  /** How many bottom points count as dissatisfied. */
  readonly bottomBox: number;
}

/**
 * The result of scoring CSAT answers.
 *
 * `score` is the top-box share in percent (0…100); `share` the same as a fraction (0…1);
 * `bottomShare` the bottom-box share (0…1); `net` = top − bottom in percentage points
 * (−100…100); `mean` the mean answer on the scale. All are `null` when `total` is 0.
 *
 * @category CSAT
 * @since 0.1.0
 */
export interface CsatResult extends ScoreResult<CsatDescriptor> {
  /** Count (weight sum) per scale point, index = point − scale.min. */
  readonly counts: readonly number[];
  /** Answers in the top box. */
  readonly satisfied: number;
  /** Answers in the bottom box. */
  readonly dissatisfied: number;
  /** Top-box share in percent (0…100), or `null` when nothing was counted. */
  readonly score: number | null;
  /** Top-box share as a fraction (0…1), or `null`. */
  readonly share: number | null;
  /** Bottom-box share as a fraction (0…1), or `null`. */
  readonly bottomShare: number | null;
  /** Top-box minus bottom-box share in percentage points (−100…100), or `null`. */
  readonly net: number | null;
  /** The mean answer on the scale, or `null`. */
  readonly mean: number | null;
}
