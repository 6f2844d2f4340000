import type { Tally } from '../../core/types.js';
import { intIn, oneOf } from '../../internal/options.js';
import { checkScale } from '../../internal/scale.js';
import { meanOf, ratio, resultBase, sum } from '../../internal/scoring.js';
import type { CesDescriptor, CesResult } from '../types.js';

/** Builds the CES descriptor from checked options (scale, easier, easyBox). */
export function cesDescriptor(fn: string, opts: Partial<Record<string, unknown>>): CesDescriptor {
  const scale = opts.scale === undefined ? { min: 1, max: 7 } : checkScale(fn, opts.scale);
  const points = scale.max - scale.min + 1;
  const better = oneOf(fn, 'easier', opts.easier, ['higher', 'lower']);
  const easyBox = intIn(fn, 'easyBox', opts.easyBox ?? Math.floor(points / 2), 1, points - 1);
  return { name: 'ces', scale, range: { min: scale.min, max: scale.max }, better, easyBox };
}

/** Scores a tally on the descriptor's scale (unchecked; callers validate). */
export function scoreCes(metric: CesDescriptor, t: Tally): CesResult {
  const c = t.counts;
  const easy =
    metric.better === 'higher'
      ? sum(c, c.length - metric.easyBox, c.length)
      : sum(c, 0, metric.easyBox);
  return {
    ...resultBase({ ...metric, scale: { ...metric.scale }, range: { ...metric.range } }, t),
    counts: c, // the tally is private: built by countAll or copied by tallyOn
    easy,
    score: meanOf(t),
    easyShare: ratio(easy, t.total),
  };
}
