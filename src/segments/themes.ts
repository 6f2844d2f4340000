import type { Accessor, Rows, Weights } from '../core/types.js';
import { excerpt } from '../internal/excerpt.js';
import { readOptions } from '../internal/options.js';
import { readLength } from '../internal/read.js';
import { ratio, sum } from '../internal/scoring.js';
import { npsMetric } from '../nps/npsMetric.js';
import { without } from './internal/shared.js';
import { segmentFor } from './segment.js';
import type { KeyAccessor, KeyPart } from './types.js';

/**
 * Options of {@link themes}.
 *
 * @typeParam T - The row type.
 * @category Segments
 * @since 0.1.0
 */
export interface ThemesOptions<T> {
  /** Reads a row's themes (tags): an array (empty for none), or `null`/`undefined` when not coded (excluded, counted). */
  readonly tags: KeyAccessor<T>;
  /** Reads the 0–10 recommend answer. */
  readonly value: Accessor<T>;
  /** Sampling weights. */
  readonly weight?: Weights<T> | undefined;
}

/**
 * One theme (see {@link themes}).
 *
 * @category Segments
 * @since 0.1.0
 */
export interface Theme {
  /** The theme. */
  readonly theme: KeyPart;
  /** Rows with a valid answer that mention it. */
  readonly n: number;
  /** Detractors mentioning it (weight sum when weighted). */
  readonly detractors: number;
  /** Promoters mentioning it (weight sum when weighted). */
  readonly promoters: number;
  /** The share of all detractors that mention it (0…1), or `null` without detractors. */
  readonly detractorShare: number | null;
  /** The share of all promoters that mention it (0…1), or `null` without promoters. */
  readonly promoterShare: number | null;
  /** The NPS of the rows that mention it. */
  readonly score: number | null;
  /** The NPS of the rows that do not (including rows with no theme). */
  readonly scoreWithout: number | null;
}

/**
 * Finds which themes (free-text tags) detractors mention more than promoters: for each theme,
 * the number of detractors and promoters that mention it, their shares of all detractors and
 * promoters, and the NPS of the rows with and without it. A row with several themes counts in
 * each, so shares add up to more than 1. Themes come sorted by detractor share minus promoter
 * share, largest first (the themes most typical of detractors), ties in first-seen order.
 *
 * @param rows - The rows.
 * @param options - `tags`, `value`, and `weight`.
 * @returns One entry per theme.
 * @throws TypeError for rows that are not a list (`null`, `{ rows: [...] }`), a missing `tags`
 *   accessor, and as {@link segment} does.
 * @throws RangeError as {@link segment} does.
 * @example
 * ```ts
 * const rows = [
 *   { tags: ['price'], x: 2 },
 *   { tags: ['price', 'support'], x: 4 },
 *   { tags: ['support'], x: 10 },
 *   { tags: [], x: 9 },
 * ];
 * const t = themes(rows, { tags: (r) => r.tags, value: (r) => r.x });
 * t.map((x) => [x.theme, x.detractorShare, x.promoterShare]); // => [['price', 1, 0], ['support', 0.5, 0.5]]
 * t[0].scoreWithout; // => 100
 * ```
 * @category Segments
 * @since 0.1.0
 */
export function themes<T>(rows: Rows<T>, options: ThemesOptions<T>): Theme[] {
  const fn = 'themes';
  readLength(fn, rows, 'rows');
  const o = readOptions(fn, options, ['tags', 'value', 'weight']);
  if (typeof o.tags !== 'function')
    throw new TypeError(`${fn}: option tags must be an accessor, received ${excerpt(o.tags)}`);
  const s = segmentFor(fn, rows, {
    by: o.tags as KeyAccessor<T>,
    value: o.value as Accessor<T>,
    weight: o.weight as Weights<T> | undefined,
    metric: npsMetric,
  });
  const all = s.overall;
  const out = s.segments.map(({ key, result, tally }) => {
    // No minN here, so every segment has its tally and result.
    const r = result as NonNullable<typeof result>;
    return {
      theme: key as KeyPart,
      n: r.n,
      detractors: r.detractors,
      promoters: r.promoters,
      detractorShare: ratio(r.detractors, sum(all.counts, 0, 7)),
      promoterShare: ratio(r.promoters, sum(all.counts, 9, 11)),
      score: r.score,
      scoreWithout: npsMetric.score(without(all, tally as NonNullable<typeof tally>)).score,
    };
  });
  const gap = (x: Theme): number => (x.detractorShare ?? 0) - (x.promoterShare ?? 0);
  return out.sort((a, b) => gap(b) - gap(a));
}
