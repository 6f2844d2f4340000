import { describe, expect, it } from 'vitest';
import { proportionMetric, tally } from '../../src/index.js';

describe('proportionMetric', () => {
  it('scores the share of 1s in percent and as a fraction', () => {
    const m = proportionMetric();
    const r = m.score(tally([1, 0, 0, 1, 1, null], m.scale));
    expect(r.counts).toEqual([2, 3]);
    expect(r.successes).toBe(3);
    expect(r.score).toBe(60);
    expect(r.share).toBe(0.6);
    expect(r.skipped).toBe(1);
    expect(r.metric).toEqual({
      name: 'proportion',
      scale: { min: 0, max: 1 },
      range: { min: 0, max: 100 },
      better: 'higher',
    });
  });

  it('lets a lower share be better, e.g. churn', () => {
    expect(proportionMetric({ better: 'lower' }).better).toBe('lower');
    expect(
      proportionMetric({ better: 'lower' }).score(tally([1], { min: 0, max: 1 })).metric.better,
    ).toBe('lower');
  });

  it('returns null when nothing was counted and weights answers', () => {
    const m = proportionMetric();
    expect(m.score(tally([], m.scale)).score).toBeNull();
    expect(m.score(tally([1, 0], m.scale, { weight: [3, 1] })).share).toBe(0.75);
  });

  it('rejects booleans, other scales and bad options', () => {
    const m = proportionMetric();
    expect(() => tally([true as never], m.scale)).toThrow(TypeError);
    expect(() => m.score(tally([1], { min: 1, max: 5 }))).toThrow(RangeError);
    expect(() => proportionMetric({ better: 'more' as never })).toThrow(TypeError);
    expect(() => proportionMetric({ level: 1 } as never)).toThrow(TypeError);
  });
});
