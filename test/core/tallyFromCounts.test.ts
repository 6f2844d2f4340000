import { describe, expect, it } from 'vitest';
import { npsMetric, tallyFromCounts } from '../../src/index.js';

const NPS = { min: 0, max: 10 };
const FIVE = { min: 1, max: 5 };

describe('tallyFromCounts', () => {
  it('takes an array with one count per point', () => {
    expect(tallyFromCounts(FIVE, [1, 2, 3, 4, 5])).toEqual({
      scale: FIVE,
      counts: [1, 2, 3, 4, 5],
      total: 15,
      n: 15,
      skipped: 0,
      invalid: 0,
    });
  });

  it('takes a typed array', () => {
    expect(tallyFromCounts(FIVE, Float64Array.of(1, 0, 0, 0, 2)).counts).toEqual([1, 0, 0, 0, 2]);
  });

  it('takes an object keyed by point, where left-out points count 0', () => {
    const t = tallyFromCounts(NPS, { 10: 80, 9: 120, 0: 3 });
    expect(t.counts).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 0, 120, 80]);
    expect(t.total).toBe(203);
    expect(tallyFromCounts({ min: -2, max: 2 }, { '-2': 1 }).counts).toEqual([1, 0, 0, 0, 0]);
  });

  it('gives the empty tally for an empty object', () => {
    expect(tallyFromCounts(FIVE, {})).toEqual({
      scale: FIVE,
      counts: [0, 0, 0, 0, 0],
      total: 0,
      n: 0,
      skipped: 0,
      invalid: 0,
    });
  });

  it('carries skipped and invalid along', () => {
    const t = tallyFromCounts(FIVE, {}, { skipped: 4, invalid: 2 });
    expect([t.skipped, t.invalid]).toEqual([4, 2]);
  });

  it('normalises -0 counts to 0', () => {
    expect(Object.is(tallyFromCounts(FIVE, [-0, 0, 0, 0, 1]).counts[0], 0)).toBe(true);
  });

  it.each([['11'], ['-1'], ['9.5'], ['x'], ['01'], ['length']])(
    'rejects the key %s that is not a point',
    (key) => {
      expect(() => tallyFromCounts(NPS, { [key]: 1 })).toThrowExactly(
        new RangeError(
          `tallyFromCounts: counts key ${JSON.stringify(key)} is not a point of the scale 0–10`,
        ),
      );
    },
  );

  it('rejects an array of the wrong length', () => {
    expect(() => tallyFromCounts(FIVE, [1, 2, 3])).toThrowExactly(
      new RangeError(
        'tallyFromCounts: counts must have one entry per scale point (5 for 1–5), received 3',
      ),
    );
  });

  it.each([
    [-1, RangeError],
    [1.5, RangeError],
    [Number.NaN, RangeError],
    [2 ** 53, RangeError],
    ['3', TypeError],
    [null, TypeError],
  ])('rejects the unweighted count %s', (bad, type) => {
    expect(() => tallyFromCounts(FIVE, [1, bad as number, 0, 0, 0])).toThrow(type);
    expect(() => tallyFromCounts(FIVE, [1, bad as number, 0, 0, 0])).toThrow(/count of point 2/);
  });

  it('accepts counts up to 2^53 − 1 and rejects totals beyond', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(tallyFromCounts(FIVE, [max, 0, 0, 0, 0]).total).toBe(max);
    expect(() => tallyFromCounts(FIVE, [max, 1, 0, 0, 0])).toThrowExactly(
      new RangeError('tallyFromCounts: the counts add up to 9007199254740992, beyond 2^53 − 1'),
    );
  });

  it('rejects counts that are neither an array nor an object', () => {
    expect(() => tallyFromCounts(FIVE, null as never)).toThrow(TypeError);
    expect(() => tallyFromCounts(FIVE, 5 as never)).toThrow(TypeError);
  });

  it('requires n to equal the total when unweighted', () => {
    expect(tallyFromCounts(FIVE, [1, 0, 0, 0, 1], { n: 2 }).n).toBe(2);
    expect(() => tallyFromCounts(FIVE, [1, 0, 0, 0, 1], { n: 3 })).toThrowExactly(
      new RangeError(
        'tallyFromCounts: n must equal the sum of the counts (2) when unweighted, received 3',
      ),
    );
  });

  it('rejects bad skipped, invalid and unknown options', () => {
    expect(() => tallyFromCounts(FIVE, {}, { skipped: -1 })).toThrow(RangeError);
    expect(() => tallyFromCounts(FIVE, {}, { invalid: 0.5 })).toThrow(RangeError);
    expect(() => tallyFromCounts(FIVE, {}, { weights: 1 } as never)).toThrow(
      /unknown option "weights"/,
    );
  });
});

describe('tallyFromCounts with weighted counts', () => {
  // 3 answers with weights 2, 1, 1 on points 10, 3, 9: counts are weight sums.
  const counts = { 10: 2, 3: 1, 9: 1 };

  it('keeps the effective sample size of a weighted pre-aggregate', () => {
    const t = tallyFromCounts(NPS, counts, { weightSquares: 6, n: 3 });
    expect(t.weightSquares).toBe(6);
    expect(t.total).toBe(4);
    expect(npsMetric.score(t).nEffective).toBe(16 / 6);
  });

  it('accepts non-integer weight sums', () => {
    expect(tallyFromCounts(FIVE, [0.5, 0, 0, 0, 0.25], { weightSquares: 0.3125, n: 2 }).total).toBe(
      0.75,
    );
  });

  it('requires n with weightSquares', () => {
    expect(() => tallyFromCounts(NPS, counts, { weightSquares: 6 })).toThrowExactly(
      new TypeError(
        'tallyFromCounts: n (the number of answers behind the weighted counts) is required with weightSquares',
      ),
    );
  });

  it.each([
    [17, 3, 'above total², so nEffective < 1'],
    [5, 3, 'below total²/n, so nEffective > n'],
    [0, 3, 'zero with a positive total'],
  ])('rejects weightSquares %s with n %s (%s)', (ws, n) => {
    expect(() => tallyFromCounts(NPS, counts, { weightSquares: ws, n })).toThrow(RangeError);
  });

  it('accepts the bounds nEffective = 1 and nEffective = n', () => {
    expect(tallyFromCounts(FIVE, [3, 0, 0, 0, 0], { weightSquares: 9, n: 5 }).weightSquares).toBe(
      9,
    );
    expect(tallyFromCounts(FIVE, [3, 0, 0, 0, 0], { weightSquares: 3, n: 3 }).weightSquares).toBe(
      3,
    );
  });

  it('requires weightSquares 0 when every weight is 0', () => {
    expect(tallyFromCounts(FIVE, {}, { weightSquares: 0, n: 4 }).n).toBe(4);
    expect(() => tallyFromCounts(FIVE, {}, { weightSquares: 1, n: 4 })).toThrow(RangeError);
  });

  it('rejects negative or non-finite weighted counts and weightSquares', () => {
    expect(() => tallyFromCounts(FIVE, [-0.5, 0, 0, 0, 1], { weightSquares: 1, n: 2 })).toThrow(
      RangeError,
    );
    expect(() =>
      tallyFromCounts(FIVE, [Number.POSITIVE_INFINITY, 0, 0, 0, 1], { weightSquares: 1, n: 2 }),
    ).toThrow(RangeError);
    expect(() =>
      tallyFromCounts(FIVE, [1, 0, 0, 0, 0], { weightSquares: Number.NaN, n: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      tallyFromCounts(FIVE, [1, 0, 0, 0, 0], { weightSquares: '1' as never, n: 1 }),
    ).toThrow(TypeError);
  });
});
