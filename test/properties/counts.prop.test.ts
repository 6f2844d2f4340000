import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/index.js';
import { ces, csat, nps, npsCategory, tally } from '../../src/index.js';
import {
  countMissing,
  isPoint,
  MAX_LENGTH,
  messyAnswerArb,
  NPS_SCALE,
  naiveCounts,
  scaleArb,
} from './arbitraries.js';

/** Messy answers (valid, missing, invalid, and holes) on a random scale. */
const messyCaseArb = scaleArb.chain((scale) =>
  fc.record({
    scale: fc.constant(scale),
    answers: fc.oneof(
      fc.array(messyAnswerArb(scale), { maxLength: MAX_LENGTH }),
      fc.sparseArray(messyAnswerArb(scale), { maxLength: MAX_LENGTH }),
    ),
  }),
);

const messyNpsArb = fc.oneof(
  fc.array(messyAnswerArb(NPS_SCALE), { maxLength: MAX_LENGTH }),
  fc.sparseArray(messyAnswerArb(NPS_SCALE), { maxLength: MAX_LENGTH }),
);

describe('counts add up', () => {
  it('tally counts every answer once: n + skipped + invalid equals the number of answers under invalid: skip', () => {
    fc.assert(
      fc.property(messyCaseArb, ({ scale, answers }) => {
        const t = tally(answers as Answers, scale, { invalid: 'skip' });
        expect(t.n + t.skipped + t.invalid).toBe(answers.length);
        expect(t.skipped).toBe(countMissing(answers));
        expect(t.n).toBe(answers.filter((x) => isPoint(x, scale)).length);
      }),
    );
  });

  it('the tally total is the sum of its counts and its counts equal a naive recount', () => {
    fc.assert(
      fc.property(messyCaseArb, ({ scale, answers }) => {
        const t = tally(answers as Answers, scale, { invalid: 'skip' });
        expect(t.counts).toEqual(naiveCounts(answers, scale));
        expect(t.total).toBe(t.counts.reduce((s, c) => s + c, 0));
        expect(t.n).toBe(t.total);
        expect(t.scale).toEqual(scale);
        expect('weightSquares' in t).toBe(false);
      }),
    );
  });

  it('NaN answers are missing with nan: missing and invalid otherwise', () => {
    fc.assert(
      fc.property(messyCaseArb, ({ scale, answers }) => {
        const nanCount = answers.filter((x) => Number.isNaN(x)).length;
        const asInvalid = tally(answers as Answers, scale, { invalid: 'skip' });
        const asMissing = tally(answers as Answers, scale, { invalid: 'skip', nan: 'missing' });
        expect(asMissing.skipped).toBe(asInvalid.skipped + nanCount);
        expect(asMissing.invalid).toBe(asInvalid.invalid - nanCount);
        expect(asMissing.counts).toEqual(asInvalid.counts);
      }),
    );
  });

  it('NPS promoters + passives + detractors equal total, and each equals a recount with npsCategory', () => {
    fc.assert(
      fc.property(messyNpsArb, (answers) => {
        const r = nps(answers as Answers, { invalid: 'skip' });
        expect(r.promoters + r.passives + r.detractors).toBe(r.total);
        expect(r.n + r.skipped + r.invalid).toBe(answers.length);
        const valid = answers.filter((x) => isPoint(x, NPS_SCALE));
        const by = (c: string): number => valid.filter((x) => npsCategory(x) === c).length;
        expect(r.promoters).toBe(by('promoter'));
        expect(r.passives).toBe(by('passive'));
        expect(r.detractors).toBe(by('detractor'));
        expect(r.nEffective).toBe(r.n);
      }),
    );
  });

  it('CSAT and CES counts equal a naive recount and add up to total', () => {
    fc.assert(
      fc.property(
        fc.array(messyAnswerArb({ min: 1, max: 7 }), { maxLength: MAX_LENGTH }),
        (answers) => {
          const scale = { min: 1, max: 7 };
          const c = csat(answers as Answers, { scale, invalid: 'skip' });
          const e = ces(answers as Answers, { invalid: 'skip' });
          const naive = naiveCounts(answers, scale);
          expect(c.counts).toEqual(naive);
          expect(e.counts).toEqual(naive);
          expect(c.total).toBe(naive.reduce((s, x) => s + x, 0));
          expect(c.satisfied).toBe((naive[5] ?? 0) + (naive[6] ?? 0));
          expect(c.dissatisfied).toBe((naive[0] ?? 0) + (naive[1] ?? 0));
          expect(e.easy).toBe((naive[4] ?? 0) + (naive[5] ?? 0) + (naive[6] ?? 0));
          expect(c.n + c.skipped + c.invalid).toBe(answers.length);
          expect(e.n + e.skipped + e.invalid).toBe(answers.length);
        },
      ),
    );
  });
});
