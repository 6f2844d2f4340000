import type { CompareNpsOptions } from '../stats/compareNps.js';
import type { ScoreIntervalOptions } from '../stats/internal/scoreInterval.js';
import type { Comparison, Interval } from '../stats/types.js';

/**
 * An integer answer scale: every answer is an integer from `min` to `max` inclusive.
 *
 * NPS uses 0–10, CSAT 1–5 (or 1–10, 1–7, 0–10), CES 1–7 or 1–5, binary outcomes 0–1.
 *
 * @category Core
 * @since 0.1.0
 */
export interface Scale {
  /** The lowest point of the scale (an integer). */
  readonly min: number;
  /** The highest point of the scale (an integer greater than `min`). */
  readonly max: number;
}

/**
 * How many answers fell on each point of a scale: the one data structure every metric scores.
 *
 * A tally is plain JSON. `counts[i]` is the number of answers on point `scale.min + i` (the sum of
 * their weights when weighted); `total` is the sum of `counts`; `n` is the number of valid answers
 * counted, `skipped` the missing ones (`null`, `undefined`, holes, and `NaN` when asked) and
 * `invalid` the ones skipped under `invalid: 'skip'`. `weightSquares` (Σ w²) is present only on
 * weighted tallies; it gives Kish's effective sample size `total² / weightSquares`.
 *
 * @category Core
 * @since 0.1.0
 */
export interface Tally {
  /** The scale the answers were counted on. */
  readonly scale: Scale;
  /** Count (or weight sum) per scale point; index = point − `scale.min`. */
  readonly counts: readonly number[];
  /** The sum of `counts`: the number of valid answers, or their weight sum when weighted. */
  readonly total: number;
  /** The number of valid answers counted (an integer, also when weighted). */
  readonly n: number;
  /** The number of missing answers (counted, never silently dropped). */
  readonly skipped: number;
  /** The number of invalid answers skipped under `invalid: 'skip'`. */
  readonly invalid: number;
  /** Σ w² over the counted answers; present only on weighted tallies. */
  readonly weightSquares?: number;
}

/**
 * Which end of a score is better: `'higher'` (NPS, CSAT, CES agreement) or `'lower'`
 * (an effort scale where 1 means "very low effort", a churn rate).
 *
 * @category Core
 * @since 0.1.0
 */
export type Direction = 'higher' | 'lower';

/**
 * The closed interval a score lies in, in score units (NPS −100…100, CSAT 0…100, CES its scale).
 *
 * @category Core
 * @since 0.1.0
 */
export interface ScoreRange {
  /** The lowest possible score. */
  readonly min: number;
  /** The highest possible score. */
  readonly max: number;
}

/**
 * A plain description of a metric: its name, scale, score range, better direction and
 * parameters. It is what every result carries in `metric`, so results stay JSON and later steps
 * (intervals, targets, formatting) need nothing else.
 *
 * @category Core
 * @since 0.1.0
 */
export interface MetricDescriptor {
  /** The metric's name, e.g. `'nps'`, `'csat'`, `'ces'`, `'proportion'`. */
  readonly name: string;
  /** The answer scale the metric counts on. */
  readonly scale: Scale;
  /** The range of the score. */
  readonly range: ScoreRange;
  /** Which end of the score is better. */
  readonly better: Direction;
}

/**
 * The fields every score result starts with: the metric, the sample sizes, then (in each
 * concrete result) the counts, then `score`.
 *
 * @category Core
 * @since 0.1.0
 */
export interface ScoreResult<D extends MetricDescriptor = MetricDescriptor> {
  /** The metric that produced this result, as plain data. */
  readonly metric: D;
  /** The number of valid answers counted. */
  readonly n: number;
  /** The sum of counts (the weight sum when weighted). */
  readonly total: number;
  /** Kish's effective sample size: `n` unweighted, `total² / Σw²` weighted, 0 when `total` is 0. */
  readonly nEffective: number;
  /** The number of missing answers. */
  readonly skipped: number;
  /** The number of invalid answers skipped under `invalid: 'skip'`. */
  readonly invalid: number;
  /** The score in the metric's units, or `null` when nothing was counted (`total` is 0). */
  readonly score: number | null;
}

/**
 * A metric: its descriptor (the fields of the results' `metric`, e.g. `topBox` for CSAT) plus
 * the function that scores a tally. Trends, segments and targets are written once against this
 * type.
 *
 * @typeParam R - The result type `score` returns.
 * @category Core
 * @since 0.1.0
 */
export type Metric<R extends ScoreResult = ScoreResult> = R['metric'] & {
  /**
   * Scores a tally on this metric's scale. Throws a `RangeError` when the tally's scale differs
   * and a `TypeError`/`RangeError` when the tally is malformed.
   */
  readonly score: (tally: Tally) => R;
  /** The confidence interval of the tally's score, in score units (as `withInterval`). */
  readonly interval: (tally: Tally, options?: ScoreIntervalOptions) => Interval;
  /** Compares two tallies' scores, a relative to b, in score units, with a verdict. */
  readonly compare: (a: Tally, b: Tally, options?: CompareNpsOptions) => Comparison;
};

/**
 * Answers to count: an array, a typed array or any other iterable (a generator, a Set). A plain
 * object with a `length` (an array-like) is refused: a JSON payload `{"length": 1e15}` would
 * otherwise start a loop of 10¹⁵ steps. Missing answers are `null` or `undefined`.
 *
 * @category Core
 * @since 0.1.0
 */
export type Answers = Iterable<number | null | undefined>;

/**
 * Rows of any shape, read through an accessor: an array, a typed array or any other iterable
 * (array-likes are refused, as for {@link Answers}).
 *
 * @typeParam T - The row type.
 * @category Core
 * @since 0.1.0
 */
export type Rows<T> = Iterable<T>;

/**
 * Reads the answer from a row, d3-style: `(row, index) => answer`. Return `null` or `undefined`
 * for a missing answer.
 *
 * @typeParam T - The row type.
 * @category Core
 * @since 0.1.0
 */
export type Accessor<T> = (row: T, index: number) => number | null | undefined;

/**
 * Per-answer sampling weights: an accessor `(row, index) => weight` or an array parallel to the
 * answers. Weights are finite and non-negative.
 *
 * @typeParam T - The row type.
 * @category Core
 * @since 0.1.0
 */
export type Weights<T> = ((row: T, index: number) => number) | ArrayLike<number>;

/**
 * The input policy's options, shared by every function that reads answers.
 *
 * @typeParam T - The row (or answer) type the weight accessor receives.
 * @category Core
 * @since 0.1.0
 */
export interface AnswerOptions<T = unknown> {
  /**
   * What to do with an invalid answer (off the scale, not an integer, not a number):
   * `'throw'` (default) throws a `RangeError`/`TypeError`; `'skip'` skips it and counts it in
   * `invalid`.
   */
  readonly invalid?: 'throw' | 'skip' | undefined;
  /** Whether `NaN` is an invalid answer (`'invalid'`, default) or a missing one (`'missing'`). */
  readonly nan?: 'invalid' | 'missing' | undefined;
  /** Sampling weights; weighted results report Kish's effective sample size. */
  readonly weight?: Weights<T> | undefined;
}
