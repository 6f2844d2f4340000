import { excerpt } from '../internal/excerpt.js';
import type { NpsCounts } from '../nps/npsFromCounts.js';
import { hamilton } from './roundShares.js';
import type { RoundedNps, RoundOptions } from './types.js';

/**
 * Rounds an NPS result for display: the promoter, passive and detractor shares with
 * {@link roundShares}, so that they add up to exactly 100, and the score from its exact value.
 *
 * The score is not the difference of the rounded shares: for 120 promoters, 45 passives and 30
 * detractors the shares round to 61.54, 23.08 and 15.38 (at 2 decimals) but the NPS is
 * 46.153…, shown as 46.15 and not 61.54 − 15.38 = 46.16. The score rounds half away from zero,
 * exactly for integer counts.
 *
 * @param result - A result of `nps` or `npsFromCounts` (or any promoter, passive and detractor
 *   counts).
 * @param options - `digits`: decimals, 0–6 (default 1).
 * @returns The rounded shares in percent and score, or `null` when nothing was counted.
 * @throws TypeError for a result that is not an object, a count that is not a number (counts
 *   at index 0, 1, 2 are promoters, passives, detractors) or an unknown option.
 * @throws RangeError for a negative or non-finite count, or digits outside 0–6.
 * @example
 * ```ts
 * const r = npsFromCounts({ promoters: 120, passives: 45, detractors: 30 });
 * roundNps(r, { digits: 2 }); // => { promoters: 61.54, passives: 23.08, detractors: 15.38, score: 46.15 }
 * roundNps(r, { digits: 0 }); // => { promoters: 62, passives: 23, detractors: 15, score: 46 }
 * roundNps(nps([])); // => null
 * ```
 * @category Presentation
 * @since 0.2.0
 */
export function roundNps(result: NpsCounts, options?: RoundOptions): RoundedNps | null {
  const fn = 'roundNps';
  const input: unknown = result;
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new TypeError(
      `${fn}: result must be an object with promoter, passive and detractor counts, received ${excerpt(result)}`,
    );
  const { promoters: p, passives, detractors: d } = result;
  const h = hamilton(fn, [p, passives, d], options);
  if (h === null) return null;
  const [[a, b, c], whole] = h;
  const n = p + passives + d;
  // |P − D| / N in units: whole units, plus one when the remainder is at least half of N.
  const x = Math.abs(p - d) * whole;
  const r = x % n;
  const u = Math.round((x - r) / n) + (2 * r >= n ? 1 : 0);
  const pct = (v = 0): number => (v * 100) / whole;
  return {
    promoters: pct(a),
    passives: pct(b),
    detractors: pct(c),
    score: Math.sign(p - d) * pct(u) + 0,
  };
}
