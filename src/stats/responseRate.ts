import { oneOf, readOptions, wholeNumber } from '../internal/options.js';
import { checkLevel, noInterval } from './internal/shared.js';
import {
  PROPORTION_METHODS,
  type ProportionIntervalOptions,
  proportionLimits,
} from './proportionInterval.js';
import type { Interval } from './types.js';

/**
 * A response rate with its interval.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface ResponseRate {
  /** Completed responses. */
  readonly responses: number;
  /** Customers invited. */
  readonly invited: number;
  /** responses / invited, 0…1, or `null` when nobody was invited. */
  readonly rate: number | null;
  /** The interval for the rate (Wilson by default), in 0…1. */
  readonly interval: Interval;
}

/**
 * Computes a survey's response rate, responses / invited, with its confidence interval.
 *
 * Typical e-mail surveys see 10–15 %. A low rate is not in itself a bias, but it raises the risk
 * that the people who answer differ from those who do not: report the rate beside every score.
 *
 * @param responses - Completed responses, an integer from 0 to `invited`.
 * @param invited - Customers invited, an integer.
 * @param options - `level` (default 0.95) and `method` (default `'wilson'`; any proportion method).
 * @returns The counts, the rate and its interval.
 * @throws RangeError for negative, non-integer or inconsistent counts, or a level outside (0, 1).
 * @throws TypeError for non-numbers, an unknown option or method.
 * @example
 * ```ts
 * const r = responseRate(120, 1000);
 * r.rate; // => 0.12
 * // R: prop.test(120, 1000, correct = FALSE)$conf.int is 0.101299… 0.141609…
 * r.interval.lower?.toFixed(4); // => '0.1013'
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function responseRate(
  responses: number,
  invited: number,
  options?: ProportionIntervalOptions,
): ResponseRate {
  const fn = 'responseRate';
  const x = wholeNumber(fn, 'responses', responses);
  const n = wholeNumber(fn, 'invited', invited);
  if (x > n) throw new RangeError(`${fn}: responses (${x}) must not exceed invited (${n})`);
  const opts = readOptions(fn, options, ['level', 'method']);
  const level = checkLevel(fn, opts.level);
  const method = oneOf(fn, 'method', opts.method, PROPORTION_METHODS);
  return {
    responses: x,
    invited: n,
    rate: n === 0 ? null : x / n,
    interval: n === 0 ? noInterval(level, method) : proportionLimits(x, n, level, method),
  };
}
