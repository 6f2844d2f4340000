import type { Accessor, Direction, Rows, Weights } from '../core/types.js';
import { fail } from '../internal/count.js';
import { excerpt } from '../internal/excerpt.js';
import { oneOf, readOptions } from '../internal/options.js';
import { readLength } from '../internal/read.js';
import type { NpsCategory } from '../nps/npsCategory.js';
import { type ProportionResult, proportionMetric } from '../proportion/proportionMetric.js';
import { checkLevel } from '../stats/internal/shared.js';
import { ADJUST, type AdjustedComparison, adjust } from './internal/shared.js';
import { segmentFor } from './segment.js';
import type { Segmentation } from './types.js';

/**
 * Options of {@link loyaltyOutcomes}.
 *
 * @typeParam T - The row type.
 * @category Segments
 * @since 0.1.0
 */
export interface LoyaltyOutcomesOptions<T> {
  /** Reads the 0–10 recommend answer; a missing one excludes the row (counted). */
  readonly nps: Accessor<T>;
  /** Reads the outcome, 1 or 0 (churned, bought again); missing ones are counted as skipped. */
  readonly outcome: Accessor<T>;
  /** Whether a higher outcome share is better (default `'higher'`; `'lower'` for churn). */
  readonly better?: Direction | undefined;
  /** Weights such as revenue or lifetime value per customer, for value-weighted shares. */
  readonly weight?: Weights<T> | undefined;
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The adjustment across the three comparisons (default `'holm'`). */
  readonly adjust?: (typeof ADJUST)[number] | undefined;
}

/**
 * The result of {@link loyaltyOutcomes}.
 *
 * @category Segments
 * @since 0.1.0
 */
export interface LoyaltyOutcomes {
  /** The outcome per NPS category (keys `'promoter'`, `'passive'`, `'detractor'`, in that order when present). */
  readonly groups: Segmentation<ProportionResult>;
  /** Promoters vs passives, promoters vs detractors and passives vs detractors (percentage points). */
  readonly comparisons: readonly ({
    readonly key: readonly [NpsCategory, NpsCategory];
  } & AdjustedComparison)[];
}

const ORDER: readonly NpsCategory[] = ['promoter', 'passive', 'detractor'];

/**
 * Scores a binary outcome (churned, bought again) per NPS category and compares the categories:
 * the link from NPS to churn and customer value. Each category's outcome is a
 * {@link proportionMetric} result (share in percent); the three pairwise comparisons use the
 * two-proportion z test, with p-values adjusted across the three (Holm by default). With
 * `weight` (revenue, lifetime value) the shares are value-weighted and every test uses Kish's
 * effective sample size.
 *
 * @param rows - The rows.
 * @param options - `nps`, `outcome`, and `better`, `weight`, `level`, `adjust`.
 * @returns The groups and the comparisons.
 * @throws RangeError for an NPS answer that is not an integer from 0 to 10 (naming the row
 *   index) or an outcome that is not 0 or 1; TypeError for rows that are not a list (`null`,
 *   `{ rows: [...] }`), a non-number or an unknown option.
 * @example
 * ```ts
 * const rows = [
 *   { nps: 10, churned: 0 },
 *   { nps: 9, churned: 0 },
 *   { nps: 3, churned: 1 },
 *   { nps: 5, churned: 0 },
 * ];
 * const o = loyaltyOutcomes(rows, { nps: (r) => r.nps, outcome: (r) => r.churned, better: 'lower' });
 * o.groups.segments.map((g) => [g.key, g.result?.score]); // => [['promoter', 0], ['detractor', 50]]
 * ```
 * @category Segments
 * @since 0.1.0
 */
export function loyaltyOutcomes<T>(
  rows: Rows<T>,
  options: LoyaltyOutcomesOptions<T>,
): LoyaltyOutcomes {
  const fn = 'loyaltyOutcomes';
  readLength(fn, rows, 'rows');
  const o = readOptions(fn, options, ['nps', 'outcome', 'better', 'weight', 'level', 'adjust']);
  const level = checkLevel(fn, o.level);
  const method = oneOf(fn, 'adjust', o.adjust, [...ADJUST]);
  const metric = proportionMetric({ better: o.better as Direction | undefined });
  const answer = o.nps as Accessor<T>;
  if (typeof answer !== 'function')
    throw new TypeError(`${fn}: option nps must be an accessor, received ${excerpt(answer)}`);
  const s = segmentFor(fn, rows, {
    by: (row, i) => {
      const x = answer(row, i);
      if (x === null || x === undefined) return x;
      return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10
        ? x >= 9
          ? 'promoter'
          : x >= 7
            ? 'passive'
            : 'detractor'
        : fail(fn, `NPS answer at index ${i} must be an integer from 0 to 10`, x);
    },
    value: o.outcome as Accessor<T>,
    metric,
    weight: o.weight as Weights<T> | undefined,
  });
  const rank = (k: unknown): number => ORDER.indexOf(k as NpsCategory);
  const segments = [...s.segments].sort((a, b) => rank(a.key) - rank(b.key));
  const tallyOf = (c: NpsCategory) => segments.find((g) => g.key === c)?.tally;
  const pairs: [NpsCategory, NpsCategory][] = [
    ['promoter', 'passive'],
    ['promoter', 'detractor'],
    ['passive', 'detractor'],
  ];
  const list = pairs.map((key) => {
    const a = tallyOf(key[0]);
    const b = tallyOf(key[1]);
    return { key, comparison: a && b ? metric.compare(a, b, { level }) : null };
  });
  return { groups: { ...s, segments }, comparisons: adjust(list, method, level) };
}
