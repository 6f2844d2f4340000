import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustPValues,
  compareMeans,
  compareNps,
  compareProportions,
  meanInterval,
  npsFromCounts,
  npsInterval,
  type ProportionMethod,
  proportionInterval,
  tallyFromCounts,
} from '../../src/index.js';

const METHODS: ProportionMethod[] = [
  'wilson',
  'wald',
  'agresti-coull',
  'jeffreys',
  'clopper-pearson',
];
const count = fc.integer({ min: 0, max: 500 });
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const trinomial = fc.tuple(count, count, count).filter(([p, a, d]) => p + a + d > 0);

describe('statistics properties', () => {
  it('every proportion interval lies in [0, 1], is ordered and widens with the level', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...METHODS),
        (n, share, method) => {
          const x = Math.round(share * n);
          const narrow = proportionInterval(x, n, { level: 0.8, method });
          const wide = proportionInterval(x, n, { level: 0.99, method });
          for (const i of [narrow, wide]) {
            expect(
              0 <= (i.lower ?? -1) && (i.lower ?? 2) <= (i.upper ?? -1) && (i.upper ?? 2) <= 1,
            ).toBe(true);
            expect(Object.is(i.lower, -0) || Object.is(i.upper, -0)).toBe(false);
          }
          expect(wide.lower ?? 0).toBeLessThanOrEqual((narrow.lower ?? 0) + 1e-15);
          expect(wide.upper ?? 0).toBeGreaterThanOrEqual((narrow.upper ?? 0) - 1e-15);
        },
      ),
    );
  });

  it('Wilson, Jeffreys and Clopper–Pearson intervals contain the observed share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        level,
        (n, share, lv) => {
          const x = Math.round(share * n);
          for (const method of ['wilson', 'clopper-pearson'] as const) {
            const i = proportionInterval(x, n, { level: lv, method });
            expect((i.lower ?? 2) <= x / n + 1e-12 && x / n <= (i.upper ?? -1) + 1e-12).toBe(true);
          }
        },
      ),
    );
  });

  it('every NPS interval lies in −100…100 and is ordered; Wald and score contain the NPS', () => {
    fc.assert(
      fc.property(
        trinomial,
        level,
        fc.constantFrom<'adjusted-wald' | 'wald' | 'score'>('adjusted-wald', 'wald', 'score'),
        ([p, a, d], lv, method) => {
          const r = npsFromCounts({ promoters: p, passives: a, detractors: d });
          const i = npsInterval(r, { level: lv, method });
          const lo = i.lower ?? Number.NaN;
          const hi = i.upper ?? Number.NaN;
          expect(-100 <= lo && lo <= hi && hi <= 100).toBe(true);
          if (method !== 'adjusted-wald')
            expect(lo <= (r.score ?? 0) + 1e-9 && (r.score ?? 0) <= hi + 1e-9).toBe(true);
        },
      ),
    );
  });

  it('comparisons are antisymmetric: swapping a and b negates the estimate and keeps the p-value', () => {
    fc.assert(
      fc.property(trinomial, trinomial, ([p1, a1, d1], [p2, a2, d2]) => {
        const a = npsFromCounts({ promoters: p1, passives: a1, detractors: d1 });
        const b = npsFromCounts({ promoters: p2, passives: a2, detractors: d2 });
        const ab = compareNps(a, b);
        const ba = compareNps(b, a);
        expect(ab.estimate === -(ba.estimate ?? 0) || ab.estimate === ba.estimate).toBe(true);
        expect(ab.pValue).toBe(ba.pValue);
        const flipped = {
          higher: 'lower',
          lower: 'higher',
          'no-detectable-difference': 'no-detectable-difference',
        };
        expect(ba.verdict).toBe(flipped[ab.verdict]);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.nat(),
        fc.nat(),
        (n1, n2, s1, s2) => {
          const a = { successes: s1 % (n1 + 1), n: n1 };
          const b = { successes: s2 % (n2 + 1), n: n2 };
          const ab = compareProportions(a, b);
          const ba = compareProportions(b, a);
          expect(ab.pValue).toBe(ba.pValue);
          expect(Math.abs((ab.interval.lower ?? 0) + (ba.interval.upper ?? 0))).toBeLessThan(1e-12);
        },
      ),
    );
  });

  it('a p-value is in [0, 1] and the verdict agrees with it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 5, maxLength: 5 }),
        level,
        (ca, cb, lv) => {
          const scale = { min: 1, max: 5 };
          const c = compareMeans(tallyFromCounts(scale, ca), tallyFromCounts(scale, cb), {
            level: lv,
          });
          if (c.pValue !== null) {
            expect(c.pValue >= 0 && c.pValue <= 1).toBe(true);
            expect(c.verdict === 'no-detectable-difference').toBe(!(c.pValue < 1 - lv));
          } else expect(c.verdict).toBe('no-detectable-difference');
          const i = meanInterval(tallyFromCounts(scale, ca), { level: lv });
          if (i.lower !== null)
            expect(1 <= i.lower && i.lower <= (i.upper ?? 0) && (i.upper ?? 0) <= 5).toBe(true);
        },
      ),
    );
  });

  it('adjusted p-values are at least the raw ones, at most 1, and keep nulls in place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
          maxLength: 30,
        }),
        fc.constantFrom<'holm' | 'hochberg' | 'bonferroni' | 'bh' | 'by'>(
          'holm',
          'hochberg',
          'bonferroni',
          'bh',
          'by',
        ),
        (p, method) => {
          const q = adjustPValues(p, method);
          expect(q).toHaveLength(p.length);
          p.forEach((x, i) => {
            const y = q[i] ?? null;
            if (x === null) expect(y).toBeNull();
            else expect(y !== null && y >= x - 1e-15 && y <= 1).toBe(true);
          });
        },
      ),
    );
  });
});
