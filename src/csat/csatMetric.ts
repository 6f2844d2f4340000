import type { Metric, Tally } from '../core/types.js';
import { deepFreeze } from '../internal/freeze.js';
import { readOptions } from '../internal/options.js';
import { tallyOn } from '../internal/scoring.js';
import { compareScores } from '../stats/internal/compareScores.js';
import { scoreInterval } from '../stats/internal/scoreInterval.js';
import { csatDescriptor, scoreCsat } from './internal/scoreCsat.js';
import type { CsatResult, CsatScaleOptions } from './types.js';

/**
 * Creates the CSAT top-box metric for a scale, to pass to trend, segment and target functions.
 *
 * The score is the top-box share in percent (range 0…100, higher is better). Defaults: scale
 * 1–5, `topBox` 2, `bottomBox` equal to `topBox`.
 *
 * @param options - `scale`, `topBox`, `bottomBox` (a preset such as `CSAT_5_POINT` fits).
 * @returns A deeply frozen metric whose `score(tally)` returns a {@link CsatResult}.
 * @throws RangeError for a bad scale or boxes that do not fit it.
 * @throws TypeError for an unknown option.
 * @example
 * ```ts
 * const m = csatMetric({ scale: { min: 1, max: 10 }, topBox: 3 });
 * m.score(tallyFromCounts(m.scale, { 10: 2, 8: 1, 7: 1 })).score; // => 75
 * ```
 * @category CSAT
 * @since 0.1.0
 */
export function csatMetric(options?: CsatScaleOptions): Metric<CsatResult> {
  const fn = 'csatMetric';
  const d = csatDescriptor(fn, readOptions(fn, options, ['scale', 'topBox', 'bottomBox']));
  const score = (where: string, tally: Tally): CsatResult =>
    scoreCsat(d, tallyOn(where, d.scale, tally));
  return deepFreeze({
    ...d,
    score: (tally) => score('csatMetric.score', tally),
    interval: (tally, o) =>
      scoreInterval('csatMetric.interval', score('csatMetric.interval', tally), o),
    compare: (a, b, o) =>
      compareScores(
        'csatMetric.compare',
        score('csatMetric.compare', a),
        score('csatMetric.compare', b),
        o,
      ),
  });
}
