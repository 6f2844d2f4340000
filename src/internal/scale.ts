import type { Scale } from '../core/types.js';
import { excerpt } from './excerpt.js';

/** The largest number of points a scale may have (a 0–100 slider has 101). */
export const MAX_POINTS = 10_001;

/** Scale points lie within ±1e9, so answers are int32 and `x − min` is exact. */
const MAX_ABS = 1e9;

/** Shows a scale as `0–10`. */
export function scaleText(scale: Scale): string {
  return `${scale.min}–${scale.max}`;
}

/** Validates a caller's scale and returns a fresh `{ min, max }`. */
export function checkScale(fn: string, scale: unknown, name = 'scale'): Scale {
  if (typeof scale !== 'object' || scale === null) {
    throw new TypeError(
      `${fn}: ${name} must be an object { min, max }, received ${excerpt(scale)}`,
    );
  }
  // Own properties only: a polluted Object.prototype.min is not a scale's minimum.
  const min: unknown = Object.hasOwn(scale, 'min') ? (scale as Scale).min : undefined;
  const max: unknown = Object.hasOwn(scale, 'max') ? (scale as Scale).max : undefined;
  if (typeof min !== 'number' || typeof max !== 'number') {
    throw new TypeError(
      `${fn}: ${name}.min and ${name}.max must be numbers, received ${excerpt(min)} and ${excerpt(max)}`,
    );
  }
  if (
    !Number.isInteger(min) ||
    !Number.isInteger(max) ||
    Math.abs(min) > MAX_ABS ||
    Math.abs(max) > MAX_ABS ||
    max <= min ||
    max - min >= MAX_POINTS
  ) {
    throw new RangeError(
      `${fn}: ${name} must have integers min < max within ±1e9 and at most ${MAX_POINTS} points, received ${excerpt(min)}–${excerpt(max)}`,
    );
  }
  return { min: min + 0, max: max + 0 };
}

/** Whether two scales are the same. */
export function sameScale(a: Scale, b: Scale): boolean {
  return a.min === b.min && a.max === b.max;
}
