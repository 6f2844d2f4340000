import { countAll } from '../internal/args.js';
import { ANSWER_KEYS } from '../internal/count.js';
import { readOptions } from '../internal/options.js';
import { checkScale } from '../internal/scale.js';
import type { Accessor, AnswerOptions, Answers, Rows, Scale, Tally } from './types.js';

/**
 * Options of {@link tally}: the input policy plus the answer accessor.
 *
 * @typeParam T - The row type.
 * @category Core
 * @since 0.1.0
 */
export interface TallyOptions<T = number | null | undefined> extends AnswerOptions<T> {
  /** Reads the answer from each row, `(row, index) => answer`; without it the input items are the answers. */
  readonly value?: Accessor<T> | undefined;
}

/**
 * Counts answers on a scale into a tally, applying the input policy.
 *
 * Missing answers (`null`, `undefined`, holes in sparse arrays, and `NaN` with
 * `nan: 'missing'`) are counted in `skipped`. Invalid answers — off the scale, non-integer,
 * ±Infinity, `NaN`, strings (never coerced), booleans, objects — throw, or with
 * `invalid: 'skip'` are counted in `invalid`. With `weight` the counts are weight sums and the
 * tally carries `weightSquares`. Typed arrays take a fast path.
 *
 * @param answers - The answers, or rows when `options.value` is given.
 * @param scale - The integer scale, e.g. `{ min: 1, max: 5 }`.
 * @param options - `value` accessor, `weight`, `invalid`, `nan`.
 * @returns A new tally.
 * @throws RangeError for a number that is not a point of the scale, a bad scale, or weights of the wrong length.
 * @throws TypeError for a non-number answer, a bad weight type or an unknown option.
 * @example
 * ```ts
 * const t = tally([5, 4, null, 4, 1], { min: 1, max: 5 });
 * t.counts; // => [1, 0, 0, 2, 1]
 * t.skipped; // => 1
 * ```
 * @category Core
 * @since 0.1.0
 */
export function tally(answers: Answers, scale: Scale, options?: TallyOptions): Tally;
/**
 * Counts the answers read from rows by `options.value` into a tally.
 *
 * @param rows - The rows.
 * @param scale - The integer scale.
 * @param options - `value` accessor (required for rows), `weight`, `invalid`, `nan`.
 * @returns A new tally.
 */
export function tally<T>(rows: Rows<T>, scale: Scale, options: TallyOptions<T>): Tally;
export function tally<T>(input: Rows<T>, scale: Scale, options?: TallyOptions<T>): Tally {
  const fn = 'tally';
  const s = checkScale(fn, scale);
  const opts = readOptions(fn, options, [...ANSWER_KEYS, 'value']);
  const value = opts.value;
  if (value !== undefined && typeof value !== 'function') {
    throw new TypeError(`${fn}: option value must be an accessor function (row, index) => answer`);
  }
  return countAll(fn, input, s, value as Accessor<T> | undefined, opts);
}
