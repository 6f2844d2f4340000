import type { Metric } from '../core/types.js';
import { deepFreeze } from '../internal/freeze.js';
import { tallyOn } from '../internal/scoring.js';
import { compareScores } from '../stats/internal/compareScores.js';
import { scoreInterval } from '../stats/internal/scoreInterval.js';
import { scoreNps } from './internal/scoreNps.js';
import type { NpsResult } from './types.js';

/**
 * The Net Promoter Score as a {@link Metric}: scale 0–10, score −100…100, higher is better.
 *
 * Pass it to the trend, segment and target functions, or use it directly:
 * `npsMetric.score(tally)`, `npsMetric.interval(tally, options)` (as {@link npsInterval}) and
 * `npsMetric.compare(a, b, options)` (as {@link compareNps}). Tallies are validated and must be
 * on the 0–10 scale. The object is deeply frozen: assigning to it (or to its `scale`) throws in
 * strict mode and changes nothing otherwise.
 *
 * @example
 * ```ts
 * const t = tallyFromCounts({ min: 0, max: 10 }, { 10: 6, 8: 2, 3: 2 });
 * npsMetric.score(t).score; // => 40
 * ```
 * @category NPS
 * @since 0.1.0
 */
export const npsMetric: Metric<NpsResult> = /* @__PURE__ */ deepFreeze({
  name: 'nps',
  scale: { min: 0, max: 10 },
  range: { min: -100, max: 100 },
  better: 'higher',
  score: (tally) => scoreNps(tallyOn('npsMetric.score', { min: 0, max: 10 }, tally)),
  interval: (tally, options) =>
    scoreInterval(
      'npsMetric.interval',
      scoreNps(tallyOn('npsMetric.interval', { min: 0, max: 10 }, tally)),
      options,
    ),
  compare: (a, b, options) =>
    compareScores(
      'npsMetric.compare',
      scoreNps(tallyOn('npsMetric.compare', { min: 0, max: 10 }, a)),
      scoreNps(tallyOn('npsMetric.compare', { min: 0, max: 10 }, b)),
      options,
    ),
});
