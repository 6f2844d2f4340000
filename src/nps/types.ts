import type { MetricDescriptor, ScoreResult } from '../core/types.js';

/**
 * The NPS metric as plain data: scale 0–10, score range −100…100, higher is better.
 *
 * @category NPS
 * @since 0.1.0
 */
export interface NpsDescriptor extends MetricDescriptor {
  /** Always `'nps'`. */
  readonly name: 'nps';
}

/**
 * The result of scoring NPS answers: counts per category, then the score.
 *
 * `score` = 100 × (promoters − detractors) / total, in −100…100, or `null` when `total` is 0.
 * With weights, the category counts are weight sums and `nEffective` is Kish's effective n.
 * Category shares are `promoters / total` etc.; they are left out of the result to keep
 * `import { nps }` under 1.5 kB (the presentation helpers format them, rounded so they add up).
 *
 * @category NPS
 * @since 0.1.0
 */
export interface NpsResult extends ScoreResult<NpsDescriptor> {
  /** Answers of 9 or 10 (weight sum when weighted). */
  readonly promoters: number;
  /** Answers of 7 or 8 (weight sum when weighted). */
  readonly passives: number;
  /** Answers of 0 to 6 (weight sum when weighted). */
  readonly detractors: number;
  /** The Net Promoter Score in −100…100, or `null` when nothing was counted. */
  readonly score: number | null;
}
