import type { Accessor, Answers, Rows } from '../core/types.js';
import { countAll, splitArgs } from '../internal/args.js';
import { csatDescriptor, scoreCsat } from './internal/scoreCsat.js';
import type { CsatOptions, CsatResult } from './types.js';

const KEYS = ['invalid', 'nan', 'weight', 'scale', 'topBox', 'bottomBox'];

/**
 * Computes customer satisfaction (CSAT) as the top-box share: the percentage of answers in the
 * top `topBox` points of the scale ("satisfied" + "very satisfied" on 1–5 by default).
 *
 * Every valid answer counts in the denominator, neutral ones included; unanswered ones are
 * `skipped` (see the methodology guide for other platforms' conventions). The result also
 * carries the per-point counts, the bottom-box share, the net score (top − bottom, in points)
 * and the mean. The input policy is that of {@link nps}; `score` is `null` when nothing was
 * counted.
 *
 * @param answers - The answers: an array, typed array or iterable of numbers, `null` or `undefined`.
 * @param options - `scale` (default 1–5), `topBox` (default 2), `bottomBox`, and the input policy.
 * @returns Counts, the top-box score in percent and the other summaries.
 * @throws RangeError for an answer off the scale, a bad scale, or boxes that do not fit the scale.
 * @throws TypeError for a non-number answer or an unknown option.
 * @example
 * ```ts
 * const r = csat([5, 4, 4, 3, 1, null]);
 * r.satisfied; // => 3
 * r.score; // => 60
 * r.net; // => 40
 * r.mean; // => 3.4
 * csat([10, 9, 8, 2], { scale: { min: 1, max: 10 } }).score; // => 50
 * ```
 * @category CSAT
 * @since 0.1.0
 */
export function csat(answers: Answers, options?: CsatOptions): CsatResult;
/**
 * Computes CSAT over answers read from rows by an accessor.
 *
 * @param rows - The rows, of any shape.
 * @param value - Reads the answer of a row: `(row, index) => answer`.
 * @param options - `scale`, `topBox`, `bottomBox`, and the input policy.
 * @returns Counts, the top-box score in percent and the other summaries.
 */
export function csat<T>(rows: Rows<T>, value: Accessor<T>, options?: CsatOptions<T>): CsatResult;
export function csat<T>(input: Rows<T>, a?: unknown, b?: unknown): CsatResult {
  const { accessor, opts } = splitArgs<T>('csat', a, b, KEYS);
  const metric = csatDescriptor('csat', opts);
  return scoreCsat(metric, countAll('csat', input, metric.scale, accessor, opts));
}
