import type { Metric, ScoreResult, Tally } from '../core/types.js';
import { checkMetric, oneOf, readOptions } from '../internal/options.js';
import { tallyOn } from '../internal/scoring.js';
import { compareGroups } from '../stats/compareGroups.js';
import type { DistributionTest } from '../stats/internal/chiSquare.js';
import { checkLevel } from '../stats/internal/shared.js';
import {
  ADJUST,
  type AdjustedComparison,
  adjust,
  readSegmentation,
  without,
} from './internal/shared.js';
import type { Segmentation, SegmentKey } from './types.js';

/**
 * Options of {@link compareSegments}.
 *
 * @category Segments
 * @since 0.1.0
 */
export interface CompareSegmentsOptions {
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The multiple-comparison adjustment across segments: `'holm'` (default), `'bh'`, `'hochberg'`, `'bonferroni'` or `'by'`. */
  readonly adjust?: (typeof ADJUST)[number] | undefined;
}

/**
 * The result of {@link compareSegments}.
 *
 * @category Segments
 * @since 0.1.0
 */
export interface SegmentTests {
  /** Each segment against the rest, in the segmentation's order. */
  readonly segments: readonly ({ readonly key: SegmentKey } & AdjustedComparison)[];
  /** The k-group chi-square test across the segments, or `null` for multi-valued keys or no segments. */
  readonly omnibus: DistributionTest | null;
  /** The adjustment applied. */
  readonly adjust: (typeof ADJUST)[number];
}

/**
 * Tests each segment against the rest of the population (not against the overall, which
 * contains the segment), with the metric's `compare`, and adjusts the p-values across segments.
 *
 * The rest of a segment is every counted row without its key: for a partition, the other
 * segments merged (computed exactly as overall minus the segment); for multi-valued keys, the
 * rows that do not carry the key (including rows with no key at all). The verdict is the segment
 * relative to the rest and comes from the adjusted p-value (Holm by default, as R's `p.adjust`).
 * The omnibus test is {@link compareGroups} over the segments' tallies; it assumes disjoint
 * groups, so it is `null` for multi-valued keys. Suppressed segments get a `null` comparison and
 * are left out of the omnibus test.
 *
 * @param segmentation - The result of {@link segment}.
 * @param metric - The metric the segmentation was scored on.
 * @param options - `level` (default 0.95) and `adjust` (default `'holm'`).
 * @returns The comparisons and the omnibus test.
 * @throws TypeError for a segmentation that is not one (`null`, a malformed tally), a bad
 *   metric or an unknown option.
 * @throws RangeError for a level outside (0, 1) or tallies on another scale than the metric's.
 * @example
 * ```ts
 * const rows = [
 *   ...Array.from({ length: 40 }, () => ({ team: 'a', score: 10 })),
 *   ...Array.from({ length: 40 }, () => ({ team: 'b', score: 2 })),
 *   ...Array.from({ length: 40 }, (_, i) => ({ team: 'c', score: i % 2 === 0 ? 10 : 2 })),
 * ];
 * const s = segment(rows, { by: (r) => r.team, value: (r) => r.score, metric: npsMetric });
 * const t = compareSegments(s, npsMetric);
 * t.segments.map((x) => x.verdict); // => ['higher', 'lower', 'no-detectable-difference']
 * t.omnibus?.verdict; // => 'different'
 * ```
 * @category Segments
 * @since 0.1.0
 */
export function compareSegments<R extends ScoreResult>(
  segmentation: Segmentation<R>,
  metric: Metric<R>,
  options?: CompareSegmentsOptions,
): SegmentTests {
  const fn = 'compareSegments';
  const { overall, segments, multiValued } = readSegmentation(fn, segmentation, 'segmentation');
  const m = checkMetric<R>(fn, metric, 'metric');
  tallyOn(fn, m.scale, overall);
  const o = readOptions(fn, options, ['level', 'adjust']);
  const level = checkLevel(fn, o.level);
  const method = oneOf(fn, 'adjust', o.adjust, [...ADJUST]);
  const tallies: Tally[] = [];
  const list = segments.map(({ key, tally }) => {
    if (tally !== null) tallies.push(tally);
    return {
      key,
      comparison: tally === null ? null : m.compare(tally, without(overall, tally), { level }),
    };
  });
  return {
    segments: adjust(list, method, level),
    omnibus: multiValued || tallies.length === 0 ? null : compareGroups(tallies, { level }),
    adjust: method,
  };
}
