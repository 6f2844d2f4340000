import { ANSWER_KEYS, addOne, newCounter, readPolicy, toTally } from './count.js';
import { describe } from './describe.js';
import { readOptions } from './options.js';
import { checkScale } from './scale.js';
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
  if (
    weight !== undefined &&
    typeof weight !== 'function' &&
    !Array.isArray(weight) &&
    !ArrayBuffer.isView(weight)
  ) {
    throw new TypeError(
      `${fn}: option weight must be a function or an array of numbers, received ${describe(weight)}`,
    );
  }
  const src = input as Partial<AsyncIterable<T> & Iterable<T>> | null;
  if (
    typeof src !== 'object' ||
    src === null ||
    (typeof src[Symbol.asyncIterator] !== 'function' && typeof src[Symbol.iterator] !== 'function')
  ) {
    throw new TypeError(
      `${fn}: input must be an async iterable or an iterable, received ${describe(input)}`,
    );
  }
  const c = newCounter(s);
  c.weighted = weight !== undefined;
  let i = 0;
  for await (const row of input) {
    const x = value === undefined ? row : value(row, i);
    let w: unknown;
    if (typeof weight === 'function') w = weight(row, i);
    else if (weight !== undefined) {
      if (i >= weight.length) {
        throw new RangeError(
          `${fn}: weight has ${weight.length} entries but there are more answers`,
        );
      }
      w = weight[i];
    }
    addOne(fn, c, policy, x, weight !== undefined, w, i);
    i++;
  }
  if (weight !== undefined && typeof weight !== 'function' && weight.length !== i) {
    throw new RangeError(`${fn}: weight has ${weight.length} entries but there are ${i} answers`);
  }
  return toTally(c);
}
