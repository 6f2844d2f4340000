import type { Metric } from '../core/types.js';
import { oneOf, readOptions } from '../internal/options.js';
import { type AdjustMethod, adjustPValues } from '../stats/adjustPValues.js';
import { checkLevel, verdictOf } from '../stats/internal/shared.js';
import type { Comparison, Verdict } from '../stats/types.js';
import { type PeriodTally, readPeriods } from './internal/changesInput.js';

/**
 * Options of {@link periodChanges}.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface PeriodChangesOptions {
  /** The metric that scores and compares the periods' tallies, e.g. `npsMetric`. */
  readonly metric: Metric;
  /** `'previous'` (default): the period before in the array; `'year'`: the same period a year earlier. */
  readonly against?: 'previous' | 'year' | undefined;
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** Adjust the p-values over all comparisons made (as {@link adjustPValues}); default none. */
  readonly adjust?: AdjustMethod | undefined;
}

/**
 * One period's change against its reference period.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface PeriodChange {
  /** The period's key. */
  readonly period: string;
  /** The key of the period compared against, or `null` when there is none in the array. */
  readonly reference: string | null;
  /** The period's score, or `null` when it is empty. */
  readonly score: number | null;
  /** The reference period's score, or `null` when it is missing or empty. */
  readonly referenceScore: number | null;
  /** `metric.compare(period, reference)`, or `null` when either side is missing or empty. */
  readonly comparison: Comparison | null;
  /** The p-value after `adjust` (the comparison's own without it), or `null`. */
  readonly pAdjusted: number | null;
  /** The period relative to its reference, from `pAdjusted`; `null` without a comparison. */
  readonly verdict: Verdict | null;
  /** `true` for the current, unfinished period. */
  readonly partial?: true;
}

/**
 * Compares each period with the previous period or with the same period a year earlier, by the
 * metric's comparison test under the minimum-information rule (below 30 answers in either period
 * an exact test: NPS permutation, Fisher, mean permutation; above it NPS by the adjusted Wald,
 * CSAT and proportions by the two-proportion z, CES by Welch t), with the verdict `'higher'`,
 * `'lower'` or `'no-detectable-difference'`.
 *
 * `against: 'previous'` compares with the period right before in the array, so an empty previous
 * period gives a `null` comparison (filter out empty periods first to compare with the last
 * period that has answers). `against: 'year'` compares with the period whose key has the
 * four-digit year minus one (`2025-03` with `2024-03`, `2025-W09` with `2024-W09`, `FY2026-Q1`
 * with `FY2025-Q1`); a counterpart that is not in the array (or is empty) gives `null`.
 * `adjust` corrects the p-values over all comparisons made, and the verdicts follow.
 * Periods must not overlap: rolling windows share answers, so their differences are not tested.
 *
 * @param periods - Chronological periods with tallies (e.g. the output of `trend()`).
 * @param options - `metric` (required), `against`, `level`, `adjust`.
 * @returns One change per period, in order.
 * @throws TypeError for a bad metric, a period without a string key, a rolling window, a
 *   malformed tally or an unknown option.
 * @throws RangeError for periods out of order, a tally on another scale, a key without a year
 *   (`'year'`) or a level outside (0, 1).
 * @example
 * ```ts
 * const periods = [
 *   { period: '2024-Q1', tally: tallyFromCounts(npsMetric.scale, { 10: 60, 8: 20, 3: 20 }) },
 *   { period: '2024-Q2', tally: tallyFromCounts(npsMetric.scale, { 10: 40, 8: 30, 3: 30 }) },
 * ];
 * const [, q2] = periodChanges(periods, { metric: npsMetric });
 * [q2.referenceScore, q2.score]; // => [40, 10]
 * q2.verdict; // => 'lower'
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function periodChanges(
  periods: readonly PeriodTally[],
  options: PeriodChangesOptions,
): PeriodChange[] {
  const fn = 'periodChanges';
  const o = readOptions(fn, options, ['metric', 'against', 'level', 'adjust']);
  const { metric, points } = readPeriods(fn, periods, o.metric);
  const year = oneOf(fn, 'against', o.against, ['previous', 'year']) === 'year';
  const level = checkLevel(fn, o.level);
  const byKey = new Map(points.map((p) => [p.period, p]));
  const out = points.map((p, i) => {
    let key = points[i - 1]?.period ?? null;
    if (year) {
      key = p.period.replace(/\d{4}/, (y) => String(Number(y) - 1).padStart(4, '0'));
      if (key === p.period) {
        throw new RangeError(
          `${fn}: period at index ${i} has no four-digit year, received ${JSON.stringify(key)}`,
        );
      }
    }
    const ref = key === null ? undefined : byKey.get(key);
    const comparison =
      ref !== undefined && p.x !== null && ref.x !== null
        ? metric.compare(p.tally, ref.tally, { level })
        : null;
    return {
      period: p.period,
      reference: ref?.period ?? null,
      score: p.x,
      referenceScore: ref?.x ?? null,
      comparison,
      pAdjusted: comparison?.pValue ?? null,
      verdict: comparison?.verdict ?? null,
      ...p.flag,
    };
  });
  if (o.adjust === undefined) return out;
  const adjusted = adjustPValues(
    out.map((c) => c.pAdjusted),
    oneOf(fn, 'adjust', o.adjust, ['holm', 'hochberg', 'bonferroni', 'bh', 'by']),
  );
  return out.map((c, i) => {
    const pAdjusted = adjusted[i] as number | null;
    return c.comparison === null
      ? c
      : { ...c, pAdjusted, verdict: verdictOf(c.comparison.estimate, pAdjusted, level) };
  });
}
