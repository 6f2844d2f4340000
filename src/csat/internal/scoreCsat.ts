import type { Tally } from '../../core/types.js';
import { clamp } from '../../internal/buildTally.js';
import { intIn } from '../../internal/options.js';
import { checkScale } from '../../internal/scale.js';
import { meanOf, ratio, resultBase, sum } from '../../internal/scoring.js';
import type { CsatDescriptor, CsatResult } from '../types.js';

/** Builds the CSAT descriptor from checked options (scale, topBox, bottomBox). */
export function csatDescriptor(fn: string, opts: Partial<Record<string, unknown>>): CsatDescriptor {
  const scale = opts.scale === undefined ? { min: 1, max: 5 } : checkScale(fn, opts.scale);
  const points = scale.max - scale.min + 1;
  const topBox = intIn(fn, 'topBox', opts.topBox ?? 2, 1, points - 1);
  const bottomBox = intIn(
    fn,
    'bottomBox',
    opts.bottomBox ?? Math.min(topBox, points - topBox),
    1,
    points - topBox,
  );
  return { name: 'csat', scale, range: { min: 0, max: 100 }, better: 'higher', topBox, bottomBox };
}

/** Scores a tally on the descriptor's scale (unchecked; callers validate). */
export function scoreCsat(metric: CsatDescriptor, t: Tally): CsatResult {
  const c = t.counts;
  const satisfied = sum(c, c.length - metric.topBox, c.length);
  const dissatisfied = sum(c, 0, metric.bottomBox);
  const total = t.total;
  return {
    ...resultBase({ ...metric, scale: { ...metric.scale }, range: { ...metric.range } }, t),
    counts: c, // the tally is private: built by countAll or copied by tallyOn
    satisfied,
    dissatisfied,
    score: total === 0 ? null : clamp((100 * satisfied) / total, 0, 100),
    share: ratio(satisfied, total),
    bottomShare: ratio(dissatisfied, total),
    net: total === 0 ? null : clamp((100 * (satisfied - dissatisfied)) / total, -100, 100),
    mean: meanOf(t),
  };
}
