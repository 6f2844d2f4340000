import type { Accessor, Scale, Tally } from '../core/types.js';
import { countInto, newCounter, readPolicy, toTally } from './count.js';
import { excerpt } from './excerpt.js';
import { readOptions } from './options.js';

/**
 * Splits `(input, options?)` from `(rows, accessor, options?)` and reads the options against
 * the allowed keys.
 */
export function splitArgs<T>(
  fn: string,
  a: unknown,
  b: unknown,
  keys: readonly string[],
): { accessor: Accessor<T> | undefined; opts: Partial<Record<string, unknown>> } {
  if (typeof a === 'function')
    return { accessor: a as Accessor<T>, opts: readOptions(fn, b, keys) };
  if (b !== undefined) {
    throw new TypeError(`${fn}: the accessor must be a function, received ${excerpt(a)}`);
  }
  return { accessor: undefined, opts: readOptions(fn, a, keys) };
}

/** Counts answers (or rows through an accessor) on a checked scale into a new tally. */
export function countAll<T>(
  fn: string,
  input: unknown,
  scale: Scale,
  accessor: Accessor<T> | undefined,
  opts: Partial<Record<string, unknown>>,
): Tally {
  const c = newCounter(scale);
  countInto(fn, c, readPolicy(fn, opts), input, accessor, opts.weight);
  return toTally(c);
}
