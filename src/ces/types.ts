import type {
  AnswerOptions,
  Direction,
  MetricDescriptor,
  Scale,
  ScoreResult,
} from '../core/types.js';

/**
 * How CES answers are read: the scale, which end is easier, and how many points count as easy.
 *
 * @category CES
 * @since 0.1.0
 */
export interface CesScaleOptions {
  /** The answer scale; default `{ min: 1, max: 7 }` ("The company made it easy for me", CES 2.0). */
  readonly scale?: Scale | undefined;
  /** Which end of the scale is easier: `'higher'` (default, agreement) or `'lower'` (an effort scale). */
  readonly easier?: Direction | undefined;
  /** How many points at the easy end count as easy; default ⌊points / 2⌋ (5–7 of 1–7, 1–2 of 1–5 effort). */
  readonly easyBox?: number | undefined;
}

/**
 * Options of {@link ces}: the scale options plus the input policy.
 *
 * @typeParam T - The row type the weight accessor receives.
 * @category CES
 * @since 0.1.0
 */
export interface CesOptions<T = number | null | undefined>
  extends CesScaleOptions,
    AnswerOptions<T> {}

/**
 * The CES metric as plain data: its scale, score range (the scale), better direction (the easier
 * end) and easy box.
 *
 * @category CES
 * @since 0.1.0
 */
export interface CesDescriptor extends MetricDescriptor {
  /** Always `'ces'`. */
  readonly name: 'ces';
  /** How many points at the easy end count as easy. */
  readonly easyBox: number;
}

/**
 * The result of scoring CES answers: `score` is the mean answer on the scale (better toward
 * `metric.better`), `easyShare` the share of answers in the easy box. Both are `null` when
 * `total` is 0.
 *
 * @category CES
 * @since 0.1.0
 */
export interface CesResult extends ScoreResult<CesDescriptor> {
  /** Count (weight sum) per scale point, index = point − scale.min. */
  readonly counts: readonly number[];
  /** Answers in the easy box. */
  readonly easy: number;
  /** The mean answer on the scale, or `null` when nothing was counted. */
  readonly score: number | null;
  /** Easy-box share as a fraction (0…1), or `null`. */
  readonly easyShare: number | null;
}
