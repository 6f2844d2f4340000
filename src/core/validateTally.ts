import { buildTally } from '../internal/buildTally.js';
import { excerpt, quote } from '../internal/excerpt.js';
import { checkScale } from '../internal/scale.js';
import type { Tally } from './types.js';

const KEYS = ['scale', 'counts', 'total', 'n', 'skipped', 'invalid', 'weightSquares'];

/**
 * Checks that a value (typically parsed JSON of a stored pre-aggregate) is a well-formed tally
 * and returns a fresh copy of it.
 *
 * The stored form of a tally is the tally itself: `{ scale, counts, total, n, skipped, invalid }`
 * plus `weightSquares` when weighted. Every field is checked: the scale, one count per point
 * (safe integers when unweighted, finite non-negative numbers when weighted), `total` equal to
 * Σ counts (exactly, or to 1e-9 relative when weighted), `n` equal to `total` when unweighted,
 * and for weighted tallies an effective sample size `total² / weightSquares` between 1 and `n`.
 * Unknown keys are rejected, so a tally written by a future format is never misread. Only own
 * properties are read (each once): a field inherited from a polluted `Object.prototype` is
 * absent.
 *
 * @param value - The value to check.
 * @returns The same tally as a new plain object.
 * @throws TypeError when the value is not an object, has an unknown key or a field of the wrong type.
 * @throws RangeError when a number is out of range or the fields are inconsistent.
 * @example
 * ```ts
 * const stored = JSON.stringify(tally([9, 10, 3], { min: 0, max: 10 }));
 * validateTally(JSON.parse(stored)).total; // => 3
 * ```
 * @category Core
 * @since 0.1.0
 */
export function validateTally(value: unknown): Tally {
  return checkTally('validateTally', value);
}

/** Validates a tally for the function `fn` (shared with metric scoring and merging). */
export function checkTally(fn: string, value: unknown): Tally {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn}: a tally must be an object, received ${excerpt(value)}`);
  }
  // Own enumerable fields only, each read once into an object without a prototype: a field set
  // on a polluted Object.prototype (weightSquares, skipped) reads as absent, and a getter cannot
  // hand the checks one value and the count another.
  const t = Object.create(null) as Partial<Record<string, unknown>>;
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) throw new TypeError(`${fn}: unknown tally field ${quote(key)}`);
    t[key] = (value as Record<string, unknown>)[key];
  }
  const scale = checkScale(fn, t.scale, 'tally.scale');
  if (!Array.isArray(t.counts)) {
    throw new TypeError(`${fn}: tally.counts must be an array, received ${excerpt(t.counts)}`);
  }
  const out = buildTally(fn, scale, t.counts, {
    n: t.n,
    skipped: t.skipped,
    invalid: t.invalid,
    weightSquares: t.weightSquares,
  });
  const total = t.total;
  const tolerance = out.weightSquares === undefined ? 0 : 1e-9 * out.total;
  if (typeof total !== 'number') {
    throw new TypeError(`${fn}: tally.total must be a number, received ${excerpt(total)}`);
  }
  if (!(Math.abs(total - out.total) <= tolerance)) {
    throw new RangeError(
      `${fn}: tally.total must equal the sum of the counts (${out.total}), received ${excerpt(total)}`,
    );
  }
  return out;
}
