// compareMeans under the minimum-information rule. Expected values: test/fixtures/stats/
// means-paired.json, written by test/fixtures/stats/means-paired.R (coin's exact oneway_test,
// cross-checked by enumerating every split with combn), with the exact call in each `call`;
// the rest by hand, as the comments show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ces, compareMeans, tallyFromCounts } from '../../src/index.js';

interface Row {
  readonly call: string;
  readonly [field: string]: unknown;
}
const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'stats', 'means-paired.json'), 'utf8'),
) as Record<string, Row[]>;

function rel(got: number | null, want: number): number {
  if (got === null) return Number.POSITIVE_INFINITY;
  return want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
}

/** `counts[k]` answers of `k + 1` (a 1–7 CES by default). */
function answers(counts: readonly number[], min = 1): number[] {
  return counts.flatMap((c, k) => Array<number>(c).fill(k + min));
}

describe('compareMeans below 30 answers', () => {
  it('compareMeans matches the exact permutation p of coin::oneway_test below 30 answers', () => {
    for (const r of fixtures.meanPermutation as Row[]) {
      const ca = r.countsA as number[];
      const scale = { min: r.min as number, max: (r.min as number) + ca.length - 1 };
      const c = compareMeans(
        tallyFromCounts(scale, ca),
        tallyFromCounts(scale, r.countsB as number[]),
      );
      expect(c.test, r.call).toBe('mean-permutation');
      expect(rel(c.pValue, r.pValue as number), r.call).toBeLessThan(1e-9);
    }
  });

  it('compareMeans is not significant for two 7s against 1,000 CES answers skewed to the top (was p = 2e-258)', () => {
    const c = compareMeans(ces([7, 7]), ces(answers([40, 60, 100, 150, 200, 250, 200])));
    // coin's exact p is 0.0822…: two answers of 7 are an 8 % event in that pool.
    expect(c.verdict).toBe('no-detectable-difference');
    expect(c.pValue).toBeGreaterThan(0.05);
    expect(c.interval.method).toBe('mean-permutation-z');
    expect((c.interval.upper as number) - (c.interval.lower as number)).toBeGreaterThan(1);
  });

  it('compareMeans gives the exact p = 0.041 for two 7s against 1,000 answers spread evenly over 1–7', () => {
    // Two 7s (or two 1s) out of an even pool is a 2-in-49 event: the exact test calls it higher
    // at 95 %, as coin does, and not at 99 %.
    const b = ces(answers([143, 143, 143, 142, 143, 143, 143]));
    expect(compareMeans(ces([7, 7]), b).verdict).toBe('higher');
    expect(compareMeans(ces([7, 7]), b, { level: 0.99 }).verdict).toBe('no-detectable-difference');
  });

  it('compareMeans treats unit weights as counts and weighted small groups by the permutation z', () => {
    const unit = compareMeans(ces([7, 6, 5], { weight: [1, 1, 1] }), ces([4, 5, 3]));
    expect(unit.test).toBe('mean-permutation');
    const weighted = compareMeans(ces([7, 6, 5], { weight: [1, 2, 1] }), ces([4, 5, 3]));
    expect(weighted.test).toBe('mean-permutation-z');
  });

  it('compareMeans of a weighted group with n_eff ≈ 1 has finite numbers (was an interval of ±Infinity)', () => {
    const r = (fixtures.meanPermutationZWeighted as Row[])[0] as Row;
    const c = compareMeans(ces([7, 1], { weight: [1, 1e-9] }), ces([1, 2, 3, 4, 5, 6, 7]));
    expect(c.test).toBe('mean-permutation-z');
    expect(c.df).toBeNull();
    for (const k of ['estimate', 'se', 'statistic', 'pValue'] as const) {
      expect(rel(c[k], r[k] as number), `${k}: ${r.call}`).toBeLessThan(1e-9);
    }
    expect(rel(c.interval.lower, r.lower as number), r.call).toBeLessThan(1e-9);
    expect(rel(c.interval.upper, r.upper as number), r.call).toBeLessThan(1e-9);
  });

  it('compareMeans keeps the exact test against 2³³ answers (the counts scaled below the largest double)', () => {
    // Two 1s against K = 2³² answers of 0 and K of 1: by hand, of the C(2K + 2, 2) splits,
    // C(K + 2, 2) put two 1s and C(K, 2) two 0s in a, the only ones with |Δ̄| ≥ |Δ̄_obs|.
    const K = 2 ** 32;
    const scale = { min: 0, max: 1 };
    const c = compareMeans(tallyFromCounts(scale, [0, 2]), tallyFromCounts(scale, [K, K]));
    const pairs = (n: number): number => (n * (n - 1)) / 2;
    expect(c.test).toBe('mean-permutation');
    expect(rel(c.pValue, (pairs(K + 2) + pairs(K)) / pairs(2 * K + 2))).toBeLessThan(1e-12);
  });

  it('compareMeans falls back to the permutation z past 1e7 cells of the exact programme', () => {
    // 0–300: 29 answers at the ends against one at each point, 301 × 30 × 8,701 ≈ 7.9e7 cells.
    const scale = { min: 0, max: 300 };
    const a = Array<number>(301).fill(0);
    a[0] = 14;
    a[300] = 15;
    const c = compareMeans(tallyFromCounts(scale, a), tallyFromCounts(scale, Array(301).fill(1)));
    expect(c.test).toBe('mean-permutation-z');
    expect(c.interval.method).toBe('mean-permutation-z');
  });
});

describe('compareMeans above 30 answers', () => {
  it('compareMeans says higher for 1,000 answers of 7 against 1,000 of 1 (was no-detectable-difference)', () => {
    const r = (fixtures.meanPermutationZ as Row[])[0] as Row;
    const c = compareMeans(ces(Array(1000).fill(7)), ces(Array(1000).fill(1)));
    expect(c.test).toBe('mean-permutation-z');
    expect(c.verdict).toBe('higher');
    expect(rel(c.se, r.se as number), r.call).toBeLessThan(1e-9);
    expect(rel(c.statistic, r.statistic as number), r.call).toBeLessThan(1e-9);
    // R: 2*pnorm(-44.7…) underflows to 0, as here.
    expect(c.pValue).toBe(0);
    expect(rel(c.interval.lower, r.lower as number), r.call).toBeLessThan(1e-9);
    expect(c.interval.upper).toBe(6);
  });

  it('compareMeans replaces a collapsed Welch test above 30 answers by the permutation z', () => {
    const r = (fixtures.meanPermutationZ as Row[])[1] as Row;
    const c = compareMeans(ces(Array(40).fill(7)), ces(answers([5, 5, 5, 5, 5, 5, 10])), {
      level: 0.9,
    });
    expect(c.test).toBe('mean-permutation-z');
    for (const k of ['estimate', 'se', 'statistic', 'pValue'] as const) {
      expect(rel(c[k], r[k] as number), `${k}: ${r.call}`).toBeLessThan(1e-9);
    }
    expect(rel(c.interval.lower, r.lower as number), r.call).toBeLessThan(1e-9);
    expect(rel(c.interval.upper, r.upper as number), r.call).toBeLessThan(1e-9);
  });

  it('compareMeans keeps Welch’s t test above 30 answers in both groups', () => {
    const c = compareMeans(
      ces(answers([3, 3, 4, 6, 8, 6, 5])),
      ces(answers([5, 6, 5, 6, 5, 4, 4])),
    );
    expect([c.test, c.interval.method]).toEqual(['welch-t', 'welch']);
    expect(c.df).toBeGreaterThan(30);
  });

  it('compareMeans has finite limits at the highest level accepted, 1 − 2⁻⁵²', () => {
    const level = 1 - 2 ** -52;
    for (const c of [
      compareMeans(ces([7, 6, 2]), ces([1, 2, 3]), { level }),
      compareMeans(ces(Array(40).fill(7)), ces(Array(40).fill(1)), { level }),
      compareMeans(ces(answers([3, 3, 4, 6, 8, 6, 5])), ces(answers([5, 6, 5, 6, 5, 4, 4])), {
        level,
      }),
    ]) {
      expect(Number.isFinite(c.interval.lower)).toBe(true);
      expect(Number.isFinite(c.interval.upper)).toBe(true);
    }
  });
});
