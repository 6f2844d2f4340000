import { excerpt } from './excerpt.js';

/**
 * The one reader of rows, answers and lists of results (the input policy's "input that is not
 * data is an error"). Accepted: an array, a typed array, or any other synchronous iterable
 * (a Set, a generator, a Map's values). Refused with a TypeError that names the function and
 * what it received: `null`, numbers, strings, plain objects (an API wrapper `{ rows: [...] }`,
 * a JSON array-like `{ "length": 1e15 }` — array-likes are read only when they are real arrays
 * or typed arrays, so a length is never trusted), async iterables (with the name of the async
 * variant when there is one) and DataViews.
 */

/** How a reader refers to the input: `'rows'`, `'answers'`, `'items'`, `'option weight'`. */
export type What = string;

/** Whether `x` is read by index: an array or a typed array (a DataView has no length). */
export function isIndexed(x: unknown): x is ArrayLike<unknown> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/**
 * Returns the length of an array or typed array (the indexed fast path), or -1 for another
 * synchronous iterable; throws a TypeError for anything else (excerpt() names an async
 * iterable as such). The scoring functions' path: kept small for `import { nps }`.
 */
export function readLength(fn: string, input: unknown, what: What): number {
  if (isIndexed(input)) return input.length;
  if (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
  ) {
    return -1;
  }
  throw new TypeError(
    `${fn}: ${what} must be an array, a typed array or an iterable, received ${excerpt(input)}`,
  );
}

/**
 * Reads rows (or answers, or items) into something indexable: an array or typed array as it is,
 * any other synchronous iterable copied once into an array. Throws as {@link readLength} does;
 * for an async iterable the message names `asyncName`, the async variant, when there is one.
 */
export function readList<T>(
  fn: string,
  input: unknown,
  what: What,
  asyncName?: string,
): ArrayLike<T> {
  let length: number;
  try {
    length = readLength(fn, input, what);
  } catch (e) {
    throw asyncName !== undefined && excerpt(input) === 'an async iterable'
      ? new TypeError(`${(e as Error).message}; use ${asyncName}`)
      : e;
  }
  return length >= 0 ? (input as ArrayLike<T>) : Array.from(input as Iterable<T>);
}

/**
 * Reads a per-row weight array (an array or typed array of numbers; iterables are refused, as
 * their entries cannot be matched to rows by index) and checks its length against the rows'
 * when the rows' length is known. The entries themselves are checked where they are used.
 */
export function readWeightArray(
  fn: string,
  weight: unknown,
  rows: number | undefined,
  what: What = 'rows',
): ArrayLike<unknown> {
  if (!isIndexed(weight)) {
    throw new TypeError(
      `${fn}: option weight must be a function or an array of numbers, received ${excerpt(weight)}`,
    );
  }
  if (rows !== undefined && weight.length !== rows) {
    throw weightLengthError(fn, weight.length, rows, what);
  }
  return weight;
}

/** The error for a weight array whose length differs from the number of rows. */
export function weightLengthError(
  fn: string,
  weights: number,
  rows: number,
  what: What = 'rows',
): RangeError {
  return new RangeError(
    `${fn}: option weight has ${weights} entries but there are ${rows} ${what}`,
  );
}
