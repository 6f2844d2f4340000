import { describe, expect, it } from 'vitest';
import { csat, csatMetric, tally, tallyFromCounts } from '../../src/index.js';

describe('csat', () => {
  it('computes the top-2-box share on 1–5 by default, with every valid answer in the denominator', () => {
    // counts: 1→1, 3→1, 4→2, 5→1; satisfied = 3 of 5; dissatisfied (1–2) = 1.
    const r = csat([5, 4, 4, 3, 1, null]);
    expect(r.counts).toEqual([1, 0, 1, 2, 1]);
    expect([r.satisfied, r.dissatisfied, r.n, r.skipped]).toEqual([3, 1, 5, 1]);
    expect(r.score).toBe((100 * 3) / 5);
    expect(r.share).toBe(3 / 5);
    expect(r.bottomShare).toBe(1 / 5);
    expect(r.net).toBe((100 * (3 - 1)) / 5);
    expect(r.mean).toBe((5 + 4 + 4 + 3 + 1) / 5);
  });

  it('describes its metric: range 0…100 percent, higher is better, with its boxes', () => {
    expect(csat([5]).metric).toEqual({
      name: 'csat',
      scale: { min: 1, max: 5 },
      range: { min: 0, max: 100 },
      better: 'higher',
      topBox: 2,
      bottomBox: 2,
    });
  });

  it('works on any integer scale; top-2 of 1–10 is 9–10', () => {
    const r = csat([10, 9, 8, 1], { scale: { min: 1, max: 10 } });
    expect(r.satisfied).toBe(2);
    expect(r.dissatisfied).toBe(1);
    expect(csat([10, 9, 8, 1], { scale: { min: 1, max: 10 }, topBox: 3 }).satisfied).toBe(3);
    expect(csat([0, 10], { scale: { min: 0, max: 10 } }).counts[0]).toBe(1);
  });

  it('takes a separate bottom box, defaulting to topBox but shorter when the scale is short', () => {
    expect(csat([1, 2, 3], { bottomBox: 1 }).dissatisfied).toBe(1);
    expect(csat([1, 2, 3], { scale: { min: 1, max: 3 } }).metric.bottomBox).toBe(1);
  });

  it('returns null for every summary when nothing was counted', () => {
    const r = csat([null]);
    expect([r.score, r.share, r.bottomShare, r.net, r.mean]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('weights answers', () => {
    const r = csat([5, 1], { weight: [3, 1] });
    expect(r.score).toBe(75);
    expect(r.mean).toBe((5 * 3 + 1) / 4);
    expect(r.nEffective).toBe(16 / 10);
  });

  it('reads rows through an accessor', () => {
    const rows = [{ s: 5 }, { s: 2 }];
    expect(csat(rows, (r) => r.s).score).toBe(50);
    expect(csat(rows, (r) => r.s, { scale: { min: 1, max: 7 } }).satisfied).toBe(0);
  });

  it('throws for answers off its scale', () => {
    expect(() => csat([6])).toThrowExactly(
      new RangeError('csat: answer at index 0 must be an integer from 1 to 5, received 6'),
    );
    expect(() => csat([0])).toThrow(RangeError);
  });

  it.each([
    [{ topBox: 5 }, 'csat: option topBox must be an integer from 1 to 4, received 5'],
    [{ topBox: 0 }, 'csat: option topBox must be an integer from 1 to 4, received 0'],
    [{ topBox: 1.5 }, 'csat: option topBox must be an integer from 1 to 4, received 1.5'],
    [
      { topBox: 2, bottomBox: 4 },
      'csat: option bottomBox must be an integer from 1 to 3, received 4',
    ],
  ])('rejects boxes that do not fit the scale: %j', (options, message) => {
    expect(() => csat([5], options)).toThrowExactly(new RangeError(message));
  });

  it('rejects a topBox of the wrong type, an unknown scale and unknown options', () => {
    expect(() => csat([5], { topBox: '2' as never })).toThrow(TypeError);
    expect(() => csat([5], { scale: '1-5' as never })).toThrow(TypeError);
    expect(() => csat([5], { scale: { min: 1, max: 1 } })).toThrow(RangeError);
    expect(() => csat([5], { level: 0.95 } as never)).toThrow(/unknown option "level"/);
  });

  it('gives independent metric objects per result', () => {
    const a = csat([5]);
    const b = csat([5]);
    expect(a.metric).not.toBe(b.metric);
    expect(a.metric.scale).not.toBe(b.metric.scale);
  });
});

describe('csatMetric', () => {
  it('scores a tally exactly as csat scores the answers', () => {
    const answers = [5, 4, 3, null, 1];
    expect(csatMetric().score(tally(answers, { min: 1, max: 5 }))).toEqual(csat(answers));
    const ten = { scale: { min: 1, max: 10 }, topBox: 3 };
    expect(csatMetric(ten).score(tallyFromCounts(ten.scale, { 10: 1, 8: 1, 2: 2 }))).toEqual(
      csat([10, 8, 2, 2], ten),
    );
  });

  it('carries the descriptor fields', () => {
    const m = csatMetric({ scale: { min: 1, max: 7 }, topBox: 3, bottomBox: 2 });
    expect([m.name, m.range, m.better, m.topBox, m.bottomBox]).toEqual([
      'csat',
      { min: 0, max: 100 },
      'higher',
      3,
      2,
    ]);
  });

  it('rejects tallies on another scale and bad options', () => {
    expect(() => csatMetric().score(tallyFromCounts({ min: 0, max: 10 }, {}))).toThrowExactly(
      new RangeError('csatMetric.score: the tally has scale 0–10, but the metric counts on 1–5'),
    );
    expect(() => csatMetric({ topBox: 9 })).toThrow(/^csatMetric: option topBox/);
    expect(() => csatMetric({ invalid: 'skip' } as never)).toThrow(TypeError);
  });
});
