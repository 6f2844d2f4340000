import { describe, expect, it } from 'vitest';
import {
  npsMarginOfError,
  npsSampleSize,
  npsSampleSizePerGroup,
  proportionMarginOfError,
  proportionSampleSize,
  proportionSampleSizePerGroup,
  responseRate,
} from '../../src/index.js';

describe('margins of error', () => {
  it('use the worst case without shares', () => {
    // z·√(0.25/n) and z·100·√(1/n): the NPS worst case is twice the proportion's in points.
    expect(npsMarginOfError(400)).toBeCloseTo(200 * proportionMarginOfError(400), 12);
  });

  it('shrink with the square root of n', () => {
    expect(npsMarginOfError(1600) * 2).toBeCloseTo(npsMarginOfError(400), 12);
  });

  it('reject n ≤ 0, bad shares and unknown options', () => {
    expect(() => proportionMarginOfError(0)).toThrowExactly(
      new RangeError('proportionMarginOfError: n must be at least 1, received 0'),
    );
    expect(() => npsMarginOfError(0)).toThrow(RangeError);
    expect(() => proportionMarginOfError(10, { p: 1.5 })).toThrowExactly(
      new RangeError('proportionMarginOfError: option p must be a share from 0 to 1, received 1.5'),
    );
    expect(() => proportionMarginOfError(10, { p: '0.5' as never })).toThrow(TypeError);
    expect(() => npsMarginOfError(10, { promoterShare: 0.7, detractorShare: 0.4 })).toThrowExactly(
      new RangeError(
        'npsMarginOfError: promoterShare + detractorShare must not exceed 1, received 0.7 + 0.4',
      ),
    );
    expect(() => npsMarginOfError(10, { population: 100 } as never)).toThrow(TypeError);
  });
});

describe('sample sizes', () => {
  it('apply the finite-population correction to the unrounded n₀ and round up once', () => {
    const n0 = proportionSampleSize(0.03);
    expect(proportionSampleSize(0.03, { population: 1_000_000_000 })).toBe(n0);
    expect(proportionSampleSize(0.03, { population: 1 })).toBe(1);
  });

  it('reject a margin ≤ 0 and a bad population', () => {
    expect(() => proportionSampleSize(0)).toThrowExactly(
      new RangeError('proportionSampleSize: margin must be a positive finite number, received 0'),
    );
    expect(() => npsSampleSize('5' as never)).toThrow(TypeError);
    expect(() => npsSampleSize(5, { population: 0 })).toThrowExactly(
      new RangeError('npsSampleSize: option population must be a positive integer, received 0'),
    );
    expect(() => npsSampleSize(5, { population: '10' as never })).toThrow(TypeError);
  });

  it('per group: reject equal groups, bad power and bad groups', () => {
    expect(() => proportionSampleSizePerGroup(0.5, 0.5)).toThrowExactly(
      new RangeError('proportionSampleSizePerGroup: p1 and p2 must differ, received 0.5 twice'),
    );
    expect(() => proportionSampleSizePerGroup(0.5, 0.6, { power: 1 })).toThrowExactly(
      new RangeError(
        'proportionSampleSizePerGroup: option power must lie strictly between 0 and 1, received 1',
      ),
    );
    const g = { promoterShare: 0.5, detractorShare: 0.2 };
    expect(() => npsSampleSizePerGroup(g, g)).toThrow(RangeError);
    expect(() => npsSampleSizePerGroup(null as never, g)).toThrow(TypeError);
    expect(
      npsSampleSizePerGroup(
        g,
        { promoterShare: 0.2, detractorShare: 0.5 },
        { power: 0.9, level: 0.99 },
      ),
    ).toBeGreaterThan(0);
  });

  it('need more responses for more power', () => {
    expect(proportionSampleSizePerGroup(0.5, 0.6, { power: 0.9 })).toBeGreaterThan(
      proportionSampleSizePerGroup(0.5, 0.6),
    );
  });
});

describe('responseRate', () => {
  it('gives null rate and limits when nobody was invited', () => {
    expect(responseRate(0, 0)).toEqual({
      responses: 0,
      invited: 0,
      rate: null,
      interval: { lower: null, upper: null, level: 0.95, method: 'wilson' },
    });
  });

  it('rejects inconsistent and non-integer counts', () => {
    expect(() => responseRate(5, 4)).toThrowExactly(
      new RangeError('responseRate: responses (5) must not exceed invited (4)'),
    );
    expect(() => responseRate(1.5, 4)).toThrow(RangeError);
    expect(() => responseRate(1, 4, { method: 'clopper-pearson' }).interval.method).not.toThrow();
  });
});

describe('planning at the edges (issue 15)', () => {
  it('proportionMarginOfError(100, { p: -0 }) is 0, not −0', () => {
    expect(Object.is(proportionMarginOfError(100, { p: -0 }), 0)).toBe(true);
    expect(Object.is(proportionMarginOfError(100, { p: 1 }), 0)).toBe(true);
    expect(Object.is(npsMarginOfError(100, { promoterShare: -0, detractorShare: -0 }), 0)).toBe(
      true,
    );
    expect(Object.is(proportionSampleSize(0.05, { p: -0 }), 0)).toBe(true);
  });

  it('the planning functions report the first argument before the options when both are wrong', () => {
    expect(() => proportionMarginOfError(null as never, null as never)).toThrowExactly(
      new TypeError('proportionMarginOfError: n must be a number, received null'),
    );
    expect(() => npsMarginOfError('5' as never, 1 as never)).toThrow(/^npsMarginOfError: n must/);
    expect(() => npsSampleSize(null as never, null as never)).toThrowExactly(
      new TypeError('npsSampleSize: margin must be a number, received null'),
    );
    expect(() => proportionSampleSize(undefined as never, null as never)).toThrowExactly(
      new TypeError('proportionSampleSize: margin must be a number, received undefined'),
    );
    expect(() => npsSampleSizePerGroup(null as never, null as never, null as never)).toThrowExactly(
      new TypeError(
        'npsSampleSizePerGroup: a must be an object { promoterShare, detractorShare }, received null',
      ),
    );
  });

  it('proportionSampleSizePerGroup requires both shares instead of reading a missing one as 0', () => {
    expect(() => proportionSampleSizePerGroup(undefined as never, 0.5)).toThrowExactly(
      new TypeError('proportionSampleSizePerGroup: p1 must be a number, received undefined'),
    );
    expect(() => proportionSampleSizePerGroup(0.5, 2)).toThrowExactly(
      new RangeError('proportionSampleSizePerGroup: p2 must be a share from 0 to 1, received 2'),
    );
  });
});

describe('responseRate at the edges (issue 15)', () => {
  it('responseRate reports responses, then invited, then the options', () => {
    expect(() => responseRate(null as never, null as never, null as never)).toThrowExactly(
      new TypeError('responseRate: responses must be a number, received null'),
    );
    expect(() => responseRate(1, '2' as never, null as never)).toThrowExactly(
      new TypeError(
        'responseRate: invited must be a number, received "2" (strings are not coerced)',
      ),
    );
    expect(() => responseRate(1, 2, null as never)).toThrowExactly(
      new TypeError('responseRate: options must be an object, received null'),
    );
    expect(Object.is(responseRate(-0, 5).rate, 0)).toBe(true);
  });
});
