import type { Metric, ScoreResult, Tally } from '../core/types.js';
import { checkMetric } from '../internal/options.js';
import { ratio, sum, tallyOn } from '../internal/scoring.js';
import { readSegmentation, without } from './internal/shared.js';
import type { Segmentation, SegmentKey } from './types.js';

/**
 * A segment's contribution to the overall score (see {@link segmentContribution}).
 *
 * @category Segments
 * @since 0.1.0
 */
export interface SegmentContribution {
  /** The segment's key. */
  readonly key: SegmentKey;
  /** The segment's share of the overall total (0…1), or `null` (no data or suppressed). */
  readonly share: number | null;
  /** Overall score minus the overall score without the segment, in score units, or `null`. */
  readonly effect: number | null;
  /** NPS only: the segment's share of all promoters (0…1), else `null`. */
  readonly promoterShare: number | null;
  /** NPS only: the segment's share of all detractors (0…1), else `null`. */
  readonly detractorShare: number | null;
}

/**
 * Measures how much each segment moves the overall score: `effect` is the overall score minus
 * the score of every other row (the overall without the segment), so a large segment below
 * average has a negative effect; `share` is its part of the overall total, and for NPS
 * `promoterShare` and `detractorShare` are its parts of all promoters and detractors.
 *
 * For multi-valued keys "without the segment" means the rows that do not carry the key, and the
 * shares add up to more than 1. Suppressed segments give `null` fields.
 *
 * @param segmentation - The result of {@link segment}.
 * @param metric - The metric the segmentation was scored on.
 * @returns One entry per segment, in the segmentation's order.
 * @throws TypeError for a segmentation that is not one or a bad metric.
 * @throws RangeError for tallies on another scale than the metric's.
 * @example
 * ```ts
 * const rows = [10, 10, 10, 0].map((score, i) => ({ score, team: i < 3 ? 'a' : 'b' }));
 * const s = segment(rows, { by: (r) => r.team, value: (r) => r.score, metric: npsMetric });
 * const [a, b] = segmentContribution(s, npsMetric);
 * // overall NPS 50; without team a (team b alone) -100
 * a.effect; // => 150
 * b.detractorShare; // => 1
 * ```
 * @category Segments
 * @since 0.1.0
 */
export function segmentContribution<R extends ScoreResult>(
  segmentation: Segmentation<R>,
  metric: Metric<R>,
): SegmentContribution[] {
  const fn = 'segmentContribution';
  const s = readSegmentation(fn, segmentation, 'segmentation');
  const m = checkMetric<R>(fn, metric, 'metric');
  const all = tallyOn(fn, m.scale, s.overall);
  const overall = m.score(all).score;
  const nps = m.name === 'nps';
  const part = (t: Tally, from: number, to: number): number | null =>
    nps ? ratio(sum(t.counts, from, to), sum(all.counts, from, to)) : null;
  return s.segments.map(({ key, tally }) => {
    if (tally === null) {
      return { key, share: null, effect: null, promoterShare: null, detractorShare: null };
    }
    const rest = m.score(without(all, tally)).score;
    return {
      key,
      share: ratio(tally.total, all.total),
      effect: overall === null || rest === null ? null : overall - rest + 0,
      promoterShare: part(tally, 9, 11),
      detractorShare: part(tally, 0, 7),
    };
  });
}
