import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, csat, nps, tally } from '../../src/index.js';
import { answersArb, closeOrNull, NPS_SCALE, weightedArb } from './arbitraries.js';

const SCALE_7 = { min: 1, max: 7 };

describe('weights', () => {
  it('weights all 1 give the same NPS, CSAT and CES results as no weights', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), (answers) => {
        const ones = answers.map(() => 1);
        const scale = NPS_SCALE;
        const pairs = [
          [nps(answers, { weight: ones }), nps(answers)],
          [csat(answers, { scale, weight: ones }), csat(answers, { scale })],
          [ces(answers, { scale, weight: ones }), ces(answers, { scale })],
        ] as const;
        for (const [weighted, plain] of pairs) {
          expect(weighted.score).toEqual(plain.score);
          expect(weighted.n).toBe(plain.n);
          expect(weighted.nEffective).toBe(plain.n);
          expect(weighted).toEqual(plain);
        }
      }),
    );
  });

  it('a tally with weights all 1 has the counts of the unweighted tally and weightSquares equal to total', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), (answers) => {
        const weighted = tally(answers, NPS_SCALE, { weight: answers.map(() => 1) });
        const plain = tally(answers, NPS_SCALE);
        expect(weighted.weightSquares).toBe(weighted.total);
        expect(weighted).toEqual({ ...plain, weightSquares: plain.total });
      }),
    );
  });

  it('scaling every weight by a positive constant leaves the scores unchanged to 1e-12 and nEffective to 1e-9', () => {
    fc.assert(
      fc.property(
        weightedArb(NPS_SCALE),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        ({ answers, weights }, c) => {
          const scaled = weights.map((w) => w * c);
          const a = nps(answers, { weight: weights });
          const b = nps(answers, { weight: scaled });
          expect(closeOrNull(a.score, b.score, 1e-12, 100)).toBe(true);
          const share = (r: { promoters: number; total: number }): number | null =>
            r.total === 0 ? null : r.promoters / r.total;
          expect(closeOrNull(share(a), share(b), 1e-12, 1)).toBe(true);
          expect(closeOrNull(a.nEffective, b.nEffective, 1e-9)).toBe(true);
          expect(b.n).toBe(a.n);
          const ca = csat(answers, { scale: NPS_SCALE, weight: weights });
          const cb = csat(answers, { scale: NPS_SCALE, weight: scaled });
          expect(closeOrNull(ca.score, cb.score, 1e-12, 100)).toBe(true);
          expect(closeOrNull(ca.net, cb.net, 1e-12, 100)).toBe(true);
          expect(closeOrNull(ca.mean, cb.mean, 1e-12, 10)).toBe(true);
          const ea = ces(answers, { scale: NPS_SCALE, weight: weights });
          const eb = ces(answers, { scale: NPS_SCALE, weight: scaled });
          expect(closeOrNull(ea.score, eb.score, 1e-12, 10)).toBe(true);
          expect(closeOrNull(ea.easyShare, eb.easyShare, 1e-12, 1)).toBe(true);
          expect(closeOrNull(ea.nEffective, eb.nEffective, 1e-9)).toBe(true);
        },
      ),
    );
  });

  it('Kish: 1 ≤ nEffective ≤ n for weighted tallies with total > 0', () => {
    fc.assert(
      fc.property(weightedArb(SCALE_7), ({ answers, weights }) => {
        const r = ces(answers, { weight: weights });
        if (r.total > 0) {
          expect(r.nEffective).toBeGreaterThanOrEqual(1);
          expect(r.nEffective).toBeLessThanOrEqual(r.n);
        } else {
          expect(r.nEffective).toBe(0);
          expect(r.score).toBeNull();
        }
      }),
    );
  });

  it('all-zero weights give score null and nEffective 0', () => {
    fc.assert(
      fc.property(answersArb(SCALE_7), fc.constantFrom(0, -0), (answers, z) => {
        const weight = answers.map(() => z);
        for (const r of [
          nps(
            answers.map((x) => (typeof x === 'number' ? x + 3 : x)),
            { weight },
          ),
          csat(answers, { scale: SCALE_7, weight }),
          ces(answers, { weight }),
        ]) {
          expect(r.score).toBeNull();
          expect(r.nEffective).toBe(0);
          expect(r.total).toBe(0);
          expect(r.n).toBe(answers.filter((x) => typeof x === 'number').length);
        }
      }),
    );
  });

  it('an answer with weight 0 changes n but no score', () => {
    fc.assert(
      fc.property(
        weightedArb(NPS_SCALE, 1),
        fc.integer({ min: 0, max: 10 }),
        ({ answers, weights }, x) => {
          const before = nps(answers, { weight: weights });
          const after = nps([...answers, x], { weight: [...weights, 0] });
          expect(after.score).toEqual(before.score);
          expect(after.total).toBe(before.total);
          // Equal up to rounding: nEffective is kept within [1, n], and n grew by one.
          expect(closeOrNull(after.nEffective, before.nEffective, 1e-12)).toBe(true);
          expect(after.n).toBe(before.n + 1);
        },
      ),
    );
  });

  it('a weight accessor on rows gives the same result as a parallel weight array', () => {
    fc.assert(
      fc.property(weightedArb(NPS_SCALE), ({ answers, weights }) => {
        const rows = answers.map((q, i) => ({ q, w: weights[i] ?? 0 }));
        expect(nps(rows, (r) => r.q, { weight: (r) => r.w })).toEqual(
          nps(answers, { weight: weights }),
        );
        expect(tally(rows, NPS_SCALE, { value: (r) => r.q, weight: (r) => r.w })).toEqual(
          tally(answers, NPS_SCALE, { weight: weights }),
        );
      }),
    );
  });
});
