import { describe } from './describe.js';
import { oneOf } from './options.js';
import type { Accessor, Scale, Tally } from './types.js';

/** What the input policy does with answers that are not counted. */
export interface Policy {
  readonly skipInvalid: boolean;
  readonly nanMissing: boolean;
}

/** Running counts while answers are read; turned into a `Tally` by `toTally`. */
export interface Counter {
  readonly scale: Scale;
  readonly counts: Float64Array;
  n: number;
  skipped: number;
  invalid: number;
  /** Σ w², where an unweighted answer has weight 1. */
  weightSquares: number;
  weighted: boolean;
}

/** The option keys of the input policy. */
export const ANSWER_KEYS = ['invalid', 'nan', 'weight'] as const;

/** Reads the `invalid` and `nan` options. */
export function readPolicy(fn: string, opts: Partial<Record<string, unknown>>): Policy {
  return {
    skipInvalid: oneOf(fn, 'invalid', opts.invalid, ['throw', 'skip']) === 'skip',
    nanMissing: oneOf(fn, 'nan', opts.nan, ['invalid', 'missing']) === 'missing',
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
    scale: { min: c.scale.min, max: c.scale.max },
    counts,
    total,
    n: c.n,
    skipped: c.skipped,
    invalid: c.invalid,
  };
  return c.weighted ? { ...tally, weightSquares: c.weightSquares } : tally;
}

/**
 * Adds a validated tally on the counter's scale: an unweighted tally adds as answers of weight 1,
 * so it contributes its `total` to Σ w².
 */
export function addTallyInto(c: Counter, t: Tally): void {
  t.counts.forEach((x, k) => {
    c.counts[k] = (c.counts[k] as number) + x;
  });
  c.n += t.n;
  c.skipped += t.skipped;
  c.invalid += t.invalid;
  c.weightSquares += t.weightSquares ?? t.total;
  c.weighted ||= t.weightSquares !== undefined;
}

/**
 * Handles an answer that is not a valid point: missing answers are counted in `skipped`, invalid
 * ones throw (RangeError for numbers, TypeError for other types) or are counted in `invalid`.
 */
export function reject(fn: string, c: Counter, policy: Policy, x: unknown, i: number): void {
  if (x === null || x === undefined || (policy.nanMissing && Number.isNaN(x))) c.skipped++;
  else if (policy.skipInvalid) c.invalid++;
  else if (typeof x === 'number') {
    throw new RangeError(
      `${fn}: answer at index ${String(i)} must be an integer from ${String(c.scale.min)} to ${String(c.scale.max)}, received ${describe(x)}`,
    );
  } else {
    throw new TypeError(
      `${fn}: answer at index ${String(i)} must be a number, null or undefined, received ${describe(x)}`,
    );
  }
}

/** Throws the error for a weight that is not a finite non-negative number. */
export function badWeight(fn: string, w: unknown, i: number): never {
  const what = `${fn}: weight at index ${String(i)} must be a finite non-negative number, received ${describe(w)}`;
  throw typeof w === 'number' ? new RangeError(what) : new TypeError(what);
}

/**
 * Counts one answer (accumulators and async input). With `weighted` false the answer has weight
 * 1 and `w` is ignored; with `weighted` true `w` must be a finite non-negative number, checked
 * only when the answer is valid.
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
  const k = (x as number) - c.scale.min;
  if (typeof x === 'number' && (k | 0) === k && k >= 0 && k < c.counts.length) {
    if (!weighted) {
      c.counts[k] = (c.counts[k] as number) + 1;
      c.weightSquares++;
    } else {
      if (!(typeof w === 'number' && w >= 0 && w < Infinity)) badWeight(fn, w, i);
      c.counts[k] = (c.counts[k] as number) + w;
      c.weightSquares += w * w;
      c.weighted = true;
    }
    c.n++;
  } else reject(fn, c, policy, x, i);
}

function isIterable(x: object): x is Iterable<unknown> {
  return typeof (x as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
}

/** Returns the length of an array-like input, or -1 for an iterable that is not array-like. */
function arrayLength(fn: string, input: object, what: string): number {
  if (Array.isArray(input)) return input.length;
  if (ArrayBuffer.isView(input) && !(input instanceof DataView)) {
    return (input as unknown as ArrayLike<unknown>).length;
  }
  if (isIterable(input)) return -1;
  const length = (input as Partial<ArrayLike<unknown>>).length;
  if (typeof length === 'number' && Number.isSafeInteger(length) && length >= 0) return length;
  throw new TypeError(`${fn}: ${what} must be an array, a typed array or an iterable, received ${describe(input)}`);
}

/**
 * Counts answers (or rows through an accessor) into a counter under the input policy, with
 * optional weights. The counter must be fresh (`n` is read off the counts). The hot loops check `(k | 0) === k` plus a range check on `k = x − min`, so
 * a valid answer costs one subtraction, two comparisons and an increment.
 */
export function countInto<T>(
  fn: string,
  c: Counter,
  policy: Policy,
  input: unknown,
  accessor: Accessor<T> | undefined,
  weight: unknown,
): void {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(
      `${fn}: answers must be an array, a typed array or an iterable, received ${describe(input)}`,
    );
  }
  const length = arrayLength(fn, input, 'answers');
  const counts = c.counts;
  const points = counts.length;
  const min = c.scale.min;
  let weightOf: ((row: T, i: number) => unknown) | undefined;
  if (typeof weight === 'function') weightOf = weight as (row: T, i: number) => unknown;
  else if (weight !== undefined) {
    const wl = typeof weight === 'object' && weight !== null ? arrayLength(fn, weight, 'weight') : -2;
    if (wl < 0) {
      throw new TypeError(`${fn}: option weight must be a function or an array of numbers, received ${describe(weight)}`);
    }
    if (length >= 0 && wl !== length) {
      throw new RangeError(`${fn}: weight has ${String(wl)} entries but there are ${String(length)} answers`);
    }
    const w = weight as ArrayLike<unknown>;
    weightOf = (_row, i) => {
      if (i >= wl) throw new RangeError(`${fn}: weight has ${String(wl)} entries but there are more answers`);
      return w[i];
    };
  }
  let n = 0;
  if (weightOf === undefined) {
    if (length >= 0 && accessor === undefined) {
      const a = input as ArrayLike<unknown>;
      if (ArrayBuffer.isView(a) && !(a instanceof BigInt64Array || a instanceof BigUint64Array)) {
        // Typed arrays hold numbers only: no type check on the hot path.
        const t = a as ArrayLike<number>;
        for (let i = 0; i < length; i++) {
          const k = (t[i] as number) - min;
          if ((k | 0) === k && k >= 0 && k < points) counts[k] = (counts[k] as number) + 1;
          else reject(fn, c, policy, t[i], i);
        }
      } else {
        for (let i = 0; i < length; i++) {
          const x = a[i];
          const k = (x as number) - min;
          if (typeof x === 'number' && (k | 0) === k && k >= 0 && k < points) counts[k] = (counts[k] as number) + 1;
          else reject(fn, c, policy, x, i);
        }
      }
    } else {
      const read = accessor ?? ((row: T) => row as number | null | undefined);
      let i = 0;
      const one = (row: T): void => {
        const x = read(row, i);
        const k = (x as number) - min;
        if (typeof x === 'number' && (k | 0) === k && k >= 0 && k < points) counts[k] = (counts[k] as number) + 1;
        else reject(fn, c, policy, x, i);
        i++;
      };
      if (length >= 0) for (const a = input as ArrayLike<T>; i < length; ) one(a[i] as T);
      else for (const row of input as Iterable<T>) one(row);
    }
    for (let k = 0; k < points; k++) n += counts[k] as number;
    c.n += n;
    c.weightSquares += n;
  } else {
    const read = accessor ?? ((row: T) => row as number | null | undefined);
    const wOf = weightOf;
    let i = 0;
    let ws = 0;
    const one = (row: T): void => {
      const x = read(row, i);
      const k = (x as number) - min;
      if (typeof x === 'number' && (k | 0) === k && k >= 0 && k < points) {
        const w = wOf(row, i);
        if (!(typeof w === 'number' && w >= 0 && w < Infinity)) badWeight(fn, w, i);
        counts[k] = (counts[k] as number) + w;
        ws += w * w;
        n++;
      } else reject(fn, c, policy, x, i);
      i++;
    };
    if (length >= 0) for (const a = input as ArrayLike<T>; i < length; ) one(a[i] as T);
    else for (const row of input as Iterable<T>) one(row);
    if (typeof weight !== 'function' && i !== (weight as ArrayLike<unknown>).length) {
      throw new RangeError(
        `${fn}: weight has ${String((weight as ArrayLike<unknown>).length)} entries but there are ${String(i)} answers`,
      );
    }
    c.n += n;
    c.weightSquares += ws;
    c.weighted = true;
  }
}
