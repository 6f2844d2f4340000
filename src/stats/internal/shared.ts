import { excerpt } from '../../internal/excerpt.js';
import type { Comparison, Interval, Verdict } from '../types.js';
import { normalQuantile, normalSf } from './distributions/normal.js';
import { tSf } from './distributions/studentT.js';

/**
 * The largest accepted confidence level, 1 − 2⁻⁵² (0.9999999999999998): above it,
 * 1 − (1 − level)/2 rounds to 1 and the two-sided normal quantile is infinite.
 */
export const MAX_LEVEL = 0.9999999999999998; // 1 − 2⁻⁵², a literal so bundlers can drop it

/**
 * Reads the `level` option: a number strictly between 0 and 1, default 0.95, at most
 * `MAX_LEVEL` so that no critical value (and so no interval limit) is infinite.
 */
export function checkLevel(fn: string, level: unknown): number {
  if (level === undefined) return 0.95;
  if (typeof level !== 'number') {
    throw new TypeError(`${fn}: option level must be a number, received ${excerpt(level)}`);
  }
  if (!(level > 0 && level < 1)) {
    throw new RangeError(
      `${fn}: option level must lie strictly between 0 and 1, received ${excerpt(level)}`,
    );
  }
  if (level > MAX_LEVEL) {
    throw new RangeError(
      `${fn}: option level must be at most ${MAX_LEVEL} (1 − 2^-52; closer to 1 the critical value is infinite), received ${excerpt(level)}`,
    );
  }
  return level;
}

/** The two-sided critical value z with P(|Z| ≤ z) = level: qnorm(1 − (1 − level)/2). */
export function zFor(level: number): number {
  return normalQuantile(1 - (1 - level) / 2);
}

/** Two-sided normal p-value of a z statistic: 2·(1 − Φ(|z|)), accurate far into the tail. */
export function twoSidedZ(z: number): number {
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}

/** The two-sided p-value of a t statistic with `df` degrees of freedom. */
export function twoSidedT(t: number, df: number): number {
  return Math.min(1, 2 * tSf(Math.abs(t), df));
}

/** The verdict of a comparison from its two-sided p-value. */
export function verdictOf(estimate: number | null, pValue: number | null, level: number): Verdict {
  if (estimate === null || pValue === null || !(pValue < 1 - level) || estimate === 0) {
    return 'no-detectable-difference';
  }
  return estimate > 0 ? 'higher' : 'lower';
}

/** An interval with no limits (no data). */
export function noInterval(level: number, method: string): Interval {
  return { lower: null, upper: null, level, method };
}

/** The comparison without data on a side: every number `null`, no detectable difference. */
export function noComparison(test: string, level: number, method: string): Comparison {
  return {
    test,
    estimate: null,
    se: null,
    statistic: null,
    df: null,
    pValue: null,
    interval: noInterval(level, method),
    level,
    verdict: 'no-detectable-difference',
  };
}

/** An interval clipped to [lo, hi]; never −0. */
export function clipped(
  lower: number,
  upper: number,
  lo: number,
  hi: number,
  level: number,
  method: string,
): Interval {
  return {
    lower: Math.min(hi, Math.max(lo, lower)) + 0,
    upper: Math.max(lo, Math.min(hi, upper)) + 0,
    level,
    method,
  };
}
