import type { Metric, Tally } from '../core/types.js';
import { deepFreeze } from '../internal/freeze.js';
import { readOptions } from '../internal/options.js';
import { tallyOn } from '../internal/scoring.js';
import { compareScores } from '../stats/internal/compareScores.js';
import { scoreInterval } from '../stats/internal/scoreInterval.js';
import { cesDescriptor, scoreCes } from './internal/scoreCes.js';
import type { CesResult, CesScaleOptions } from './types.js';

/**
 * Creates the Customer Effort Score metric for a scale, to pass to trend, segment and target
 * functions.
 *
 * The score is the mean answer (range: the scale). `better` follows `easier`, so with
 * `easier: 'lower'` a lower mean is better everywhere downstream.
 *
 * @param options - `scale` (default 1–7), `easier` (default `'higher'`), `easyBox` (a preset such as `CES_5_EFFORT` fits).
 * @returns A deeply frozen metric whose `score(tally)` returns a {@link CesResult}.
 * @throws RangeError for a bad scale or an easy box that does not fit it.
 * @throws TypeError for an unknown option or a bad `easier`.
 * @example
 * ```ts
 * const m = cesMetric({ scale: { min: 1, max: 5 }, easier: 'lower' });
 * m.better; // => 'lower'
 * m.score(tallyFromCounts(m.scale, [3, 1, 0, 0, 1])).easyShare; // => 0.8
 * ```
 * @category CES
 * @since 0.1.0
 */
export function cesMetric(options?: CesScaleOptions): Metric<CesResult> {
  const fn = 'cesMetric';
  const d = cesDescriptor(fn, readOptions(fn, options, ['scale', 'easier', 'easyBox']));
  const score = (where: string, tally: Tally): CesResult =>
    scoreCes(d, tallyOn(where, d.scale, tally));
  return deepFreeze({
    ...d,
    score: (tally) => score('cesMetric.score', tally),
    interval: (tally, o) =>
      scoreInterval('cesMetric.interval', score('cesMetric.interval', tally), o),
    compare: (a, b, o) =>
      compareScores(
        'cesMetric.compare',
        score('cesMetric.compare', a),
        score('cesMetric.compare', b),
        o,
      ),
  });
}
