import type { Tally } from '../core/types.js';
import { oneOf, readOptions } from '../internal/options.js';
import { tallyOn } from '../internal/scoring.js';
import { scoreNps } from '../nps/internal/scoreNps.js';
import type { NpsResult } from '../nps/types.js';
import { type NpsCounts, npsPermutationP } from './internal/exact/npsPermutation.js';
import { EXACT_BELOW } from './internal/minimumInformation.js';
import {
  checkLevel,
  clipped,
  noComparison,
  twoSidedZ,
  verdictOf,
  zFor,
} from './internal/shared.js';
import { netVariance, type Trinomial, trinomialFrom } from './internal/trinomial.js';
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

/**
 * The asymptotic tests of two NPS: `'adjusted-wald'` (Lewis & Sauro, the default) or `'wald'`
 * (unadjusted, as R NPS `nps.test`).
 *
 * @category Statistics
 * @since 0.2.0
 */
export type CompareNpsMethod = 'adjusted-wald' | 'wald';

/**
 * Options of {@link compareNps} (and of `npsMetric.compare`).
 *
 * @category Statistics
 * @since 0.2.0
 */
export interface CompareNpsOptions extends CompareOptions {
  /**
   * The test above 30 effective answers per group: `'adjusted-wald'` (default) or `'wald'`.
   * Below that, or when `'wald'` collapses (a group's variance is 0), the exact or adjusted test
   * decides and `test` says which.
   */
  readonly method?: CompareNpsMethod | undefined;
}

/** The methods, the default first. */
export const COMPARE_NPS_METHODS: readonly [CompareNpsMethod, ...CompareNpsMethod[]] = [
  'adjusted-wald',
  'wald',
];

/** Integer counts of a trinomial sample (its amounts must be integer counts). */
function counts(t: Trinomial): NpsCounts {
  return {
    promoters: t.positive,
    passives: t.total - t.positive - t.negative,
    detractors: t.negative,
  };
}

/**
 * The difference of two net scores (in points) and its standard error: Wald (`add` = 0) or
 * adjusted Wald (`add` = 3: +0.75 positive, +1.5 neutral, +0.75 negative answers per group).
 */
function netDifference(a: Trinomial, b: Trinomial, add: number): { centre: number; se: number } {
  const side = (t: Trinomial): { net: number; v: number } => {
    const m = t.nEffective + add;
    const p = ((t.positive / t.total) * t.nEffective + add / 4) / m;
    const d = ((t.negative / t.total) * t.nEffective + add / 4) / m;
    return { net: p - d, v: netVariance(p, d) / m };
  };
  const x = side(a);
  const y = side(b);
  return { centre: 100 * (x.net - y.net), se: 100 * Math.sqrt(x.v + y.v) };
}

/**
 * Compares two independent net scores (in points, −100…100 each) under the minimum-information
 * rule: the exact permutation test when either group has fewer than `EXACT_BELOW` answers and
 * both are integer counts; else the adjusted Wald test, or the Wald test when chosen and not
 * collapsed (both groups ≥ `EXACT_BELOW` and neither variance 0).
 */
export function compareNet(
  a: Trinomial,
  b: Trinomial,
  level: number,
  method: CompareNpsMethod,
): Comparison {
  if (a.total === 0 || b.total === 0) {
    return noComparison(`nps-${method}`, level, method);
  }
  const estimate =
    (100 * (a.positive - a.negative)) / a.total - (100 * (b.positive - b.negative)) / b.total + 0;
  const small = a.nEffective < EXACT_BELOW || b.nEffective < EXACT_BELOW;
  const collapsed =
    netVariance(a.positive / a.total, a.negative / a.total) === 0 ||
    netVariance(b.positive / b.total, b.negative / b.total) === 0;
  const used: CompareNpsMethod =
    method === 'wald' && !small && !collapsed ? 'wald' : 'adjusted-wald';
  const { centre, se } = netDifference(a, b, used === 'wald' ? 0 : 3);
  const h = zFor(level) * se;
  const interval = clipped(centre - h, centre + h, -200, 200, level, used);
  if (small && a.integer && b.integer) {
    const pValue = npsPermutationP(counts(a), counts(b));
    const verdict = verdictOf(estimate, pValue, level);
    return {
      test: 'nps-permutation',
      estimate,
      se,
      statistic: null,
      df: null,
      pValue,
      interval,
      level,
      verdict,
    };
  }
  const statistic = centre / se;
  const pValue = twoSidedZ(statistic);
  // The adjusted difference can differ in sign from the raw one by a hair: then no verdict.
  const verdict = verdictOf(centre * estimate > 0 ? estimate : 0, pValue, level);
  return {
    test: `nps-${used}`,
    estimate,
    se,
    statistic,
    df: null,
    pValue,
    interval,
    level,
    verdict,
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
 * rest): the difference a − b in NPS points (`estimate`, the raw difference), a test, its
 * two-sided p-value, an interval for the difference and the verdict of a relative to b.
 *
 * The test follows the minimum-information rule (below 30 effective answers a normal
 * approximation has nothing to stand on):
 * - either group below 30 answers, both unweighted: the exact permutation test of the NPS
 *   difference given the pooled promoter, passive and detractor counts (`test:
 *   'nps-permutation'`, `statistic: null`), p = P(|Δ| ≥ |Δ_obs|) over every relabelling of the
 *   answers — the same p as R's `coin::oneway_test(score ~ group, distribution = exact())` on
 *   scores 1/0/−1;
 * - otherwise, by default, the adjusted-Wald test of Lewis & Sauro (MeasuringU, "How to
 *   Statistically Compare Two Net Promoter Scores"): each group gets +¾ promoter, +1½ passive,
 *   +¾ detractor (n + 3), z = (NPS′_a − NPS′_b)/SE′ with SE′ = 100·√(V′_a/n′_a + V′_b/n′_b) and
 *   V = p + d − (p − d)² (`test: 'nps-adjusted-wald'`); weighted groups below 30 effective
 *   answers use it too;
 * - `method: 'wald'`: the unadjusted test, SE = 100·√(V_a/n_a + V_b/n_b), as R NPS's
 *   `nps.test` (`test: 'nps-wald'`), unless it collapses — a group with variance 0 (all
 *   promoters, all passives…) — or a group is below 30: then the test above decides and `test`
 *   says which.
 *
 * `se` and `interval` come from the asymptotic test used (the adjusted one for the exact test),
 * the interval centred on its difference and clipped to −200…200. The verdict comes from the
 * p-value (and is `'no-detectable-difference'` in the rare case where the adjusted difference
 * and the raw one differ in sign). Either sample empty: `null` fields.
 *
 * @param a - The first NPS result or 0–10 tally.
 * @param b - The second.
 * @param options - `level` (default 0.95) and `method` (`'adjusted-wald'` by default, or `'wald'`).
 * @returns The comparison of a relative to b.
 * @throws RangeError for a level outside (0, 1) (or too close to 1) or a tally on another scale.
 * @throws TypeError for an unknown option or method, or an input that is neither an NPS result nor a tally.
 * @example
 * ```ts
 * const now = npsFromCounts({ promoters: 120, passives: 45, detractors: 30 });
 * const before = npsFromCounts({ promoters: 100, passives: 60, detractors: 40 });
 * const c = compareNps(now, before); // R (test/fixtures/stats/exact.R): p = 0.03724
 * [c.test, c.estimate?.toFixed(2), c.pValue?.toFixed(4)]; // => ['nps-adjusted-wald', '16.15', '0.0372']
 * c.verdict; // => 'higher'
 * compareNps(now, before, { method: 'wald' }).pValue?.toFixed(4); // => '0.0355'
 * // One promoter against 1,000 mixed answers: exact test, no verdict.
 * const one = compareNps(nps([10]), npsFromCounts({ promoters: 300, passives: 400, detractors: 300 }));
 * [one.test, one.pValue?.toFixed(4), one.verdict]; // => ['nps-permutation', '0.6004', 'no-detectable-difference']
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function compareNps(
  a: NpsResult | Tally,
  b: NpsResult | Tally,
  options?: CompareNpsOptions,
): Comparison {
  const fn = 'compareNps';
  const o = readOptions(fn, options, ['level', 'method']);
  const level = checkLevel(fn, o.level);
  const method = oneOf(fn, 'method', o.method, COMPARE_NPS_METHODS);
  return compareNet(npsSample(fn, a), npsSample(fn, b), level, method);
}
