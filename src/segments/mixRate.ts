import type { ScoreResult } from '../core/types.js';
import { keyId, readSegmentation } from './internal/shared.js';
import type { Segmentation, SegmentKey } from './types.js';

/**
 * One segment's part of a score change (see {@link mixRate}).
 *
 * @category Segments
 * @since 0.1.0
 */
export interface MixRateSegment {
  /** The segment's key. */
  readonly key: SegmentKey;
  /** Its share of the total before and after (0 when absent). */
  readonly weights: readonly [number, number];
  /** Its score before and after (`null` when absent or empty). */
  readonly scores: readonly [number | null, number | null];
  /** (w₁ − w₀)(r̄ − R̄): the change from the segment's share of the answers; `null` when a period has no answers. */
  readonly mix: number | null;
  /** w̄ (r₁ − r₀): the change from the segment's own score; `null` when a period has no answers. */
  readonly rate: number | null;
}

/**
 * The decomposition of an overall score change (see {@link mixRate}).
 *
 * @category Segments
 * @since 0.1.0
 */
export interface MixRate {
  /** The overall score before and after (Σ w·r over the segments), `null` without answers. */
  readonly scores: readonly [number | null, number | null];
  /** After minus before, `null` when either period has no answers. */
  readonly change: number | null;
  /** Σ of the segments' mix parts. */
  readonly mix: number | null;
  /** Σ of the segments' rate parts; mix + rate = change. */
  readonly rate: number | null;
  /** The segments of both periods (first the keys seen before, then new ones). */
  readonly segments: readonly MixRateSegment[];
}

/**
 * Splits the change of an overall score between two periods into segment mix (the answers moved
 * between segments) and rate (the segments' own scores moved), in the exact midpoint form:
 * mix = Σ (w₁ − w₀)(r̄ₛ − R̄), rate = Σ w̄ₛ (r₁ − r₀), where w are the segments' shares of the
 * total, r their scores and bars the means of the two periods. The parts sum to the change
 * (to floating-point rounding), because every metric here is the total-weighted mean of its
 * segments' scores. A segment absent (or empty) in one period takes its score from the other.
 *
 * @param before - The segmentation of the first period (from {@link segment}).
 * @param after - The segmentation of the second period, on the same metric.
 * @returns The change, its mix and rate parts, and each segment's parts.
 * @throws TypeError for an argument that is not a segmentation (`null`, a segment whose score is
 *   not a number, such as `"1"`).
 * @throws RangeError for multi-valued keys (the decomposition needs a partition) or suppressed segments.
 * @example
 * ```ts
 * const s = (rows) => segment(rows, { by: (r) => r.ch, value: (r) => r.x, metric: npsMetric });
 * const q1 = s([{ ch: 'web', x: 10 }, { ch: 'phone', x: 0 }]);
 * const q2 = s([{ ch: 'web', x: 10 }, { ch: 'web', x: 10 }, { ch: 'phone', x: 0 }]);
 * const d = mixRate(q1, q2);
 * [d.change?.toFixed(2), d.mix?.toFixed(2), d.rate]; // => ['33.33', '33.33', 0]
 * ```
 * @category Segments
 * @since 0.1.0
 */
export function mixRate<R extends ScoreResult>(
  before: Segmentation<R>,
  after: Segmentation<R>,
): MixRate {
  const fn = 'mixRate';
  const periods = [
    readSegmentation(fn, before, 'before'),
    readSegmentation(fn, after, 'after'),
  ] as const;
  const rows = new Map<string, { key: SegmentKey; t: number[]; r: (number | null)[] }>();
  const T = [0, 0];
  periods.forEach((s, p) => {
    if (s.multiValued) throw new RangeError(`${fn}: multi-valued keys do not partition the rows`);
    for (const { key, total, score } of s.segments) {
      if (total === null) throw new RangeError(`${fn}: segment ${keyId(key)} is suppressed`);
      const id = keyId(key);
      const row = rows.get(id) ?? { key, t: [0, 0], r: [null, null] };
      rows.set(id, row);
      row.t[p] = total;
      row.r[p] = score;
      T[p] = (T[p] as number) + total;
    }
  });
  const [T0, T1] = T as [number, number];
  const ok = T0 > 0 && T1 > 0;
  const list = [...rows.values()].map(({ key, t, r }) => {
    const r0 = r[0] ?? r[1] ?? 0;
    return {
      key,
      w: [T0 > 0 ? (t[0] as number) / T0 : 0, T1 > 0 ? (t[1] as number) / T1 : 0] as const,
      scores: r as [number | null, number | null],
      r0,
      r1: r[1] ?? r0,
    };
  });
  let R0 = 0;
  let R1 = 0;
  for (const { w, r0, r1 } of list) {
    R0 += w[0] * r0;
    R1 += w[1] * r1;
  }
  let mix = 0;
  let rate = 0;
  const segments = list.map(({ key, w, scores, r0, r1 }) => {
    const m = (w[1] - w[0]) * ((r0 + r1 - R0 - R1) / 2) + 0;
    const q = ((w[0] + w[1]) / 2) * (r1 - r0) + 0;
    mix += m;
    rate += q;
    return { key, weights: w, scores, mix: ok ? m : null, rate: ok ? q : null };
  });
  return {
    scores: [T0 > 0 ? R0 : null, T1 > 0 ? R1 : null],
    change: ok ? R1 - R0 + 0 : null,
    mix: ok ? mix + 0 : null,
    rate: ok ? rate + 0 : null,
    segments,
  };
}
