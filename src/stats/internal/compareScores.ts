import type { ScoreResult } from '../../core/types.js';
import { excerpt } from '../../internal/excerpt.js';
import { oneOf, readOptions } from '../../internal/options.js';
import { welch } from '../compareMeans.js';
import { COMPARE_NPS_METHODS, type CompareNpsOptions, compareNet } from '../compareNps.js';
import { compareSamples } from '../compareProportions.js';
import { tallyOfResult } from '../meanInterval.js';
import type { Comparison } from '../types.js';
import { checkLevel } from './shared.js';
import { trinomialFrom } from './trinomial.js';

/** A share's sample on Kish's effective scale (the plain counts when unweighted). */
function effective(r: ScoreResult, part: unknown): { successes: number; n: number } {
  const n = r.nEffective;
  if (r.total === r.n && n === r.n) return { successes: part as number, n };
  return { successes: r.total === 0 ? 0 : ((part as number) / r.total) * n, n };
}

/**
 * Compares two results of one metric (the caller guarantees it) in score units, under the
 * minimum-information rule: NPS as {@link compareNps} (exact permutation below 30 answers, else
 * adjusted Wald, or `method: 'wald'`), CSAT and binary outcomes as {@link compareProportions} on
 * the share (Fisher's exact test below 30, else the pooled z; in percentage points), CES by
 * Welch's t test on the mean. The metrics' `compare` is built on it; `method` is for NPS only.
 */
export function compareScores(
  fn: string,
  a: ScoreResult,
  b: ScoreResult,
  options: CompareNpsOptions | undefined,
): Comparison {
  const o = readOptions(fn, options, ['level', 'method']);
  const level = checkLevel(fn, o.level);
  if (o.method !== undefined && a.metric.name !== 'nps') {
    throw new TypeError(
      `${fn}: option method applies to NPS comparisons only, received ${excerpt(o.method)}`,
    );
  }
  const ra = a as ScoreResult & Partial<Record<string, unknown>>;
  const rb = b as ScoreResult & Partial<Record<string, unknown>>;
  switch (a.metric.name) {
    case 'nps':
      return compareNet(
        trinomialFrom(fn, ra, 'promoters', 'detractors', 'passives'),
        trinomialFrom(fn, rb, 'promoters', 'detractors', 'passives'),
        level,
        oneOf(fn, 'method', o.method, COMPARE_NPS_METHODS),
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
