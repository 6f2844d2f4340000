import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ces,
  cesMetric,
  csat,
  csatMetric,
  nps,
  proportionMetric,
  tally,
  tallyFromCounts,
} from '../../src/index.js';
import { answersArb, NPS_SCALE, scaleArb, weightedArb } from './arbitraries.js';

/** Whether `x` is null or a number in [lo, hi]. */
function within(x: number | null, lo: number, hi: number): boolean {
  return x === null || (x >= lo && x <= hi);
}

/** CSAT options that fit `scale`: a top box and a bottom box that do not overlap. */
const csatCaseArb = scaleArb.chain((scale) => {
  const points = scale.max - scale.min + 1;
  return fc.integer({ min: 1, max: points - 1 }).chain((topBox) =>
    fc.record({
      scale: fc.constant(scale),
      topBox: fc.constant(topBox),
      bottomBox: fc.integer({ min: 1, max: points - topBox }),
      answers: answersArb(scale),
    }),
  );
});

/** CES options that fit `scale`. */
const cesCaseArb = scaleArb.chain((scale) =>
  fc.record({
    scale: fc.constant(scale),
    easier: fc.constantFrom('higher' as const, 'lower' as const),
    easyBox: fc.integer({ min: 1, max: scale.max - scale.min }),
    answers: answersArb(scale),
  }),
);

describe('bounds', () => {
  it('the NPS score lies in −100…100, the categories add up, and the score is null exactly when total is 0', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), (answers) => {
        const r = nps(answers);
        expect(within(r.score, -100, 100)).toBe(true);
        expect(r.promoters + r.passives + r.detractors).toBe(r.total);
        expect(r.score === null).toBe(r.total === 0);
      }),
    );
  });

  it('the weighted NPS lies in −100…100 and is null exactly when total is 0', () => {
    fc.assert(
      fc.property(weightedArb(NPS_SCALE), ({ answers, weights }) => {
        const r = nps(answers, { weight: weights });
        expect(within(r.score, -100, 100)).toBe(true);
        expect(r.score === null).toBe(r.total === 0);
      }),
    );
  });

  it('weighted CSAT and CES stay in their ranges even when weight sums round', () => {
    const w = [0.07, 0.07, 0.07];
    expect(nps([10, 10, 10], { weight: w }).score).toBe(100);
    expect(nps([0, 0, 0], { weight: w }).score).toBe(-100);
    expect(csat([5, 5, 5], { weight: w }).score).toBe(100);
    expect(csat([5, 5, 5], { weight: w }).net).toBe(100);
    expect(ces([7], { weight: [0.1] }).score).toBe(7);
    expect(nps([10, 10, 10], { weight: [0.1, 0.1, 0.1] }).nEffective).toBe(3);
    fc.assert(
      fc.property(weightedArb({ min: 1, max: 5 }), weightedArb({ min: 1, max: 7 }), (a, b) => {
        const c = csat(a.answers, { weight: a.weights });
        const e = ces(b.answers, { weight: b.weights });
        expect(within(c.score, 0, 100) && within(c.net, -100, 100) && within(c.mean, 1, 5)).toBe(
          true,
        );
        expect(within(e.score, 1, 7) && within(e.easyShare, 0, 1)).toBe(true);
      }),
    );
  });

  it('the CSAT score lies in 0…100, share and bottomShare in 0…1, net in −100…100 and the mean on the scale', () => {
    fc.assert(
      fc.property(csatCaseArb, ({ scale, topBox, bottomBox, answers }) => {
        const r = csat(answers, { scale, topBox, bottomBox });
        expect(within(r.score, 0, 100)).toBe(true);
        expect(within(r.share, 0, 1)).toBe(true);
        expect(within(r.bottomShare, 0, 1)).toBe(true);
        expect(within(r.net, -100, 100)).toBe(true);
        expect(within(r.mean, scale.min, scale.max)).toBe(true);
        for (const x of [r.score, r.share, r.bottomShare, r.net, r.mean]) {
          expect(x === null).toBe(r.total === 0);
        }
        expect(r.satisfied + r.dissatisfied).toBeLessThanOrEqual(r.total);
      }),
    );
  });

  it('the CES mean lies on the scale, easyShare in 0…1, and both are null exactly when total is 0', () => {
    fc.assert(
      fc.property(cesCaseArb, ({ scale, easier, easyBox, answers }) => {
        const r = ces(answers, { scale, easier, easyBox });
        expect(within(r.score, scale.min, scale.max)).toBe(true);
        expect(within(r.easyShare, 0, 1)).toBe(true);
        expect(r.score === null).toBe(r.total === 0);
        expect(r.easyShare === null).toBe(r.total === 0);
        expect(r.metric.range).toEqual({ min: scale.min, max: scale.max });
        expect(r.metric.better).toBe(easier);
      }),
    );
  });

  it('the weighted CSAT and CES shares lie in 0…1 and every score is null exactly when total is 0', () => {
    fc.assert(
      fc.property(weightedArb({ min: 1, max: 5 }), ({ answers, weights }) => {
        const c = csat(answers, { weight: weights });
        const e = ces(answers, { weight: weights, scale: { min: 1, max: 5 }, easier: 'lower' });
        expect(within(c.share, 0, 1)).toBe(true);
        expect(within(c.bottomShare, 0, 1)).toBe(true);
        expect(within(e.easyShare, 0, 1)).toBe(true);
        for (const x of [c.score, c.share, c.bottomShare, c.net, c.mean, e.score, e.easyShare]) {
          expect(x === null).toBe(c.total === 0);
          expect(x === null || Number.isFinite(x)).toBe(true);
        }
      }),
    );
  });

  it('the proportion score lies in 0…100, its share in 0…1, and both are null exactly when total is 0', () => {
    const metric = proportionMetric();
    fc.assert(
      fc.property(answersArb({ min: 0, max: 1 }), (answers) => {
        const r = metric.score(tally(answers, metric.scale));
        expect(within(r.score, 0, 100)).toBe(true);
        expect(within(r.share, 0, 1)).toBe(true);
        expect(r.score === null).toBe(r.total === 0);
        expect(r.share === null).toBe(r.total === 0);
        expect(r.successes).toBe(answers.filter((x) => x === 1).length);
      }),
    );
  });

  it('scores of pre-aggregated counts stay in range, including huge integer counts', () => {
    const count = fc.oneof(fc.nat(1000), fc.nat({ max: 2 ** 48 }));
    fc.assert(
      fc.property(fc.array(count, { minLength: 11, maxLength: 11 }), (counts) => {
        const n = csatMetric({ scale: NPS_SCALE }).score(tallyFromCounts(NPS_SCALE, counts));
        const e = cesMetric({ scale: NPS_SCALE }).score(tallyFromCounts(NPS_SCALE, counts));
        expect(within(n.score, 0, 100)).toBe(true);
        expect(within(n.net, -100, 100)).toBe(true);
        expect(within(n.mean, 0, 10)).toBe(true);
        expect(within(e.score, 0, 10)).toBe(true);
        expect(e.score === null).toBe(counts.every((c) => c === 0));
      }),
    );
  });
});
