import { readOptions } from '../core/options.js';
import { tallyOn } from '../core/scoring.js';
import type { Tally } from '../core/types.js';
import { scoreNps } from '../nps/scoreNps.js';
import type { NpsResult } from '../nps/types.js';
import { checkLevel, noComparison, twoSidedZ, verdictOf, zFor } from './shared.js';
import { netVariance, type Trinomial, trinomialFrom } from './trinomial.js';
import type { Comparison } from './types.js';

/**
 * Options of the comparison functions.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface CompareOptions {
  /** The confidence level in (0, 1); default 0.95. The test's α is 1 − level. */
  readonly level?: number | undefined;
}

/** Compares two independent net scores (in points, −100…100 each): z test and Wald interval. */
export function compareNet(a: Trinomial, b: Trinomial, level: number, test: string): Comparison {
  if (a.total === 0 || b.total === 0) {
    return noComparison(test, level, 'wald');
  }
  const pa = a.positive / a.total;
  const da = a.negative / a.total;
  const pb = b.positive / b.total;
  const db = b.negative / b.total;
  const estimate = 100 * (pa - da) - 100 * (pb - db) + 0;
  const se =
    100 * Math.sqrt(netVariance(pa, da) / a.nEffective + netVariance(pb, db) / b.nEffective);
  const statistic = se === 0 ? null : estimate / se;
  const pValue = statistic === null ? null : twoSidedZ(statistic);
  const h = zFor(level) * se;
  return {
    test,
    estimate,
    se,
    statistic,
    df: null,
    pValue,
    interval: { lower: estimate - h, upper: estimate + h, level, method: 'wald' },
    level,
    verdict: verdictOf(estimate, pValue, level),
  };
}

/** An NPS result or a tally on 0–10, as a trinomial sample. */
export function npsSample(fn: string, input: NpsResult | Tally): Trinomial {
  const result =
    typeof input === 'object' && (input as unknown) !== null && 'counts' in input
      ? scoreNps(tallyOn(fn, { min: 0, max: 10 }, input))
      : input;
  return trinomialFrom(fn, result, 'promoters', 'detractors', 'passives');
}

/**
 * Compares the NPS of two independent samples (this quarter vs the last, a segment vs the
 * rest): the difference a − b in NPS points, its standard error from the two trinomial
 * variances, SE = 100·√(V_a/n_a + V_b/n_b) with V = p + d − (p − d)², the z statistic, the
 * two-sided p-value, a Wald interval for the difference and the verdict of a relative to b.
 *
 * Weighted results use Kish's effective sample sizes. When the standard error is 0 (both samples
 * all promoters, say) the statistic and p-value are `null` and the verdict is
 * `'no-detectable-difference'`; so it is when either sample is empty (estimate `null`).
 *
 * @param a - The first NPS result or 0–10 tally.
 * @param b - The second.
 * @param options - `level` (default 0.95).
 * @returns The comparison of a relative to b.
 * @throws RangeError for a level outside (0, 1) or a tally on another scale.
 * @throws TypeError for an unknown option or an input that is neither an NPS result nor a tally.
 * @example
 * ```ts
 * const now = npsFromCounts({ promoters: 120, passives: 45, detractors: 30 });
 * const before = npsFromCounts({ promoters: 100, passives: 60, detractors: 40 });
 * const c = compareNps(now, before); // R (the formula above): 16.1538…, p = 0.0355
 * c.estimate?.toFixed(2); // => '16.15'
 * c.verdict; // => 'higher'
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function compareNps(
  a: NpsResult | Tally,
  b: NpsResult | Tally,
  options?: CompareOptions,
): Comparison {
  const fn = 'compareNps';
  const level = checkLevel(fn, readOptions(fn, options, ['level']).level);
  return compareNet(npsSample(fn, a), npsSample(fn, b), level, 'nps-z');
}
