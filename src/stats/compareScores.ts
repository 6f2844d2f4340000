import { readOptions } from '../core/options.js';
import type { ScoreResult } from '../core/types.js';
import { welch } from './compareMeans.js';
import { type CompareOptions, compareNet } from './compareNps.js';
import { compareSamples } from './compareProportions.js';
import { tallyOfResult } from './meanInterval.js';
import { checkLevel } from './shared.js';
import { trinomialFrom } from './trinomial.js';
import type { Comparison } from './types.js';

/** A share's sample on Kish's effective scale. */
function effective(r: ScoreResult, part: unknown): { successes: number; n: number } {
  const n = r.nEffective;
  return { successes: r.total === 0 ? 0 : ((part as number) / r.total) * n, n };
}

/**
 * Compares two results of one metric (the caller guarantees it) in score units: NPS by the trinomial z test, CSAT and
 * binary outcomes by the two-proportion z test on the share (in percentage points), CES by
 * Welch's t test on the mean. The metrics' `compare` is built on it.
 */
export function compareScores(
  fn: string,
  a: ScoreResult,
  b: ScoreResult,
  options: CompareOptions | undefined,
): Comparison {
  const level = checkLevel(fn, readOptions(fn, options, ['level']).level);
  const ra = a as ScoreResult & Partial<Record<string, unknown>>;
  const rb = b as ScoreResult & Partial<Record<string, unknown>>;
  switch (a.metric.name) {
    case 'nps':
      return compareNet(
        trinomialFrom(fn, ra, 'promoters', 'detractors', 'passives'),
        trinomialFrom(fn, rb, 'promoters', 'detractors', 'passives'),
        level,
        'nps-z',
      );
    case 'csat':
    case 'proportion': {
      const key = a.metric.name === 'csat' ? 'satisfied' : 'successes';
      const c = compareSamples(effective(a, ra[key]), effective(b, rb[key]), level);
      const pct = (x: number | null): number | null => (x === null ? null : 100 * x);
      return {
        ...c,
        estimate: pct(c.estimate),
        se: pct(c.se),
        interval: { ...c.interval, lower: pct(c.interval.lower), upper: pct(c.interval.upper) },
      };
    }
    default:
      // 'ces': the metrics' compare only ever passes two results of its own metric.
      return welch(tallyOfResult(fn, a), tallyOfResult(fn, b), level);
  }
}
