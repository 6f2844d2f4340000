// Bugs the fuzz (fuzz.prop.test.ts) found, one deterministic case each: every one used to return
// NaN, ±Infinity or −0 instead of throwing.
import { describe, expect, it } from 'vitest';
import {
  checkTarget,
  csat,
  netInterval,
  npsFromCounts,
  npsInterval,
  npsMarginOfError,
  npsSampleSize,
  npsSampleSizePerGroup,
  proportionInterval,
  proportionMarginOfError,
  proportionSampleSize,
  proportionSampleSizePerGroup,
  targetBand,
  withInterval,
} from '../../src/index.js';

const r1 = () => npsFromCounts({ promoters: 60, passives: 25, detractors: 15 });
const cs = () => csat([5, 4, 4, 3, 1]);
const tooSmall = (fn: string): RangeError =>
  new RangeError(`${fn}: the sample size exceeds 2^53 − 1: the margin or difference is too small`);

describe('regressions found by fuzzing', () => {
  it('margins of error reject an n below 1 (was Infinity)', () => {
    expect(() => proportionMarginOfError(5e-324)).toThrowExactly(
      new RangeError('proportionMarginOfError: n must be at least 1, received 5e-324'),
    );
    expect(() => npsMarginOfError(0.5)).toThrowExactly(
      new RangeError('npsMarginOfError: n must be at least 1, received 0.5'),
    );
  });

  it('sample sizes beyond 2^53 − 1 throw (was Infinity, NaN or an unsafe integer)', () => {
    expect(() => proportionSampleSize(5e-324)).toThrowExactly(tooSmall('proportionSampleSize'));
    expect(() => proportionSampleSize(5e-324, { population: 2000 })).toThrowExactly(
      tooSmall('proportionSampleSize'),
    );
    expect(() => npsSampleSize(1e-160)).toThrowExactly(tooSmall('npsSampleSize'));
    expect(() => proportionSampleSizePerGroup(0.5, 0.5000000000000001)).toThrowExactly(
      tooSmall('proportionSampleSizePerGroup'),
    );
    const a = { promoterShare: 0.5, detractorShare: 0.2 };
    // 1e-6 NPS points apart (a difference of one ulp in a share counts as none, see
    // test/stats/edges.test.ts).
    expect(() => npsSampleSizePerGroup(a, { ...a, promoterShare: 0.5 + 1e-8 })).toThrowExactly(
      tooSmall('npsSampleSizePerGroup'),
    );
  });

  it('proportionInterval rejects an n strictly between 0 and 1 (was NaN)', () => {
    expect(() => proportionInterval(0, 5e-324)).toThrowExactly(
      new RangeError('proportionInterval: n must be 0 or at least 1, received 5e-324'),
    );
  });

  it('net intervals reject inconsistent results (was NaN)', () => {
    expect(() => npsInterval({ ...r1(), total: 5e-324 })).toThrowExactly(
      new RangeError(
        "npsInterval: the result's counts are inconsistent: 60 + 15 of 5e-324, nEffective 100",
      ),
    );
    expect(() => netInterval({ ...cs(), nEffective: -0 })).toThrowExactly(
      new RangeError(
        "netInterval: the result's counts are inconsistent: 3 + 1 of 5, nEffective -0",
      ),
    );
  });

  it('withInterval and checkTarget reject a result without nEffective or score (was NaN)', () => {
    const { nEffective: _, ...noN } = cs();
    expect(() => withInterval(noN as ReturnType<typeof cs>)).toThrowExactly(
      new TypeError(
        "withInterval: the result's nEffective must be 0 (no data) or a finite number ≥ 1, received undefined",
      ),
    );
    expect(() =>
      checkTarget({ ...r1(), score: undefined } as unknown as ReturnType<typeof r1>, {
        target: 30,
      }),
    ).toThrowExactly(
      new TypeError(
        "checkTarget: the result's score must be a finite number or null, received undefined",
      ),
    );
  });

  it('checkTarget reports a −0 score as 0', () => {
    expect(Object.is(checkTarget({ ...r1(), score: -0 }, { target: 30 }).value, 0)).toBe(true);
  });

  it('targetBand rejects an infinite value (was returned as the value)', () => {
    expect(() =>
      targetBand(-Infinity, { thresholds: [0, 30], names: ['r', 'a', 'g'] }),
    ).toThrowExactly(
      new RangeError(
        'targetBand: the value must lie from -1.7976931348623157e+308 to 1.7976931348623157e+308, received -Infinity',
      ),
    );
  });
});
