import { describe, expect, it } from 'vitest';
import {
  ces,
  cesMetric,
  csat,
  csatMetric,
  npsFromCounts,
  npsMetric,
  proportionMetric,
  tally,
} from '../src/index.js';

// Each metric method names itself in its errors, and results never share arrays with their
// input (mutation testing, npm run mutation -- metrics).

describe('metric objects at their edges', () => {
  const metrics = [
    ['npsMetric', npsMetric],
    ['csatMetric', csatMetric()],
    ['cesMetric', cesMetric()],
    ['proportionMetric', proportionMetric()],
  ] as const;

  it.each(metrics)('%s names the method in its errors', (name, m) => {
    const good = tally([m.scale.min], m.scale);
    const bad = {} as never;
    expect(() => m.score(bad)).toThrow(new RegExp(`^${name}\\.score: `));
    expect(() => m.interval(bad)).toThrow(new RegExp(`^${name}\\.interval: `));
    expect(() => m.compare(bad, good)).toThrow(new RegExp(`^${name}\\.compare: `));
    expect(() => m.compare(good, bad)).toThrow(new RegExp(`^${name}\\.compare: `));
    // A valid tally with a bad option: the error comes from the interval or test itself.
    expect(() => m.interval(good, { level: 2 })).toThrow(new RegExp(`^${name}\\.interval: `));
    expect(() => m.compare(good, good, { level: 2 })).toThrow(new RegExp(`^${name}\\.compare: `));
  });

  // The NPS result carries its three category counts instead of a counts array.
  it.each(metrics.slice(1))('%s returns counts that are a copy of the tally', (_, m) => {
    const t = tally([m.scale.min, m.scale.max], m.scale);
    const r = m.score(t) as unknown as { counts: number[] };
    expect(r.counts).toEqual(t.counts);
    expect(r.counts).not.toBe(t.counts);
  });

  it('the functions name themselves too', () => {
    expect(() => csat([5], { x: 1 } as never)).toThrowExactly(
      new TypeError('csat: unknown option "x"'),
    );
    expect(() => ces([5], { x: 1 } as never)).toThrowExactly(
      new TypeError('ces: unknown option "x"'),
    );
    expect(() => proportionMetric({ better: 'up' as never })).toThrow(
      /^proportionMetric: option better /,
    );
    expect(() => npsFromCounts(5 as never)).toThrowExactly(
      new TypeError(
        'npsFromCounts: counts must be an object { promoters, passives, detractors }, received 5',
      ),
    );
    expect(() => npsFromCounts(null as never)).toThrowExactly(
      new TypeError(
        'npsFromCounts: counts must be an object { promoters, passives, detractors }, received null',
      ),
    );
  });
});
