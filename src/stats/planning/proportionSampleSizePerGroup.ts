import { readOptions } from '../../internal/options.js';
import { normalQuantile } from '../internal/distributions/normal.js';
import { checkShare, sampleSize, share } from '../internal/planningShares.js';
import { checkLevel, zFor } from '../internal/shared.js';

/**
 * Options of the per-group sample sizes.
 *
 * @category Planning
 * @since 0.1.0
 */
export interface PowerOptions {
  /** The probability of detecting the difference, in (0, 1); default 0.8. */
  readonly power?: number | undefined;
  /** The confidence level in (0, 1); default 0.95 (a two-sided test at α = 0.05). */
  readonly level?: number | undefined;
}

/** Reads `power` and `level`: the two normal quantiles of the calculation. */
export function readPower(fn: string, options: unknown): { za: number; zb: number } {
  const opts = readOptions(fn, options, ['power', 'level']);
  const level = checkLevel(fn, opts.level);
  const power = opts.power === undefined ? 0.8 : checkShare(fn, 'power', opts.power);
  return { za: zFor(level), zb: normalQuantile(power) };
}

/**
 * Computes the number of responses per group needed to detect a difference between two
 * proportions (two channels' CSAT shares, a response rate before and after) with a two-sided
 * test: n = (z_{α/2}·√(2p̄(1 − p̄)) + z_power·√(p₁(1 − p₁) + p₂(1 − p₂)))² / (p₁ − p₂)², p̄ the mean
 * of the two, rounded up — the formula R's `power.prop.test` solves.
 *
 * @param p1 - The expected share in the first group, 0…1.
 * @param p2 - The expected share in the second group, different from p1.
 * @param options - `power` (default 0.8) and `level` (default 0.95).
 * @returns Responses needed in each group.
 * @throws RangeError for shares outside [0, 1] or equal, or power/level outside (0, 1).
 * @throws TypeError for non-numbers or an unknown option.
 * @example
 * ```ts
 * // R: ceiling(power.prop.test(p1 = 0.8, p2 = 0.85, power = 0.8)$n) is 906 (n = 905.37)
 * proportionSampleSizePerGroup(0.8, 0.85); // => 906
 * ```
 * @category Planning
 * @since 0.1.0
 */
export function proportionSampleSizePerGroup(
  p1: number,
  p2: number,
  options?: PowerOptions,
): number {
  const fn = 'proportionSampleSizePerGroup';
  const a = share(fn, 'p1', p1);
  const b = share(fn, 'p2', p2);
  const { za, zb } = readPower(fn, options);
  if (a === b) throw new RangeError(`${fn}: p1 and p2 must differ, received ${a} twice`);
  const mean = (a + b) / 2;
  const root = za * Math.sqrt(2 * mean * (1 - mean)) + zb * Math.sqrt(a * (1 - a) + b * (1 - b));
  return sampleSize(fn, (root * root) / ((a - b) * (a - b)));
}
