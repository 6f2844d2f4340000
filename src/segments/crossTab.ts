import { readOptions } from '../core/options.js';
import type { Rows, ScoreResult, Tally } from '../core/types.js';
import { segmentFor } from './segment.js';
import type { KeyPart, SegmentOptions } from './types.js';

/**
 * Options of {@link crossTab}: those of {@link segment}, with two keys instead of `by`.
 *
 * @typeParam T - The row type.
 * @typeParam R - The metric's result type.
 * @category Segments
 * @since 0.1.0
 */
export interface CrossTabOptions<T, R extends ScoreResult>
  extends Omit<SegmentOptions<T, R>, 'by'> {
  /** The first key (e.g. channel, or the segment for segment × period). */
  readonly row: (row: T, index: number) => KeyPart | null | undefined;
  /** The second key (e.g. region, or a period key such as `'2025-Q1'`). */
  readonly column: (row: T, index: number) => KeyPart | null | undefined;
}

/**
 * One cell of a cross-tab: a tidy row with both keys.
 *
 * @typeParam R - The metric's result type.
 * @category Segments
 * @since 0.1.0
 */
export interface CrossTabCell<R extends ScoreResult = ScoreResult> {
  /** The first key. */
  readonly row: KeyPart;
  /** The second key. */
  readonly column: KeyPart;
  /** Kish's effective sample size of the cell. */
  readonly nEffective: number;
  /** Whether `nEffective` is below `minN`. */
  readonly small: boolean;
  /** The cell's tally, or `null` when suppressed. */
  readonly tally: Tally | null;
  /** The cell's result, or `null` when suppressed. */
  readonly result: R | null;
}

/**
 * The result of {@link crossTab}.
 *
 * @typeParam R - The metric's result type.
 * @category Segments
 * @since 0.1.0
 */
export interface CrossTab<R extends ScoreResult = ScoreResult> {
  /** The non-empty cells in first-seen order (a tidy, long-format array that plots directly). */
  readonly cells: readonly CrossTabCell<R>[];
  /** Every row with both keys, counted once. */
  readonly overall: Tally;
  /** The number of rows read. */
  readonly rows: number;
  /** Rows with a `null` or `undefined` key. */
  readonly excluded: number;
}

/**
 * Scores every combination of two keys in one pass (channel × region; segment × period, where
 * the period is one more key such as a month string), as a tidy array of cells.
 *
 * It is {@link segment} with the key tuple `[row, column]`: cells appear in first-seen order,
 * combinations without rows are absent, a `null` or `undefined` key excludes the row (counted),
 * and `minN` / `small` flag or suppress small cells.
 *
 * @param rows - The rows.
 * @param options - `row`, `column`, `value`, `metric`, and `weight`, `minN`, `small`, `invalid`, `nan`.
 * @returns The cells and the row counts.
 * @throws TypeError / RangeError as {@link segment} does.
 * @example
 * ```ts
 * const rows = [
 *   { channel: 'web', month: '2025-01', x: 10 },
 *   { channel: 'web', month: '2025-02', x: 0 },
 *   { channel: 'app', month: '2025-01', x: 9 },
 * ];
 * const t = crossTab(rows, {
 *   row: (r) => r.channel,
 *   column: (r) => r.month,
 *   value: (r) => r.x,
 *   metric: npsMetric,
 * });
 * t.cells.map((c) => [c.row, c.column, c.result?.score]); // => [['web', '2025-01', 100], ['web', '2025-02', -100], ['app', '2025-01', 100]]
 * ```
 * @category Segments
 * @since 0.1.0
 */
export function crossTab<T, R extends ScoreResult>(
  rows: Rows<T>,
  options: CrossTabOptions<T, R>,
): CrossTab<R> {
  const { row, column, ...rest } = readOptions('crossTab', options, [
    'row',
    'column',
    'value',
    'metric',
    'weight',
    'minN',
    'small',
    'invalid',
    'nan',
  ]);
  const s = segmentFor('crossTab', rows, {
    ...(rest as Omit<SegmentOptions<T, R>, 'by'>),
    by: [row, column] as never,
  });
  return {
    cells: s.segments.map(({ key, ...cell }) => ({
      row: (key as KeyPart[])[0] as KeyPart,
      column: (key as KeyPart[])[1] as KeyPart,
      ...cell,
    })),
    overall: s.overall,
    rows: s.rows,
    excluded: s.excluded,
  };
}
