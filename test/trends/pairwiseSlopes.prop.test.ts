// Property: every rank of the selected pairwise slopes is the same double as the brute force's
// sort of all slopes, for any scores (continuous, tied, thirds of 100), gaps in x and window size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallS, slopeRanks } from '../../src/trends/internal/pairwiseSlopes.js';

const score = fc.oneof(
  fc.double({ min: -100, max: 100, noNaN: true }),
  fc.constantFrom(-100, 0, 100, 50),
  fc.integer({ min: 0, max: 6 }).map((k) => (k * 100) / 3),
);

describe('pairwise slope ranks (properties)', () => {
  it('equal the brute force at every rank, and S equals the sum of signs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, fc.integer({ min: 1, max: 3 })), { minLength: 3, maxLength: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (points, cap) => {
          const x: number[] = [];
          const y = points.map(([v], i) => {
            x.push((x[i - 1] ?? -1) + (points[i] as [number, number])[1]);
            return v + 0; // no −0: scores never are
          });
          const all: number[] = [];
          let s = 0;
          const ties = new Map<number, number>();
          for (const v of y) ties.set(v, (ties.get(v) ?? 0) + 1);
          for (let i = 0; i < x.length; i++)
            for (let j = i + 1; j < x.length; j++) {
              const d = (y[j] as number) - (y[i] as number);
              all.push(d / ((x[j] as number) - (x[i] as number)));
              s += Math.sign(d);
            }
          all.sort((a, b) => a - b);
          const got = slopeRanks(
            x,
            y,
            all.map((_, i) => i + 1),
            cap,
          );
          expect(got.every((v, i) => v === all[i])).toBe(true);
          let t2 = 0;
          for (const t of ties.values()) t2 += (t * (t - 1)) / 2;
          expect(kendallS(y, t2) === s).toBe(true);
        },
      ),
    );
  }, 60_000);
});
