import { describe, expect, it } from 'vitest';
import {
  checkTarget,
  checkTargets,
  npsFromCounts,
  proportionMetric,
  responseRate,
  tallyFromCounts,
  targetBand,
} from '../../src/index.js';

// Cases mutation testing (npm run mutation -- targets) found unpinned.

const r = npsFromCounts({ promoters: 60, passives: 25, detractors: 15 });

describe('target checks at their edges', () => {
  it('names inputs that are not results', () => {
    expect(() => checkTarget(5 as never, { target: 30 })).toThrowExactly(
      new TypeError('checkTarget: expected a result, received 5'),
    );
    expect(() => checkTarget({ metric: 5 } as never, { target: 30 })).toThrowExactly(
      new TypeError('checkTarget: expected a result, received an object'),
    );
    expect(() => checkTargets([5 as never], { target: 30 })).toThrowExactly(
      new TypeError('checkTargets: item at index 0 must be an object, received 5'),
    );
    expect(() => checkTarget(r, { target: 30, direction: 'up' as never })).toThrowExactly(
      new TypeError(
        `checkTarget: option direction must be 'higher' or 'lower', received "up" (strings are not coerced)`,
      ),
    );
  });

  it('a target of −0 comes back as 0', () => {
    expect(Object.is(checkTarget(r, { target: -0 }).target, 0)).toBe(true);
  });

  it('a unanimous sample is never certain: ten promoters cannot confidently meet NPS 100', () => {
    // All 10 answers promoters: Wald would give [100, 100]; the exact test decides instead.
    const all = npsFromCounts({ promoters: 10, passives: 0, detractors: 0 });
    const c = checkTarget(all, { target: 100, method: 'wald' });
    expect(c).toMatchObject({ status: 'inconclusive', interval: { method: 'exact', upper: 100 } });
    expect(c.pValue).toBe(1);
    // The exact lower limit: 2 · 0.025^(1/10) − 1 (all promoters is the binomial extreme).
    expect(c.interval.lower).toBeCloseTo(100 * (2 * 0.025 ** 0.1 - 1), 8);
    expect(checkTarget(all, { target: 100, method: 'wald', direction: 'lower' })).toMatchObject({
      status: 'met',
      pValue: 0,
    });
  });

  it('Clopper–Pearson: with every answer a success nothing is confidently below', () => {
    // 10 of 10: P(X ≥ 10 | p = 0.9) = 0.9^10 = 0.3487 is the p-value for "above 90 %";
    // "below" cannot be shown at all (p = 1).
    const m = proportionMetric();
    const all = m.score(tallyFromCounts(m.scale, [0, 10]));
    const above = checkTarget(all, { target: 90, method: 'clopper-pearson' });
    expect(above.pValue).toBeCloseTo(0.9 ** 10, 12);
    const below = checkTarget(all, { target: 90, method: 'clopper-pearson', direction: 'lower' });
    expect(below.pValue).toBe(1);
  });

  it('a response rate with nobody invited has no data', () => {
    expect(checkTarget(responseRate(0, 0), { target: 0.3 }).status).toBe('insufficient-data');
    expect(() => checkTarget({ ...responseRate(1, 2), invited: -1 }, { target: 0.3 })).toThrow(
      /^checkTarget: the result's invited must be/,
    );
    expect(() => checkTarget({ ...responseRate(1, 2), responses: -1 }, { target: 0.3 })).toThrow(
      /^checkTarget: the result's responses must be/,
    );
    expect(() => checkTarget(responseRate(1, 2), { target: 0.3, method: 'x' })).toThrow(
      /^checkTarget: option method must be/,
    );
  });
});

describe('option names in target messages', () => {
  it('targetBand names its direction option', () => {
    expect(() =>
      targetBand(5, {
        thresholds: [0, 30],
        names: ['red', 'amber', 'green'],
        direction: 'up' as never,
      }),
    ).toThrowExactly(
      new TypeError(
        `targetBand: option direction must be 'higher' or 'lower', received "up" (strings are not coerced)`,
      ),
    );
  });
});
