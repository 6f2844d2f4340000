import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundNps, roundShares } from '../../src/index.js';

const counts = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 });
const digits = fc.integer({ min: 0, max: 6 });

describe('roundShares properties', () => {
  it('rounded shares add up to exactly 100 in units of the last decimal, each within one unit', () => {
    fc.assert(
      fc.property(counts, digits, (c, d) => {
        const total = c.reduce((a, b) => a + b, 0);
        const s = roundShares(c, { digits: d });
        if (total === 0) return s === null;
        const unit = 10 ** d;
        const u = (s ?? []).map((x) => Math.round(x * unit));
        expect(u.reduce((a, b) => a + b, 0)).toBe(100 * unit);
        u.forEach((x, i) => {
          expect(Number.isInteger(x)).toBe(true);
          expect(Math.abs(x - ((c[i] ?? 0) * 100 * unit) / total)).toBeLessThan(1);
        });
        return true;
      }),
    );
  });

  it('roundNps rounds the exact score to the nearest unit and its shares add up to 100', () => {
    const nat = fc.nat({ max: 100_000 });
    fc.assert(
      fc.property(nat, nat, nat, digits, (p, m, d, k) => {
        const r = roundNps({ promoters: p, passives: m, detractors: d }, { digits: k });
        if (p + m + d === 0) return r === null;
        const unit = 10 ** k;
        const exact = ((p - d) * 100 * unit) / (p + m + d);
        expect(Math.abs(Math.round((r?.score ?? NaN) * unit) - exact)).toBeLessThanOrEqual(
          0.5 + 1e-6,
        );
        expect(Object.is(r?.score, -0)).toBe(false);
        const sum = [r?.promoters, r?.passives, r?.detractors].map((x) =>
          Math.round((x ?? 0) * unit),
        );
        expect(sum.reduce((a, b) => a + b, 0)).toBe(100 * unit);
        return true;
      }),
    );
  });
});
