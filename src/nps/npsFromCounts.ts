import type { TallyFromCountsOptions } from '../core/tallyFromCounts.js';
import { buildTally } from '../internal/buildTally.js';
import { excerpt, quote } from '../internal/excerpt.js';
import { nonNegative, readOptions, wholeNumber } from '../internal/options.js';
import { scoreNps } from './internal/scoreNps.js';
import type { NpsResult } from './types.js';

/**
 * Counts per NPS category, e.g. from `SELECT count(*) FILTER (WHERE answer >= 9) …`.
 *
 * @category NPS
 * @since 0.1.0
 */
export interface NpsCounts {
  /** Answers of 9 or 10 (weight sum when weighted). */
  readonly promoters: number;
  /** Answers of 7 or 8 (weight sum when weighted). */
  readonly passives: number;
  /** Answers of 0 to 6 (weight sum when weighted). */
  readonly detractors: number;
}

/**
 * Computes the Net Promoter Score from category counts, e.g. aggregated in SQL.
 *
 * The result is deep-equal to what {@link nps} returns for answers with the same counts (and the
 * same `skipped` and `invalid` when passed as options). All three counts are required, so a typo
 * such as `promotors` throws instead of counting zero. For weighted counts pass `weightSquares`
 * (Σ w²) and `n`, as for {@link tallyFromCounts}.
 *
 * @param counts - `{ promoters, passives, detractors }`: integers, or weight sums with `weightSquares`.
 * @param options - `weightSquares` and `n` for weighted counts; `skipped` and `invalid` to carry along.
 * @returns The same result shape as {@link nps}.
 * @throws TypeError when a count is missing or not a number, or a key is unknown.
 * @throws RangeError when a count is negative, non-integer (unweighted) or inconsistent with `weightSquares`.
 * @example
 * ```ts
 * const r = npsFromCounts({ promoters: 120, passives: 45, detractors: 30 });
 * r.total; // => 195
 * r.score; // => 46.15384615384615
 * ```
 * @category NPS
 * @since 0.1.0
 */
export function npsFromCounts(counts: NpsCounts, options?: TallyFromCountsOptions): NpsResult {
  const fn = 'npsFromCounts';
  const opts = readOptions(fn, options, ['weightSquares', 'n', 'skipped', 'invalid']);
  if (typeof counts !== 'object' || (counts as unknown) === null) {
    throw new TypeError(
      `${fn}: counts must be an object { promoters, passives, detractors }, received ${excerpt(counts)}`,
    );
  }
  const keys = ['promoters', 'passives', 'detractors'] as const;
  for (const key of Object.keys(counts)) {
    if (!(keys as readonly string[]).includes(key)) {
      throw new TypeError(
        `${fn}: unknown count ${quote(key)}; expected promoters, passives and detractors`,
      );
    }
  }
  const [p, pa, d] = keys.map((key) => {
    const x = Object.hasOwn(counts, key) ? counts[key] : undefined;
    return opts.weightSquares === undefined ? wholeNumber(fn, key, x) : nonNegative(fn, key, x);
  }) as [number, number, number];
  return scoreNps(buildTally(fn, { min: 0, max: 10 }, [d, 0, 0, 0, 0, 0, 0, pa, 0, p, 0], opts));
}
