import { describe, expect, it } from 'vitest';
import { nps, npsFromCounts, roundNps, roundShares } from '../../src/index.js';

describe('roundShares', () => {
  it('roundShares makes the shares of 120/45/30 add up to exactly 100', () => {
    // Exact: 61.538…, 23.076…, 15.384… → whole units 6153, 2307, 1538 (9998); the two left go
    // to the largest remainders .846 and .692.
    expect(roundShares([120, 45, 30], { digits: 2 })).toEqual([61.54, 23.08, 15.38]);
    // At one decimal: 615, 230, 153 (998); remainders .38, .77, .85 → passives and detractors.
    expect(roundShares([120, 45, 30])).toEqual([61.5, 23.1, 15.4]);
    expect(roundShares([120, 45, 30], { digits: 0 })).toEqual([62, 23, 15]);
  });

  it('roundShares breaks ties in favour of the category listed first', () => {
    expect(roundShares([1, 1, 1], { digits: 0 })).toEqual([34, 33, 33]);
    // 100/6 = 16.67 (remainder 4/6) beats 200/6 = 33.33 (remainder 2/6).
    expect(roundShares([2, 1, 1, 2], { digits: 0 })).toEqual([33, 17, 17, 33]);
    // 14.29 each: the two units left go to the first two.
    expect(roundShares([1, 1, 1, 1, 1, 1, 1], { digits: 0 })).toEqual([15, 15, 14, 14, 14, 14, 14]);
    // Remainders 2/3 for all three (100/6, 100/6, 400/6): exact integer arithmetic keeps the tie.
    expect(roundShares([1, 1, 4], { digits: 0 })).toEqual([17, 17, 66]);
  });

  it('roundShares leaves exact shares alone and returns null for a zero total', () => {
    expect(roundShares([1, 3], { digits: 0 })).toEqual([25, 75]);
    expect(roundShares([0, 5, 0], { digits: 6 })).toEqual([0, 100, 0]);
    expect(roundShares([0, 0])).toBeNull();
    expect(roundShares([])).toBeNull();
  });

  it('roundShares accepts weighted counts', () => {
    expect(roundShares([0.5, 0.25, 0.25], { digits: 0 })).toEqual([50, 25, 25]);
    expect(roundShares([1.1, 2.2, 3.3], { digits: 1 })).toEqual([16.7, 33.3, 50]);
  });

  it('roundShares rejects caller mistakes', () => {
    expect(() => roundShares([1, -1])).toThrowExactly(
      new RangeError(
        'roundShares: count at index 1 must be a finite non-negative number, received -1',
      ),
    );
    expect(() => roundShares([1, '2'] as never)).toThrowExactly(
      new TypeError(
        'roundShares: count at index 1 must be a number, received "2" (strings are not coerced)',
      ),
    );
    expect(() => roundShares('12' as never)).toThrowExactly(
      new TypeError(
        'roundShares: counts must be an array, received "12" (strings are not coerced)',
      ),
    );
    expect(() => roundShares([1], { digits: 7 })).toThrowExactly(
      new RangeError('roundShares: option digits must be an integer from 0 to 6, received 7'),
    );
    expect(() => roundShares([1], { decimals: 1 } as never)).toThrowExactly(
      new TypeError('roundShares: unknown option "decimals"'),
    );
  });
});

describe('roundNps', () => {
  it('roundNps computes the displayed NPS of 120/45/30 from exact values: 46.15, not 46.16', () => {
    const r = roundNps(npsFromCounts({ promoters: 120, passives: 45, detractors: 30 }), {
      digits: 2,
    });
    expect(r).toEqual({ promoters: 61.54, passives: 23.08, detractors: 15.38, score: 46.15 });
    // Subtracting the rounded shares would give 46.16.
    expect(Math.round(((r?.promoters ?? 0) - (r?.detractors ?? 0)) * 100)).toBe(4616);
  });

  it('roundNps rounds the score half away from zero, exactly', () => {
    // 100 × 1 / 8 = 12.5 and −12.5 at 0 decimals; 100 × 1 / 16 = 6.25 at 1 decimal.
    expect(roundNps({ promoters: 1, passives: 7, detractors: 0 }, { digits: 0 })?.score).toBe(13);
    expect(roundNps({ promoters: 0, passives: 7, detractors: 1 }, { digits: 0 })?.score).toBe(-13);
    expect(roundNps({ promoters: 1, passives: 15, detractors: 0 })?.score).toBe(6.3);
    // 100 × 1 / 2000 = 0.05 (not a binary fraction) rounds up to 0.1.
    expect(roundNps({ promoters: 1, passives: 1999, detractors: 0 })?.score).toBe(0.1);
    expect(roundNps({ promoters: 0, passives: 1999, detractors: 1 })?.score).toBe(-0.1);
  });

  it('roundNps never returns -0 and returns null without answers', () => {
    expect(Object.is(roundNps({ promoters: 1, passives: 0, detractors: 1 })?.score, 0)).toBe(true);
    expect(
      Object.is(roundNps({ promoters: 0, passives: 1000, detractors: 1 }, { digits: 0 })?.score, 0),
    ).toBe(true);
    expect(roundNps(nps([]))).toBeNull();
  });

  it('roundNps names itself in errors', () => {
    expect(() => roundNps({ promoters: 1, passives: -2, detractors: 0 })).toThrowExactly(
      new RangeError(
        'roundNps: count at index 1 must be a finite non-negative number, received -2',
      ),
    );
  });
});

describe('roundShares and roundNps with counts too large to share out', () => {
  it('throw a RangeError instead of returning NaN shares (found by the fuzz tests)', () => {
    expect(() => roundShares([1, 1, 1, Number.MAX_VALUE], { digits: 1 })).toThrowExactly(
      new RangeError(
        'roundShares: counts must add up to less than 1e+305, received 1.7976931348623157e+308',
      ),
    );
    expect(() => roundShares([120, Number.MAX_VALUE, 30])).toThrow(RangeError);
    const huge = { ...npsFromCounts({ promoters: 60, passives: 25, detractors: 15 }) };
    expect(() => roundNps({ ...huge, detractors: Number.MAX_VALUE })).toThrow(RangeError);
    // Just inside the bound: finite shares that add up to 100.
    const shares = roundShares([1e304, 1e304], { digits: 1 });
    expect(shares).toEqual([50, 50]);
  });
});
