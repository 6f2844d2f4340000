import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, csat, nps } from '../../src/index.js';
import { answersArb, NPS_SCALE } from './arbitraries.js';

const promoterArb = fc.constantFrom(9, 10);
const passiveArb = fc.constantFrom(7, 8);
const detractorArb = fc.integer({ min: 0, max: 6 });

describe('monotonicity', () => {
  it('appending a promoter never lowers NPS', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), promoterArb, (answers, p) => {
        const before = nps(answers).score;
        const after = nps([...answers, p]).score;
        expect(after).not.toBeNull();
        if (before !== null) expect(after as number).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('appending a detractor never raises NPS', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), detractorArb, (answers, d) => {
        const before = nps(answers).score;
        const after = nps([...answers, d]).score;
        expect(after).not.toBeNull();
        if (before !== null) expect(after as number).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('appending a passive moves NPS toward 0 without crossing it', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), passiveArb, (answers, x) => {
        const before = nps(answers).score;
        const after = nps([...answers, x]).score as number;
        if (before === null) expect(after).toBe(0);
        else {
          expect(Math.abs(after)).toBeLessThanOrEqual(Math.abs(before));
          expect(Math.sign(after) === Math.sign(before) || after === 0).toBe(true);
        }
      }),
    );
  });

  it('a missing answer leaves every score unchanged', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), fc.constantFrom(null, undefined), (answers, m) => {
        const before = nps(answers);
        const after = nps([...answers, m]);
        expect({ ...after, skipped: 0 }).toEqual({ ...before, skipped: 0 });
        expect(after.skipped).toBe(before.skipped + 1);
      }),
    );
  });

  it('appending a top-box answer never lowers CSAT and a bottom-box answer never raises it', () => {
    fc.assert(
      fc.property(
        answersArb({ min: 1, max: 5 }),
        fc.constantFrom(4, 5),
        fc.constantFrom(1, 2),
        (answers, top, bottom) => {
          const before = csat(answers);
          const up = csat([...answers, top]);
          const down = csat([...answers, bottom]);
          if (before.score !== null && before.net !== null) {
            expect(up.score as number).toBeGreaterThanOrEqual(before.score);
            expect(up.net as number).toBeGreaterThanOrEqual(before.net);
            expect(down.score as number).toBeLessThanOrEqual(before.score);
            expect(down.net as number).toBeLessThanOrEqual(before.net);
          }
        },
      ),
    );
  });

  it('appending the top point never lowers the CES mean and the bottom point never raises it', () => {
    fc.assert(
      fc.property(answersArb({ min: 1, max: 7 }), (answers) => {
        const before = ces(answers).score;
        const up = ces([...answers, 7]).score as number;
        const down = ces([...answers, 1]).score as number;
        if (before !== null) {
          expect(up).toBeGreaterThanOrEqual(before);
          expect(down).toBeLessThanOrEqual(before);
        }
      }),
    );
  });
});
