import { excerpt } from '../../internal/excerpt.js';
import { npsShares, sampleSize } from '../internal/planningShares.js';
import { netVariance } from '../internal/trinomial.js';
import { type PowerOptions, readPower } from './proportionSampleSizePerGroup.js';

/**
 * Expected promoter and detractor shares of one group.
 *
 * @category Planning
 * @since 0.1.0
 */
export interface NpsShares {
  /** The expected share of promoters, 0…1. */
  readonly promoterShare: number;
  /** The expected share of detractors, 0…1. */
  readonly detractorShare: number;
}

/**
 * Computes the number of responses per group needed to detect a difference between two NPS
 * values with a two-sided z test: n = (z_{α/2} + z_power)²·(V_a + V_b)·100²/Δ², with the trinomial
 * variances V = p + d − (p − d)² and Δ the NPS difference in points, rounded up.
 *
 * @param a - The expected shares in the first group.
 * @param b - The expected shares in the second group, with a different NPS (differences under
 *   1e-9 points count as none).
 * @param options - `power` (default 0.8) and `level` (default 0.95).
 * @returns Responses needed in each group.
 * @throws RangeError for bad shares, equal NPS values, or power/level outside (0, 1).
 * @throws TypeError for non-objects, non-numbers or an unknown option.
 * @example
 * ```ts
 * // 50/20 (NPS 30) against 45/25 (NPS 20); R: ceiling((qnorm(0.975) + qnorm(0.8))^2 *
 * // (0.61 + 0.66) * 100^2 / 10^2) is 997
 * npsSampleSizePerGroup(
 *   { promoterShare: 0.5, detractorShare: 0.2 },
 *   { promoterShare: 0.45, detractorShare: 0.25 },
 * ); // => 997
 * ```
 * @category Planning
 * @since 0.1.0
 */
export function npsSampleSizePerGroup(a: NpsShares, b: NpsShares, options?: PowerOptions): number {
  const fn = 'npsSampleSizePerGroup';
  const read = (x: unknown, name: string): { p: number; d: number } => {
    if (typeof x !== 'object' || x === null) {
      throw new TypeError(
        `${fn}: ${name} must be an object { promoterShare, detractorShare }, received ${excerpt(x)}`,
      );
    }
    const s = x as Partial<NpsShares>;
    return npsShares(fn, s.promoterShare, s.detractorShare);
  };
  const ga = read(a, 'a');
  const gb = read(b, 'b');
  const { za, zb } = readPower(fn, options);
  const delta = 100 * (ga.p - ga.d) - 100 * (gb.p - gb.d);
  // Equal NPS values written with different shares (0.5 − 0.2 and 0.4 − 0.1) differ by rounding
  // error, about 1e-14 points; any difference under 1e-9 points is taken as none (detecting it
  // would need over 10²² responses per group anyway).
  if (Math.abs(delta) < 1e-9)
    throw new RangeError(
      `${fn}: the two groups have the same NPS (to 1e-9 points); there is no difference to detect`,
    );
  const root = za + zb;
  return sampleSize(
    fn,
    (root * root * (netVariance(ga.p, ga.d) + netVariance(gb.p, gb.d)) * 10_000) / (delta * delta),
  );
}
