import { ANSWER_KEYS, addOne, newCounter, readPolicy, toTally } from '../internal/count.js';
import { excerpt } from '../internal/excerpt.js';
import { readOptions } from '../internal/options.js';
import { isIndexed, readWeightArray, weightLengthError } from '../internal/read.js';
import { checkScale } from '../internal/scale.js';
import type { TallyOptions } from './tally.js';
import type { Accessor, Scale, Tally } from './types.js';

/**
 * Counts answers from an async iterable (a stream, a paginated API, a database cursor) into a
 * tally, applying the same input policy as {@link tally}.
 *
 * Items are consumed once, as they arrive; memory stays proportional to the scale. Sync
 * iterables are accepted too. Weights come from an accessor or a parallel array.
 *
 * @param input - The answers, or rows when `options.value` is given.
 * @param scale - The integer scale.
 * @param options - `value` accessor, `weight`, `invalid`, `nan`.
 * @returns A promise of a new tally.
 * @throws RangeError / TypeError as {@link tally} does (the promise rejects).
 * @example
 * ```ts
 * async function* answers() {
 *   yield 10;
 *   yield null;
 *   yield 6;
 * }
 * const t = await tallyAsync(answers(), { min: 0, max: 10 });
 * t.counts[10]; // => 1
 * t.skipped; // => 1
 * ```
 * @category Core
 * @since 0.1.0
 */
export async function tallyAsync<T = number | null | undefined>(
  input: AsyncIterable<T> | Iterable<T>,
  scale: Scale,
  options?: TallyOptions<T>,
): Promise<Tally> {
  const fn = 'tallyAsync';
  const s = checkScale(fn, scale);
  const opts = readOptions(fn, options, [...ANSWER_KEYS, 'value']);
  const policy = readPolicy(fn, opts);
  const value = opts.value as Accessor<T> | undefined;
  if (value !== undefined && typeof value !== 'function') {
    throw new TypeError(`${fn}: option value must be an accessor function (row, index) => answer`);
  }
  const weight = opts.weight as ((row: T, i: number) => unknown) | ArrayLike<unknown> | undefined;
  const src = input as Partial<AsyncIterable<T> & Iterable<T>> | null;
  if (
    typeof src !== 'object' ||
    src === null ||
    (typeof src[Symbol.asyncIterator] !== 'function' && typeof src[Symbol.iterator] !== 'function')
  ) {
    throw new TypeError(
      `${fn}: input must be an async iterable or an iterable, received ${excerpt(input)}`,
    );
  }
  // A weight array is checked against an array's length before anything is counted; a stream's
  // length is known only at its end.
  const known = isIndexed(input) ? (input as ArrayLike<T>).length : undefined;
  const weights =
    weight === undefined || typeof weight === 'function'
      ? undefined
      : readWeightArray(fn, weight, known, 'answers');
  const c = newCounter(s);
  c.weighted = weight !== undefined;
  let i = 0;
  for await (const row of input) {
    const x = value === undefined ? row : value(row, i);
    let w: unknown;
    if (typeof weight === 'function') w = weight(row, i);
    else if (weights !== undefined) {
      if (i >= weights.length) {
        throw new RangeError(
          `${fn}: option weight has ${weights.length} entries but there are more answers`,
        );
      }
      w = weights[i];
    }
    addOne(fn, c, policy, x, weight !== undefined, w, i);
    i++;
  }
  if (weights !== undefined && weights.length !== i) {
    throw weightLengthError(fn, weights.length, i, 'answers');
  }
  return toTally(c);
}
