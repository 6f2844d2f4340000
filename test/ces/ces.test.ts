import { describe, expect, it } from 'vitest';
import { ces, cesMetric, tally } from '../../src/index.js';

describe('ces', () => {
  it('computes the mean and the easy share (5–7) on the default 1–7 agreement scale', () => {
    const r = ces([7, 6, 5, 4, 2, undefined]);
    expect(r.counts).toEqual([0, 1, 0, 1, 1, 1, 1]);
    expect(r.score).toBe((7 + 6 + 5 + 4 + 2) / 5);
    expect(r.easy).toBe(3);
    expect(r.easyShare).toBe(3 / 5);
    expect(r.skipped).toBe(1);
    expect(r.metric).toEqual({
      name: 'ces',
      scale: { min: 1, max: 7 },
      range: { min: 1, max: 7 },
      better: 'higher',
      easyBox: 3,
    });
  });

  it("reads a 1–5 effort scale where lower is easier: easy is 1–2 and better is 'lower'", () => {
    const r = ces([1, 2, 5, 4], { scale: { min: 1, max: 5 }, easier: 'lower' });
    expect(r.easy).toBe(2);
    expect(r.score).toBe(3);
    expect(r.metric.better).toBe('lower');
    expect(r.metric.range).toEqual({ min: 1, max: 5 });
  });

  it.each([
    [{ min: 1, max: 7 }, 3],
    [{ min: 1, max: 5 }, 2],
    [{ min: 1, max: 10 }, 5],
    [{ min: 0, max: 10 }, 5],
    [{ min: 0, max: 1 }, 1],
  ])('defaults easyBox to ⌊points / 2⌋ on %j', (scale, box) => {
    expect(ces([], { scale }).metric.easyBox).toBe(box);
  });

  it('takes an explicit easy box', () => {
    expect(ces([7, 6, 5], { easyBox: 2 }).easy).toBe(2);
    expect(() => ces([7], { easyBox: 7 })).toThrowExactly(
      new RangeError('ces: option easyBox must be an integer from 1 to 6, received 7'),
    );
  });

  it('returns null mean and share when nothing was counted', () => {
    const r = ces([null]);
    expect([r.score, r.easyShare]).toEqual([null, null]);
  });

  it('weights answers', () => {
    expect(ces([7, 1], { weight: [1, 3] }).score).toBe((7 + 3) / 4);
  });

  it('reads rows through an accessor', () => {
    expect(ces([{ e: 7 }, { e: 5 }], (r) => r.e).score).toBe(6);
  });

  it('rejects a bad easier and answers off the scale', () => {
    expect(() => ces([7], { easier: 'up' as never })).toThrowExactly(
      new TypeError(
        "ces: option easier must be 'higher' or 'lower', received \"up\" (strings are not coerced)",
      ),
    );
    expect(() => ces([8])).toThrowExactly(
      new RangeError('ces: answer at index 0 must be an integer from 1 to 7, received 8'),
    );
  });
});

describe('cesMetric', () => {
  it('scores a tally exactly as ces scores the answers', () => {
    const options = { scale: { min: 1, max: 5 }, easier: 'lower' as const };
    expect(cesMetric(options).score(tally([1, 3, 5], options.scale))).toEqual(
      ces([1, 3, 5], options),
    );
    expect(cesMetric().score(tally([7], { min: 1, max: 7 }))).toEqual(ces([7]));
  });

  it('rejects tallies on another scale and unknown options', () => {
    expect(() => cesMetric().score(tally([1], { min: 1, max: 5 }))).toThrow(RangeError);
    expect(() => cesMetric({ topBox: 2 } as never)).toThrow(/^cesMetric: unknown option "topBox"/);
  });
});
