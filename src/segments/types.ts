import type { Accessor, AnswerOptions, Metric, ScoreResult, Tally } from '../core/types.js';

/**
 * A segment key part: a string, a finite number or a boolean.
 *
 * @category Segments
 * @since 0.1.0
 */
export type KeyPart = string | number | boolean;

/**
 * A segment's key: one part, or a tuple of parts when `by` is an array of accessors.
 *
 * @category Segments
 * @since 0.1.0
 */
export type SegmentKey = KeyPart | readonly KeyPart[];

/**
 * Reads a row's segment key, `(row, index) => key`. Return `null` or `undefined` to exclude the
 * row (it is counted in `excluded`), or an array for multi-valued keys such as tags.
 *
 * @typeParam T - The row type.
 * @category Segments
 * @since 0.1.0
 */
export type KeyAccessor<T> = (
  row: T,
  index: number,
) => KeyPart | readonly (KeyPart | null | undefined)[] | null | undefined;

/**
 * Options of {@link segment}.
 *
 * @typeParam T - The row type.
 * @typeParam R - The metric's result type.
 * @category Segments
 * @since 0.1.0
 */
export interface SegmentOptions<T, R extends ScoreResult> extends AnswerOptions<T> {
  /** The segment key: an accessor, an array of accessors (a key tuple), or an accessor returning an array (multi-valued). */
  readonly by: KeyAccessor<T> | readonly KeyAccessor<T>[];
  /** Reads the answer from each row. */
  readonly value: Accessor<T>;
  /** The metric each segment is scored on, e.g. `npsMetric`. */
  readonly metric: Metric<R>;
  /** Segments whose effective sample size is below `minN` are marked `small` (default 0: none). */
  readonly minN?: number | undefined;
  /**
   * `'flag'` (default) keeps small segments' scores; `'suppress'` sets their `nEffective`,
   * `tally` and `result` to `null`, and when exactly one segment is small also those of the
   * smallest other segment (complementary suppression), so that `overall` minus the visible
   * segments cannot give a suppressed segment's counts.
   */
  readonly small?: 'flag' | 'suppress' | undefined;
}

/**
 * One segment: its key, its effective sample size, the small-sample flag, its tally and result
 * (all three `null` when suppressed: a small segment, or the complement of a lone small one).
 *
 * @typeParam R - The metric's result type.
 * @category Segments
 * @since 0.1.0
 */
export interface Segment<R extends ScoreResult = ScoreResult> {
  /** The key (a tuple when `by` was an array of accessors). */
  readonly key: SegmentKey;
  /** Kish's effective sample size of the segment (its `n` when unweighted), or `null` when suppressed. */
  readonly nEffective: number | null;
  /** Whether the segment's effective sample size is below `minN` (`false` for a complement suppressed with it). */
  readonly small: boolean;
  /** The segment's tally, or `null` when suppressed. */
  readonly tally: Tally | null;
  /** The segment's result, or `null` when suppressed. */
  readonly result: R | null;
}

/**
 * The result of {@link segment}: the segments in first-seen order, the tally of every row with a
 * key (each row once), and how many rows were excluded for a missing key.
 *
 * @typeParam R - The metric's result type.
 * @category Segments
 * @since 0.1.0
 */
export interface Segmentation<R extends ScoreResult = ScoreResult> {
  /** The segments, in the order their keys were first seen. */
  readonly segments: readonly Segment<R>[];
  /** Every row that was not excluded, counted once (also rows with an empty key list). */
  readonly overall: Tally;
  /** The number of rows read. */
  readonly rows: number;
  /** Rows whose key was `null` or `undefined` (not counted anywhere else). */
  readonly excluded: number;
  /** Whether a key was an array: segments then overlap and their totals may exceed `overall`. */
  readonly multiValued: boolean;
}
