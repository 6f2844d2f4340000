import type { Accessor, Scale, Tally } from '../core/types.js';
import { excerpt } from './excerpt.js';
import { oneOf } from './options.js';
import { readLength, readWeightArray } from './read.js';

/** What the input policy does with answers that are not counted. */
export interface Policy {
  /** `invalid: 'skip'`: invalid answers are skipped and counted instead of throwing. */
  readonly skip: boolean;
  /** `nan: 'missing'`: NaN is a missing answer rather than an invalid one. */
  readonly nan: boolean;
}

/** Running counts while answers are read; turned into a `Tally` by `toTally`. */
export interface Counter {
  readonly scale: Scale;
  /** Replaced (not written) by the fast path of mergeTallies, which fills a spare buffer. */
  counts: Float64Array;
  /** Valid answers counted; read only when weighted (an unweighted tally has n = total). */
  n: number;
  skipped: number;
  invalid: number;
  /** Σ w², where an unweighted answer has weight 1; read only when weighted. */
  weightSquares: number;
  weighted: boolean;
}

/** The option keys of the input policy. */
export const ANSWER_KEYS = ['invalid', 'nan', 'weight'] as const;

/** Reads the `invalid` and `nan` options. */
export function readPolicy(fn: string, opts: Partial<Record<string, unknown>>): Policy {
  return {
    skip: oneOf(fn, 'invalid', opts.invalid, ['throw', 'skip']) === 'skip',
    nan: oneOf(fn, 'nan', opts.nan, ['invalid', 'missing']) === 'missing',
  };
}

/** A counter with nothing counted. */
export function newCounter(scale: Scale): Counter {
  return {
    scale,
    counts: new Float64Array(scale.max - scale.min + 1),
    n: 0,
    skipped: 0,
    invalid: 0,
    weightSquares: 0,
    weighted: false,
  };
}

/** Freezes a counter's state into a plain tally (total = Σ counts in point order). */
export function toTally(c: Counter): Tally {
  const counts = Array.from(c.counts);
  let total = 0;
  for (const x of counts) total += x;
  const tally = {
    scale: { ...c.scale },
    counts,
    total,
    n: c.weighted ? c.n : total,
    skipped: c.skipped,
    invalid: c.invalid,
  };
  return c.weighted ? { ...tally, weightSquares: c.weightSquares } : tally;
}

/** The error for a count that would pass 2^53 − 1, where integers stop being exact. */
export function roomError(fn: string, what: string): RangeError {
  return new RangeError(`${fn}: the ${what} would pass 2^53 − 1, where counts stop being exact`);
}

/**
 * Checks that a validated tally can be added to the counter: no count (`n`, `skipped`,
 * `invalid`, and so no unweighted count, each at most `n`) passes 2^53 − 1, and Σ w² does not
 * overflow (weighted counts cannot: each tally's total is at most √(n · Σw²) < 1e163). Called
 * before {@link addTallyInto}, so a tally it refuses leaves the counter unchanged.
 */
export function checkTallyRoom(fn: string, c: Counter, t: Tally): void {
  const max = Number.MAX_SAFE_INTEGER;
  if (c.n + t.n > max) throw roomError(fn, 'number of answers');
  if (c.skipped + t.skipped > max) throw roomError(fn, 'number of skipped answers');
  if (c.invalid + t.invalid > max) throw roomError(fn, 'number of invalid answers');
  const ws = Object.hasOwn(t, 'weightSquares') ? t.weightSquares : undefined;
  if (!(c.weightSquares + (ws ?? t.total) < Infinity)) {
    throw new RangeError(`${fn}: the sum of squared weights would overflow to Infinity`);
  }
}

/**
 * Adds a validated tally on the counter's scale: an unweighted tally adds as answers of weight 1,
 * so it contributes its `total` to Σ w². Own properties only: a polluted
 * `Object.prototype.weightSquares` does not make it weighted.
 */
export function addTallyInto(c: Counter, t: Tally): void {
  const ws = Object.hasOwn(t, 'weightSquares') ? t.weightSquares : undefined;
  t.counts.forEach((x, k) => {
    c.counts[k] = (c.counts[k] as number) + x;
  });
  c.n += t.n;
  c.skipped += t.skipped;
  c.invalid += t.invalid;
  c.weightSquares += ws ?? t.total;
  c.weighted ||= ws !== undefined;
}

/** Throws a RangeError for a number (wrong value) or a TypeError for anything else (wrong type). */
export function fail(fn: string, what: string, x: unknown): never {
  const message = `${fn}: ${what}, received ${excerpt(x)}`;
  throw typeof x === 'number' ? new RangeError(message) : new TypeError(message);
}

/**
 * Checks a sampling weight: 0, or a number from 1e-100 to 1e100. The bounds keep w² and Σw² away
 * from underflow and overflow, so the effective sample size is always defined; weights are
 * relative, so rescale more extreme ones.
 */
export function checkWeight(fn: string, w: unknown, i: number): number {
  if (typeof w === 'number' && (w === 0 || (w >= 1e-100 && w <= 1e100))) return w;
  return fail(fn, `weight at index ${i} must be 0 or a number from 1e-100 to 1e100`, w);
}

/**
 * Handles an answer that is not a valid point: missing answers are counted in `skipped`, invalid
 * ones throw (RangeError for numbers, TypeError for other types) or are counted in `invalid`.
 */
export function reject(fn: string, c: Counter, policy: Policy, x: unknown, i: number): void {
  if (x === null || x === undefined || (policy.nan && x !== x)) c.skipped++;
  else if (policy.skip) c.invalid++;
  else fail(fn, `answer at index ${i} must be an integer from ${c.scale.min} to ${c.scale.max}`, x);
}

/**
 * Counts one answer (accumulators and async input). With `weighted` false the answer has weight
 * 1 and `w` is ignored; with `weighted` true `w` must be a finite non-negative number, checked
 * only when the answer is valid. Everything is checked before anything is counted, so an answer
 * it throws for leaves the counter unchanged; a count that would pass 2^53 − 1 throws.
 */
export function addOne(
  fn: string,
  c: Counter,
  policy: Policy,
  x: unknown,
  weighted: boolean,
  w: unknown,
  i: number,
): void {
  const k = typeof x === 'number' && (x | 0) === x ? x - c.scale.min : -1;
  if (k >= 0 && k < c.counts.length) {
    const v = weighted ? checkWeight(fn, w, i) : 1;
    if (c.n >= Number.MAX_SAFE_INTEGER) throw roomError(fn, 'number of answers');
    c.counts[k] = (c.counts[k] as number) + v;
    c.weightSquares += v * v;
    c.n++;
  } else {
    const missing = x === null || x === undefined || (policy.nan && x !== x);
    if (missing && c.skipped >= Number.MAX_SAFE_INTEGER) {
      throw roomError(fn, 'number of skipped answers');
    }
    if (!missing && policy.skip && c.invalid >= Number.MAX_SAFE_INTEGER) {
      throw roomError(fn, 'number of invalid answers');
    }
    reject(fn, c, policy, x, i);
  }
  if (weighted) c.weighted = true;
}

/**
 * Returns the length of an array or typed array, or -1 for another iterable when `iterable` is
 * allowed; throws a TypeError for anything else (see read.ts: a plain object's `length` is never
 * trusted).
 */
export function arrayLength(fn: string, x: unknown, what: string, iterable: boolean): number {
  if (iterable) return readLength(fn, x, what);
  return readWeightArray(fn, x, undefined).length;
}

/**
 * The unweighted fast path over an array or typed array: n and Σw² both equal the total, which
 * toTally reads off the counts. A function of its own: locals of countInto are captured by its
 * closure, and captured variables live in a context where the optimising compiler loses their
 * types (that loop took 1.3× the time of a hand-written one at 10⁷ answers; see bench/README.md).
 */
function countArray(
  fn: string,
  c: Counter,
  policy: Policy,
  a: ArrayLike<unknown>,
  length: number,
): void {
  const counts = c.counts;
  const points = counts.length;
  const min = c.scale.min;
  for (let i = 0; i < length; i++) {
    const x = a[i];
    // typeof first: `x - min` on an object would call its valueOf, on a bigint it would throw.
    // x and min are int32 (scales lie within ±1e9), so k is exact.
    const k = typeof x === 'number' && (x | 0) === x ? x - min : -1;
    if (k >= 0 && k < points) counts[k] = (counts[k] as number) + 1;
    else reject(fn, c, policy, x, i);
  }
}

/**
 * Counts answers (or rows through an accessor) into a fresh counter under the input policy,
 * with optional weights. The hot loop checks `(k | 0) === k` plus a range check on
 * `k = x − min`, so a valid answer costs a type check, one subtraction, a few comparisons and an
 * increment; arrays and typed arrays without accessor or weights take it with no call per
 * answer (countArray).
 */
export function countInto<T>(
  fn: string,
  c: Counter,
  policy: Policy,
  input: unknown,
  accessor: Accessor<T> | undefined,
  weight: unknown,
): void {
  const length = readLength(fn, input, 'answers');
  if (weight === undefined && accessor === undefined && length >= 0) {
    countArray(fn, c, policy, input as ArrayLike<unknown>, length);
    return;
  }
  // A weight array is matched to the rows by index, so its length is checked against theirs
  // before anything is counted: another iterable is read into an array first to know its length.
  let rows = input as ArrayLike<T>;
  let n = length;
  const array = weight !== undefined && typeof weight !== 'function';
  // readLength above checked that `input` is an iterable: Array.from reads it once.
  if (array && n < 0) n = (rows = Array.from(input as Iterable<T>)).length;
  const weightOf = array
    ? readWeightArray(fn, weight, n, 'answers')
    : (weight as ((row: T, i: number) => unknown) | undefined);
  // Counts, n and Σw² go straight into the counter and the index is an argument: object fields
  // and arguments keep their types for the JIT, variables captured by a closure do not (and a
  // fractional Σw² in one would be boxed on every store).
  const one = (row: T, index: number): void => {
    const x = accessor === undefined ? row : accessor(row, index);
    const k = typeof x === 'number' && (x | 0) === x ? x - c.scale.min : -1;
    if (k >= 0 && k < c.counts.length) {
      // Without weights n and Σw² equal the total, which toTally reads off the counts.
      if (weightOf === undefined) c.counts[k] = (c.counts[k] as number) + 1;
      else {
        const v = checkWeight(
          fn,
          typeof weightOf === 'function' ? weightOf(row, index) : weightOf[index],
          index,
        );
        c.counts[k] = (c.counts[k] as number) + v;
        c.weightSquares += v * v;
        c.n++;
      }
    } else reject(fn, c, policy, x, index);
  };
  let i = 0;
  if (n >= 0) for (; i < n; i++) one(rows[i] as T, i);
  else for (const row of input as Iterable<T>) one(row, i++);
  c.weighted = weight !== undefined;
}
