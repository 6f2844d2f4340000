import type { Metric, ScoreResult } from '../core/types.js';
import { excerpt, quote } from './excerpt.js';
import { checkScale } from './scale.js';

/**
 * Reads an options object under the one policy: `undefined` means no options, anything but a
 * plain object throws, an unknown key throws (it catches `confidence` for `level`), only own
 * enumerable properties are read (a `__proto__` key in a literal does nothing) and keys whose
 * value is `undefined` are left out.
 */
export function readOptions(
  fn: string,
  options: unknown,
  allowed: readonly string[],
): Partial<Record<string, unknown>> {
  // No prototype: an option left out reads as undefined even if Object.prototype is polluted.
  const out = Object.create(null) as Partial<Record<string, unknown>>;
  if (options === undefined) return out;
  // An array fails below on its first index key ("0"); an empty one is no options.
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${fn}: options must be an object, received ${excerpt(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(`${fn}: unknown option ${quote(key)}`);
    }
    const value: unknown = (options as Record<string, unknown>)[key];
    // Safe as a plain assignment: allowed keys never include "__proto__".
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Checks that an option is one of a set of strings; `undefined` gives the first (the default). */
export function oneOf<const C extends string>(
  fn: string,
  name: string,
  value: unknown,
  choices: readonly [C, ...C[]],
): C {
  if (value === undefined) return choices[0];
  if (!(choices as readonly unknown[]).includes(value)) {
    throw new TypeError(
      `${fn}: option ${name} must be '${choices.join("' or '")}', received ${excerpt(value)}`,
    );
  }
  return value as C;
}

/** Checks a count-like number: a safe integer from `min` up (0 by default). */
export function wholeNumber(fn: string, name: string, value: unknown, min = 0): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${name} must be a number, received ${excerpt(value)}`);
  }
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(
      `${fn}: ${name} must be an integer from ${min} to 2^53 − 1, received ${excerpt(value)}`,
    );
  }
  return value + 0;
}

/** Checks a finite non-negative number (a weight or a weighted count). */
export function nonNegative(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${name} must be a number, received ${excerpt(value)}`);
  }
  if (!(value >= 0 && value < Infinity)) {
    throw new RangeError(
      `${fn}: ${name} must be a finite non-negative number, received ${excerpt(value)}`,
    );
  }
  return value + 0;
}

/** Checks an integer option from `min` to `max`. */
export function intIn(fn: string, name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: option ${name} must be a number, received ${excerpt(value)}`);
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${fn}: option ${name} must be an integer from ${min} to ${max}, received ${excerpt(value)}`,
    );
  }
  return value;
}

/**
 * Checks that `m` is a metric: `score`, `interval` and `compare` functions and a valid scale.
 * `what` names it in the message (`option metric`, or `metric` for a positional argument).
 */
export function checkMetric<R extends ScoreResult>(
  fn: string,
  m: unknown,
  what = 'option metric',
): Metric<R> {
  const x = m as Partial<Metric> | null | undefined;
  if (
    typeof x?.score !== 'function' ||
    typeof x.interval !== 'function' ||
    typeof x.compare !== 'function'
  ) {
    throw new TypeError(
      `${fn}: ${what} must be a metric such as npsMetric, received ${excerpt(m)}`,
    );
  }
  checkScale(fn, x.scale);
  return m as Metric<R>;
}
