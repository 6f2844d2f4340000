import { describe, expect, it } from 'vitest';
import {
  adjustPValues,
  ces,
  cesMetric,
  compareDistributions,
  compareGroups,
  compareMeans,
  compareNps,
  comparePairedNps,
  compareProportions,
  csat,
  csatMetric,
  nps,
  npsFromCounts,
  npsMetric,
  proportionMetric,
  tally,
  tallyFromCounts,
} from '../../src/index.js';

const NPS = { min: 0, max: 10 };

describe('compareNps', () => {
  it('answers no-detectable-difference with null statistic when the standard error is 0', () => {
    const all = npsFromCounts({ promoters: 10, passives: 0, detractors: 0 });
    const c = compareNps(all, all);
    expect([c.estimate, c.se, c.statistic, c.pValue, c.verdict]).toEqual([
      0,
      0,
      null,
      null,
      'no-detectable-difference',
    ]);
  });

  it('gives null fields when either side is empty', () => {
    const c = compareNps(nps([]), nps([10]));
    expect(c.estimate).toBeNull();
    expect(c.interval.lower).toBeNull();
    expect(c.verdict).toBe('no-detectable-difference');
  });

  it('reads lower when the first is clearly below the second, and takes tallies', () => {
    const low = tallyFromCounts(NPS, { 0: 60, 10: 40 });
    const high = tallyFromCounts(NPS, { 0: 20, 10: 80 });
    const c = compareNps(low, high);
    expect(c.estimate).toBe(-20 - 60);
    expect(c.verdict).toBe('lower');
    expect(c.test).toBe('nps-z');
    expect(c.df).toBeNull();
  });

  it('keeps tiny p-values instead of rounding them to 0', () => {
    // R: the two-sample formula with 2 * pnorm(-abs(z)) gives 1.47e-87.
    const a = npsFromCounts({ promoters: 900, passives: 50, detractors: 50 });
    const b = npsFromCounts({ promoters: 500, passives: 250, detractors: 250 });
    const p = compareNps(a, b).pValue ?? 1;
    expect(p).toBeGreaterThan(1e-88);
    expect(p).toBeLessThan(1e-86);
  });

  it('rejects a bad level and unknown options', () => {
    const r = nps([10]);
    expect(() => compareNps(r, r, { level: 1 })).toThrow(RangeError);
    expect(() => compareNps(r, r, { alpha: 0.05 } as never)).toThrow(TypeError);
  });
});

describe('compareProportions', () => {
  it('gives null statistic when neither sample varies', () => {
    const c = compareProportions({ successes: 0, n: 10 }, { successes: 0, n: 20 });
    expect(c.estimate).toBe(0);
    expect(c.statistic).toBeNull();
    expect(c.interval.lower).toBeLessThan(0);
    expect(c.interval.upper).toBeGreaterThan(0);
  });

  it('gives null fields for an empty sample', () => {
    expect(compareProportions({ successes: 0, n: 0 }, { successes: 1, n: 2 }).estimate).toBeNull();
  });

  it('rejects bad samples', () => {
    expect(() => compareProportions({ successes: 3, n: 2 }, { successes: 1, n: 2 })).toThrowExactly(
      new RangeError('compareProportions: a.successes (3) must not exceed a.n (2)'),
    );
    expect(() => compareProportions(null as never, { successes: 1, n: 2 })).toThrow(TypeError);
    expect(() => compareProportions({ successes: 1, n: 2 }, { successes: -1, n: 2 })).toThrow(
      RangeError,
    );
  });
});

describe('compareMeans', () => {
  it('decides by the exact permutation test with fewer than two answers on a side', () => {
    const c = compareMeans(ces([7]), ces([5, 6]));
    expect(c.estimate).toBe(1.5);
    expect(c.test).toBe('mean-permutation');
    expect(compareMeans(ces([]), ces([5])).estimate).toBeNull();
  });

  it('decides by the exact permutation test, with an interval of width > 0, when neither side varies', () => {
    // By hand: 2 of the 6 splits of {7, 7, 5, 5} put both 7s (or both 5s) in a, so p = 1/3; the
    // permutation SE² = var(c(7, 7, 5, 5))·(1/2 + 1/2) = 4/3.
    const c = compareMeans(ces([7, 7]), ces([5, 5]));
    expect(c.estimate).toBe(2);
    expect(c.pValue).toBeCloseTo(1 / 3, 15);
    expect(c.se).toBeCloseTo(2 / Math.sqrt(3), 15);
    expect(c.interval.lower).toBeLessThan(2);
  });

  it('rejects samples on different scales', () => {
    expect(() => compareMeans(ces([7, 6]), csat([5, 4]))).toThrowExactly(
      new RangeError('compareMeans: the samples are on different scales, 1–7 and 1–5'),
    );
  });
});

describe('comparePairedNps', () => {
  it('skips pairs with a missing side and counts them', () => {
    const c = comparePairedNps([10, null, 3, 8], [10, 9, undefined, 9]);
    expect(c.n).toBe(2);
    expect(c.skipped).toBe(2);
    expect(c.estimate).toBe(-50);
  });

  it('answers null statistic when no pair changed category', () => {
    const c = comparePairedNps([10, 3, 7], [9, 0, 8]);
    expect([c.estimate, c.se, c.statistic, c.pValue, c.verdict]).toEqual([
      0,
      null,
      null,
      1,
      'no-detectable-difference',
    ]);
  });

  it('gives null fields without complete pairs', () => {
    expect(comparePairedNps([null], [10]).estimate).toBeNull();
  });

  it('names the side and index of an invalid answer, or skips the pair', () => {
    expect(() => comparePairedNps([10, 11], [10, 10])).toThrowExactly(
      new RangeError(
        'comparePairedNps: a answer at index 1 must be an integer from 0 to 10, received 11',
      ),
    );
    expect(() => comparePairedNps([10, 1], [10, '9' as never])).toThrow(TypeError);
    const c = comparePairedNps([10, 11, Number.NaN], [10, 9, 9], {
      invalid: 'skip',
      nan: 'missing',
    });
    expect([c.n, c.invalid, c.skipped]).toEqual([1, 1, 1]);
  });

  it('rejects arrays of different lengths and non-arrays', () => {
    expect(() => comparePairedNps([1, 2], [1])).toThrowExactly(
      new RangeError('comparePairedNps: a has 2 answers but b has 1; pairs need equal lengths'),
    );
    expect(() => comparePairedNps({ length: 1, 0: 1 } as never, [1])).toThrow(TypeError);
  });

  it('accepts typed arrays', () => {
    expect(comparePairedNps(Int8Array.of(0, 10), Int8Array.of(10, 10)).estimate).toBe(-100);
  });
});

describe('compareDistributions and compareGroups', () => {
  const scale = { min: 1, max: 5 };

  it('drops points empty in both tallies', () => {
    const t = compareDistributions(
      tallyFromCounts(scale, [5, 0, 5, 10, 0]),
      tallyFromCounts(scale, [10, 0, 5, 5, 0]),
    );
    expect(t.points).toBe(3);
    expect(t.df).toBe(2);
  });

  it('flags expected counts below 5', () => {
    expect(
      compareDistributions(
        tallyFromCounts(scale, [1, 2, 0, 0, 0]),
        tallyFromCounts(scale, [2, 1, 0, 0, 0]),
      ).smallExpected,
    ).toBe(true);
  });

  it('gives null when there is nothing to compare', () => {
    expect(
      compareDistributions(
        tallyFromCounts(scale, [5, 0, 0, 0, 0]),
        tallyFromCounts(scale, [3, 0, 0, 0, 0]),
      ).pValue,
    ).toBeNull();
    expect(
      compareDistributions(tallyFromCounts(scale, {}), tallyFromCounts(scale, [3, 1, 0, 0, 0]))
        .statistic,
    ).toBeNull();
  });

  it('treats weighted tallies through their effective sample size', () => {
    const plain = compareDistributions(
      tallyFromCounts(scale, [20, 0, 0, 0, 20]),
      tallyFromCounts(scale, [10, 0, 0, 0, 30]),
    );
    const weighted = compareDistributions(
      tallyFromCounts(scale, [20, 0, 0, 0, 20], { weightSquares: 80, n: 40 }),
      tallyFromCounts(scale, [10, 0, 0, 0, 30]),
    );
    expect(weighted.statistic).toBeLessThan(plain.statistic ?? 0);
  });

  it('rejects tallies on different scales', () => {
    expect(() => compareDistributions(tally([1], scale), tally([1], NPS))).toThrow(RangeError);
    expect(() => compareGroups([tally([1], scale), tally([1], NPS)])).toThrowExactly(
      new RangeError('compareGroups: tally at index 1 has scale 0–10, expected 1–5'),
    );
    expect(() => compareGroups([])).toThrowExactly(
      new RangeError('compareGroups: there are no tallies to compare'),
    );
    expect(() => compareGroups(5 as never)).toThrow(TypeError);
  });

  it('ignores empty groups in the omnibus test', () => {
    const t = compareGroups([
      tallyFromCounts(scale, [5, 5, 5, 5, 5]),
      tallyFromCounts(scale, {}),
      tallyFromCounts(scale, [9, 1, 5, 5, 5]),
    ]);
    expect(t.groups).toBe(2);
  });
});

describe('adjustPValues', () => {
  it('keeps nulls in place and out of the count', () => {
    expect(adjustPValues([0.01, null, 0.02], 'holm')).toEqual([0.02, null, 0.02]);
    expect(adjustPValues([], 'bh')).toEqual([]);
  });

  it('rejects bad p-values and methods', () => {
    expect(() => adjustPValues([0.5, 1.5], 'holm')).toThrowExactly(
      new RangeError('adjustPValues: p-value at index 1 must lie in [0, 1], received 1.5'),
    );
    expect(() => adjustPValues([0.5, '0.1' as never], 'holm')).toThrow(TypeError);
    expect(() => adjustPValues([0.5], 'fdr' as never)).toThrow(TypeError);
    expect(() => adjustPValues(0.5 as never, 'holm')).toThrow(TypeError);
  });
});

describe('metric.compare', () => {
  it('compares NPS tallies as compareNps does', () => {
    const a = tally([10, 10, 9, 3], NPS);
    const b = tally([10, 3, 3, 7], NPS);
    expect(npsMetric.compare(a, b)).toEqual(compareNps(a, b));
  });

  it('compares CSAT shares in percentage points', () => {
    const m = csatMetric();
    const a = tally([5, 5, 4, 1], m.scale);
    const b = tally([5, 2, 1, 1], m.scale);
    const c = m.compare(a, b);
    const raw = compareProportions({ successes: 3, n: 4 }, { successes: 1, n: 4 });
    expect(c.estimate).toBe(100 * (raw.estimate ?? 0));
    expect(c.pValue).toBe(raw.pValue);
    expect(c.interval.lower).toBe(100 * (raw.interval.lower ?? 0));
  });

  it('compares CES means with Welch and binary outcomes as proportions', () => {
    const e = cesMetric();
    const a = tally([7, 6, 5], e.scale);
    const b = tally([3, 4, 2], e.scale);
    expect(e.compare(a, b)).toEqual(compareMeans(a, b));
    const p = proportionMetric();
    expect(p.compare(tally([1, 1], p.scale), tally([0, 0], p.scale)).estimate).toBe(100);
    expect(p.compare(tally([], p.scale), tally([1], p.scale)).estimate).toBeNull();
  });

  it('rejects tallies of another scale', () => {
    expect(() => npsMetric.compare(tally([1], NPS), tally([1], { min: 1, max: 5 }))).toThrow(
      RangeError,
    );
  });
});
