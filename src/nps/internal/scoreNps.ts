import type { Tally } from '../../core/types.js';
import { clamp } from '../../internal/buildTally.js';
import { resultBase, sum } from '../../internal/scoring.js';
import type { NpsResult } from '../types.js';

/** Scores a tally on the 0–10 scale (unchecked; callers validate). */
export function scoreNps(t: Tally): NpsResult {
  const c = t.counts;
  const detractors = sum(c, 0, 7);
  const passives = sum(c, 7, 9);
  const promoters = sum(c, 9, 11);
  const total = t.total;
  return {
    ...resultBase(
      { name: 'nps', scale: { min: 0, max: 10 }, range: { min: -100, max: 100 }, better: 'higher' },
      t,
    ),
    promoters,
    passives,
    detractors,
    // 100 × (P − D) is exact for integer counts, so the division is the only rounding; the
    // clamp only acts on weighted sums, which can overshoot ±100 by an ulp.
    score: total === 0 ? null : clamp((100 * (promoters - detractors)) / total, -100, 100),
  };
}
