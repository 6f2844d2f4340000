// The minimum-information property (issue 15 §1): over random small tables (n ≤ 8 per group), a
// verdict other than 'no-detectable-difference' implies that the exact test's p-value, computed
// here by brute force over every relabelling of the individual answers, is below 1 − level.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareNps,
  compareProportions,
  compareSegments,
  csatMetric,
  nps,
  npsFromCounts,
  npsMetric,
  periodChanges,
  segment,
  tally,
} from '../../src/index.js';

const NPS = { min: 0, max: 10 };
const csat = csatMetric();

/**
 * Every way to split the pooled answers into a group of size m and the rest: for each subset
 * (a bit mask over the N ≤ 16 answers with m bits set), the sum of the subset's values.
 */
function subsetSums(values: readonly number[], m: number): number[] {
  const n = values.length;
  const sums = new Float64Array(1 << n);
  const bits = new Uint8Array(1 << n);
  const out: number[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    const rest = mask & (mask - 1);
    sums[mask] = (sums[rest] as number) + (values[low] as number);
    bits[mask] = (bits[rest] as number) + 1;
    if (bits[mask] === m) out.push(sums[mask] as number);
  }
  if (m === 0) out.push(0);
  return out;
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** Brute-force permutation p of the difference in means: P(|Δ| ≥ |Δ_obs|), tolerance 1e-7. */
function permutationP(a: readonly number[], b: readonly number[]): number {
  const pooled = [...a, ...b];
  const total = sum(pooled);
  const delta = (s: number): number => s / a.length - (total - s) / b.length;
  const observed = Math.abs(delta(sum(a)));
  const sums = subsetSums(pooled, a.length);
  return sums.filter((s) => Math.abs(delta(s)) >= observed * (1 - 1e-7)).length / sums.length;
}

/** Brute-force Fisher p: the share of relabellings whose table is no more likely than the observed. */
function fisherP(a: readonly number[], b: readonly number[]): number {
  const sums = subsetSums([...a, ...b], a.length);
  const freq = new Map<number, number>();
  for (const s of sums) freq.set(s, (freq.get(s) ?? 0) + 1);
  const observed = (freq.get(sum(a)) as number) * (1 + 1e-7);
  let tail = 0;
  for (const f of freq.values()) if (f <= observed) tail += f;
  return tail / sums.length;
}

const npsScore = (x: number): number => (x >= 9 ? 1 : x <= 6 ? -1 : 0);
const topBox = (x: number): number => (x >= 4 ? 1 : 0);

const groupArb = (max: number) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: 1, maxLength: 8 });
const levelArb = fc.oneof(
  fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99),
  fc.double({ min: 0.5, max: 0.999, noNaN: true }),
);
const npsCase = fc.record({ a: groupArb(10), b: groupArb(10), level: levelArb });
const csatCase = fc.record({
  a: groupArb(4).map((xs) => xs.map((x) => x + 1)),
  b: groupArb(4).map((xs) => xs.map((x) => x + 1)),
  level: levelArb,
});

/** Whether a verdict is backed by the exact p-value. */
const backed = (verdict: string | null | undefined, p: number, level: number): boolean =>
  verdict === 'no-detectable-difference' || p < 1 - level;

describe('minimum information over random small tables (n ≤ 8 per group)', () => {
  it('compareNps: a verdict implies the exact permutation p < 1 − level, and p is that p', () => {
    fc.assert(
      fc.property(npsCase, ({ a, b, level }) => {
        const p = permutationP(a.map(npsScore), b.map(npsScore));
        const c = compareNps(nps(a), nps(b), { level });
        expect(c.test).toBe('nps-permutation');
        expect(Math.abs((c.pValue as number) - p)).toBeLessThanOrEqual(1e-9);
        expect(backed(c.verdict, p, level)).toBe(true);
        const w = compareNps(nps(a), nps(b), { level, method: 'wald' });
        expect(backed(w.verdict, p, level)).toBe(true);
      }),
    );
  });

  it('npsMetric.compare: a verdict implies the exact permutation p < 1 − level', () => {
    fc.assert(
      fc.property(npsCase, ({ a, b, level }) => {
        const p = permutationP(a.map(npsScore), b.map(npsScore));
        const c = npsMetric.compare(tally(a, NPS), tally(b, NPS), { level });
        expect(backed(c.verdict, p, level)).toBe(true);
      }),
    );
  });

  it('compareProportions: a verdict implies the exact Fisher p < 1 − level, and p is that p', () => {
    fc.assert(
      fc.property(csatCase, ({ a, b, level }) => {
        const x = a.map(topBox);
        const y = b.map(topBox);
        const p = fisherP(x, y);
        const c = compareProportions(
          { successes: sum(x), n: x.length },
          { successes: sum(y), n: y.length },
          { level },
        );
        expect(c.test).toBe('fisher-exact');
        expect(Math.abs((c.pValue as number) - p)).toBeLessThanOrEqual(1e-9);
        expect(backed(c.verdict, p, level)).toBe(true);
      }),
    );
  });

  it('csatMetric().compare: a verdict implies the exact Fisher p < 1 − level', () => {
    fc.assert(
      fc.property(csatCase, ({ a, b, level }) => {
        const p = fisherP(a.map(topBox), b.map(topBox));
        const c = csat.compare(tally(a, csat.scale), tally(b, csat.scale), { level });
        expect(backed(c.verdict, p, level)).toBe(true);
      }),
    );
  });

  it('compareSegments: a segment’s verdict against the rest implies the exact p < 1 − level', () => {
    fc.assert(
      fc.property(npsCase, ({ a, b, level }) => {
        const p = permutationP(a.map(npsScore), b.map(npsScore));
        const rows = [...a.map((x) => ({ k: 'a', x })), ...b.map((x) => ({ k: 'b', x }))];
        const s = segment(rows, { by: (r) => r.k, value: (r) => r.x, metric: npsMetric });
        for (const t of compareSegments(s, npsMetric, { level }).segments) {
          expect(backed(t.verdict, p, level)).toBe(true);
        }
      }),
    );
  });

  it('periodChanges: a period’s verdict against the previous implies the exact p < 1 − level', () => {
    fc.assert(
      fc.property(npsCase, ({ a, b, level }) => {
        const p = permutationP(a.map(npsScore), b.map(npsScore));
        const periods = [
          { period: '2025-01', tally: tally(b, NPS) },
          { period: '2025-02', tally: tally(a, NPS) },
        ];
        const [, change] = periodChanges(periods, { metric: npsMetric, level });
        expect(backed(change?.verdict, p, level)).toBe(true);
      }),
    );
  });
});

describe('comparisons read a relative to b, whatever the test', () => {
  const flip = {
    higher: 'lower',
    lower: 'higher',
    'no-detectable-difference': 'no-detectable-difference',
  };
  const countsArb = fc.record({
    promoters: fc.integer({ min: 0, max: 60 }),
    passives: fc.integer({ min: 0, max: 60 }),
    detractors: fc.integer({ min: 0, max: 60 }),
  });

  it('swapping the groups keeps the test and the p-value and flips the verdict (NPS and shares)', () => {
    fc.assert(
      fc.property(
        countsArb,
        countsArb,
        levelArb,
        fc.constantFrom('adjusted-wald', 'wald'),
        (x, y, level, method) => {
          const a = npsFromCounts(x);
          const b = npsFromCounts(y);
          const ab = compareNps(a, b, { level, method });
          const ba = compareNps(b, a, { level, method });
          expect(ba.test).toBe(ab.test);
          // Both groups empty: no p-value either way (seed 1987298289 found that the old
          // assertion compared null with a number).
          if (ab.pValue === null) expect(ba.pValue).toBeNull();
          else expect(Math.abs((ba.pValue as number) - ab.pValue)).toBeLessThanOrEqual(1e-12);
          expect(ba.verdict).toBe(flip[ab.verdict]);
          const sa = { successes: x.promoters, n: x.promoters + x.passives };
          const sb = { successes: y.promoters, n: y.promoters + y.passives };
          const pab = compareProportions(sa, sb, { level });
          const pba = compareProportions(sb, sa, { level });
          expect(pba.test).toBe(pab.test);
          expect(pba.verdict).toBe(flip[pab.verdict]);
        },
      ),
    );
  });
});

describe('minimum information at scale', () => {
  const many = (x: number, k: number): number[] => Array.from({ length: k }, () => x);

  it('1,000 unanimous promoters against 1,000 unanimous detractors is higher; 2 against 2 is not', () => {
    expect(compareNps(nps(many(10, 1000)), nps(many(0, 1000))).verdict).toBe('higher');
    const two = compareNps(nps(many(10, 2)), nps(many(0, 2)));
    expect(two.verdict).toBe('no-detectable-difference');
    // Fisher (and the permutation test) p = 1/3: brute force here.
    expect(two.pValue).toBeCloseTo(permutationP([1, 1], [-1, -1]), 14);
    expect(fisherP([1, 1], [0, 0])).toBeCloseTo(1 / 3, 14);
  });
});
