import { excerpt } from '../../internal/excerpt.js';

/**
 * Checks a share in [0, 1]: an option `name` (default `fallback`), or with no fallback a
 * required argument `name` (named so in the message). −0 is read as 0.
 */
export function share(fn: string, name: string, value: unknown, fallback?: number): number {
  const what = fallback === undefined ? name : `option ${name}`;
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number')
    throw new TypeError(`${fn}: ${what} must be a number, received ${excerpt(value)}`);
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(`${fn}: ${what} must be a share from 0 to 1, received ${excerpt(value)}`);
  }
  return value + 0;
}

/** Checks promoter and detractor shares that add up to at most 1. */
export function npsShares(fn: string, p: unknown, d: unknown): { p: number; d: number } {
  const ps = share(fn, 'promoterShare', p, 0.5);
  const ds = share(fn, 'detractorShare', d, 0.5);
  if (ps + ds > 1 + 1e-12) {
    throw new RangeError(
      `${fn}: promoterShare + detractorShare must not exceed 1, received ${ps} + ${ds}`,
    );
  }
  return { p: ps, d: ds };
}

/** Checks a positive finite number (a margin, a difference). */
export function positive(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number')
    throw new TypeError(`${fn}: ${name} must be a number, received ${excerpt(value)}`);
  if (!(value > 0 && value < Infinity)) {
    throw new RangeError(
      `${fn}: ${name} must be a positive finite number, received ${excerpt(value)}`,
    );
  }
  return value + 0;
}

/** n₀ with an optional finite-population correction applied to the unrounded n₀, rounded up once. */
export function withPopulation(fn: string, n0: number, population: unknown): number {
  if (population === undefined) return sampleSize(fn, n0);
  if (typeof population !== 'number') {
    throw new TypeError(
      `${fn}: option population must be a number, received ${excerpt(population)}`,
    );
  }
  if (!(Number.isSafeInteger(population) && population >= 1)) {
    throw new RangeError(
      `${fn}: option population must be a positive integer, received ${excerpt(population)}`,
    );
  }
  return sampleSize(fn, n0 / (1 + (n0 - 1) / population));
}

/** Rounds a sample size up; one beyond 2^53 − 1 (a vanishing margin or difference) throws. */
export function sampleSize(fn: string, n: number): number {
  if (!(n <= Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(
      `${fn}: the sample size exceeds 2^53 − 1: the margin or difference is too small`,
    );
  }
  return Math.ceil(n);
}

/** Checks an option strictly between 0 and 1 (a power). */
export function checkShare(fn: string, name: string, value: unknown): number {
  const x = share(fn, name, value, 0);
  if (x === 0 || x === 1) {
    throw new RangeError(`${fn}: option ${name} must lie strictly between 0 and 1, received ${x}`);
  }
  return x;
}
