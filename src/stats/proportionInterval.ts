import { nonNegative, oneOf, readOptions } from '../internal/options.js';
import { betaQuantile } from './internal/distributions/beta.js';
import { checkLevel, clipped, noInterval, zFor } from './internal/shared.js';
import type { Interval } from './types.js';

/**
 * The interval methods for a proportion.
 *
 * @category Statistics
 * @since 0.1.0
 */
export type ProportionMethod = 'wilson' | 'wald' | 'agresti-coull' | 'jeffreys' | 'clopper-pearson';

/**
 * Options of {@link proportionInterval}.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface ProportionIntervalOptions {
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The method; default `'wilson'`. */
  readonly method?: ProportionMethod | undefined;
}

/** The methods, the default first. */
export const PROPORTION_METHODS: readonly [ProportionMethod, ...ProportionMethod[]] = [
  'wilson',
  'wald',
  'agresti-coull',
  'jeffreys',
  'clopper-pearson',
];

/** The interval of x successes in n trials (both checked; n > 0). */
export function proportionLimits(
  x: number,
  n: number,
  level: number,
  method: ProportionMethod,
): Interval {
  const p = x / n;
  const z = zFor(level);
  if (method === 'wald') {
    const h = z * Math.sqrt((p * (1 - p)) / n);
    return clipped(p - h, p + h, 0, 1, level, method);
  }
  if (method === 'agresti-coull') {
    const m = n + z * z;
    const q = (x + (z * z) / 2) / m;
    const h = z * Math.sqrt((q * (1 - q)) / m);
    return clipped(q - h, q + h, 0, 1, level, method);
  }
  if (method === 'wilson') {
    const z2 = z * z;
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const h = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    // At p = 0 (or 1) the limit is exactly the boundary; centre − h rounds to ~3e-17.
    return clipped(p === 0 ? 0 : centre - h, p === 1 ? 1 : centre + h, 0, 1, level, method);
  }
  const a = (1 - level) / 2;
  if (method === 'jeffreys') {
    // Brown, Cai & DasGupta (2001): the limit at a boundary is the boundary itself.
    const lower = x === 0 ? 0 : betaQuantile(a, x + 0.5, n - x + 0.5);
    const upper = x === n ? 1 : betaQuantile(1 - a, x + 0.5, n - x + 0.5);
    return clipped(lower, upper, 0, 1, level, method);
  }
  const lower = x === 0 ? 0 : betaQuantile(a, x, n - x + 1);
  const upper = x === n ? 1 : betaQuantile(1 - a, x + 1, n - x);
  return clipped(lower, upper, 0, 1, level, method);
}

/**
 * Computes a confidence interval for a proportion: `successes` out of `n`.
 *
 * Methods: `wilson` (default; the score interval without continuity correction, as R's
 * `prop.test(x, n, correct = FALSE)`), `wald` (p̂ ± z·√(p̂(1 − p̂)/n), clipped to [0, 1]),
 * `agresti-coull` (add z²/2 successes and failures, then Wald; clipped), `jeffreys` (beta(x + ½,
 * n − x + ½) quantiles, with the limit at a boundary set to the boundary as Brown, Cai & DasGupta
 * recommend) and `clopper-pearson` (the exact interval from beta quantiles, as R's
 * `binom.test`). Non-integer counts are accepted, so weighted data go through Kish's plug-in:
 * pass `x = p̂·nEffective` and `n = nEffective`. With `n = 0` the limits are `null`.
 *
 * @param successes - The number of successes, from 0 to `n`.
 * @param n - The number of trials (or the effective sample size).
 * @param options - `level` (default 0.95) and `method` (default `'wilson'`).
 * @returns The interval in proportion units (0…1).
 * @throws RangeError when a count is negative or non-finite, `successes > n`, or the level is not in (0, 1).
 * @throws TypeError for non-numbers, an unknown method or option.
 * @example
 * ```ts
 * const i = proportionInterval(81, 100);
 * i.method; // => 'wilson'
 * // R: prop.test(81, 100, correct = FALSE)$conf.int is 0.72221… 0.87485…
 * [i.lower?.toFixed(4), i.upper?.toFixed(4)]; // => ['0.7222', '0.8749']
 * proportionInterval(0, 10, { method: 'clopper-pearson' }).lower; // => 0
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function proportionInterval(
  successes: number,
  n: number,
  options?: ProportionIntervalOptions,
): Interval {
  const fn = 'proportionInterval';
  const opts = readOptions(fn, options, ['level', 'method']);
  const level = checkLevel(fn, opts.level);
  const method = oneOf(fn, 'method', opts.method, PROPORTION_METHODS);
  const x = nonNegative(fn, 'successes', successes);
  const total = nonNegative(fn, 'n', n);
  if (x > total) {
    throw new RangeError(`${fn}: successes (${x}) must not exceed n (${total})`);
  }
  // An effective n is at least 1; below it the limits overflow.
  if (total > 0 && total < 1) {
    throw new RangeError(`${fn}: n must be 0 or at least 1, received ${total}`);
  }
  return total === 0 ? noInterval(level, method) : proportionLimits(x, total, level, method);
}
