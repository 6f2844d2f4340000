import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ces,
  csat,
  mergeTallies,
  nps,
  npsFromCounts,
  npsMetric,
  tally,
  tallyFromCounts,
} from '../../src/index.js';
import {
  caseArb,
  everything,
  MAX_LENGTH,
  NPS_SCALE,
  negativeZeros,
  pointArb,
  scaleArb,
} from './arbitraries.js';

/** 0 or −0. */
const zeroArb = fc.constantFrom(0, -0);

describe('never -0', () => {
  it('no result or tally holds -0, weighted (with zero and -0 weights) or not', () => {
    fc.assert(
      fc.property(caseArb, ({ scale, data }) => {
        expect(negativeZeros(everything(scale, data.answers, data.weights))).toEqual([]);
      }),
    );
  });

  it('all-zero and -0 weights give a null score, nEffective 0 and no -0', () => {
    const arb = scaleArb.chain((scale) =>
      fc.record({
        scale: fc.constant(scale),
        pairs: fc.array(fc.tuple(pointArb(scale), zeroArb), {
          minLength: 1,
          maxLength: MAX_LENGTH,
        }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ scale, pairs }) => {
        const answers = pairs.map((p) => p[0]);
        const weight = pairs.map((p) => p[1]);
        const all = everything(scale, answers, weight);
        expect(negativeZeros(all)).toEqual([]);
        for (const r of [all.nps, all.csat, all.ces, all.proportion, all.csatMetric]) {
          expect(r.score).toBeNull();
          expect(r.nEffective).toBe(0);
          expect(r.n).toBe(answers.length);
          expect(r.total).toBe(0);
        }
        expect(all.tally.weightSquares).toBe(0);
      }),
    );
  });

  it('-0 answers, counts, options and scale bounds never come back as -0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(zeroArb, pointArb(NPS_SCALE)), { maxLength: MAX_LENGTH }),
        fc.array(fc.oneof(zeroArb, fc.nat(20)), { minLength: 11, maxLength: 11 }),
        zeroArb,
        (answers, counts, z) => {
          const scale = { min: z, max: 10 };
          const fromCounts = tallyFromCounts(scale, counts, { skipped: z, invalid: z });
          const weighted = tallyFromCounts(
            scale,
            counts.map(() => z),
            { weightSquares: z, n: z },
          );
          const values = [
            tally(answers, scale),
            tally(answers, scale, { weight: answers.map(() => z) }),
            nps(answers),
            csat(answers, { scale }),
            ces(answers, { scale }),
            ces(
              answers.map((x) => -x),
              { scale: { min: -10, max: z } },
            ),
            fromCounts,
            weighted,
            npsMetric.score(fromCounts),
            npsMetric.score(weighted),
            mergeTallies([fromCounts, weighted]),
            npsFromCounts({ promoters: z, passives: z, detractors: z }, { skipped: z }),
            npsFromCounts({ promoters: z, passives: z, detractors: z }, { weightSquares: z, n: z }),
          ];
          expect(negativeZeros(values)).toEqual([]);
        },
      ),
    );
  });

  it('a mean of 0 on a scale with a negative minimum is +0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat(MAX_LENGTH), (k, pairs) => {
        // Symmetric answers −k and k average to exactly 0.
        const answers = Array.from({ length: 2 * pairs + 1 }, (_, i) =>
          i === 0 ? 0 : i % 2 === 0 ? k : -k,
        );
        const scale = { min: -k, max: k };
        const c = csat(answers, { scale });
        const e = ces(answers, { scale });
        expect(Object.is(c.mean, -0)).toBe(false);
        expect(Object.is(e.score, -0)).toBe(false);
        expect(c.mean).toBe(0);
        expect(e.score).toBe(0);
      }),
    );
  });
});
