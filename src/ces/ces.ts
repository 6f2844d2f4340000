import type { Accessor, Answers, Rows } from '../core/types.js';
import { countAll, splitArgs } from '../internal/args.js';
import { cesDescriptor, scoreCes } from './internal/scoreCes.js';
import type { CesOptions, CesResult } from './types.js';

const KEYS = ['invalid', 'nan', 'weight', 'scale', 'easier', 'easyBox'];

/**
 * Computes the Customer Effort Score (CES): the mean answer on its scale, plus the share of
 * "easy" answers.
 *
 * The default is the CES 2.0 agreement scale 1–7 ("The company made it easy for me to handle my
 * issue"), where higher is easier and 5–7 count as easy. For a 1–5 effort scale where 1 means
 * "very low effort", pass `{ scale: { min: 1, max: 5 }, easier: 'lower' }` (or the preset
 * `CES_5_EFFORT`): the easy box is then at the low end and `metric.better` is `'lower'`, so
 * targets and comparisons read it the right way round. The input policy is that of {@link nps};
 * `score` is `null` when nothing was counted.
 *
 * @param answers - The answers: an array, typed array or iterable of numbers, `null` or `undefined`.
 * @param options - `scale` (default 1–7), `easier` (default `'higher'`), `easyBox`, and the input policy.
 * @returns Counts, the mean and the easy share.
 * @throws RangeError for an answer off the scale, a bad scale, or an easy box that does not fit.
 * @throws TypeError for a non-number answer or an unknown option.
 * @example
 * ```ts
 * const r = ces([7, 6, 5, 4, 2, undefined]);
 * r.score; // => 4.8
 * r.easyShare; // => 0.6
 * ces([1, 2, 5], { scale: { min: 1, max: 5 }, easier: 'lower' }).easy; // => 2
 * ```
 * @category CES
 * @since 0.1.0
 */
export function ces(answers: Answers, options?: CesOptions): CesResult;
/**
 * Computes CES over answers read from rows by an accessor.
 *
 * @param rows - The rows, of any shape.
 * @param value - Reads the answer of a row: `(row, index) => answer`.
 * @param options - `scale`, `easier`, `easyBox`, and the input policy.
 * @returns Counts, the mean and the easy share.
 */
export function ces<T>(rows: Rows<T>, value: Accessor<T>, options?: CesOptions<T>): CesResult;
export function ces<T>(input: Rows<T>, a?: unknown, b?: unknown): CesResult {
  const { accessor, opts } = splitArgs<T>('ces', a, b, KEYS);
  const metric = cesDescriptor('ces', opts);
  return scoreCes(metric, countAll('ces', input, metric.scale, accessor, opts));
}
