// The minimum-information property for compareMeans and comparePairedNps: over random small
// tables (n ≤ 8 per group, or 8 pairs), a verdict other than no-detectable-difference implies
// that the exact test, computed here by brute-force enumeration (every split of the pooled
// answers; every sign vector), has p < 1 − level. And no number is ever NaN or ±Infinity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, compareMeans, compareNps, comparePairedNps, nps, tally } from '../../src/index.js';

/** Exact permutation p of mean(x) − mean(y) by visiting every split (x first). */
function splitsP(x: readonly number[], y: readonly number[]): number {
  const all = [...x, ...y];
  const m = x.length;
  const total = all.reduce((s, v) => s + v, 0);
  const diff = (s: number): number => s / m - (total - s) / y.length;
  const observed = Math.abs(diff(x.reduce((s, v) => s + v, 0)));
  let hits = 0;
  let splits = 0;
  const visit = (i: number, left: number, s: number): void => {
    if (left === 0) {
      splits++;
      if (Math.abs(diff(s)) >= observed * (1 - 1e-7)) hits++;
      return;
    }
    if (all.length - i < left) return;
    visit(i + 1, left - 1, s + (all[i] as number));
    visit(i + 1, left, s);
  };
  visit(0, m, 0);
  return hits / splits;
}

/** Exact sign-flip p of a list of paired changes, over all 2ⁿ sign vectors. */
function signsP(d: readonly number[]): number {
  const observed = Math.abs(d.reduce((s, v) => s + v, 0));
  let hits = 0;
  for (let mask = 0; mask < 2 ** d.length; mask++) {
    let s = 0;
    d.forEach((v, i) => {
      s += (mask >> i) & 1 ? -Math.abs(v) : Math.abs(v);
    });
    if (Math.abs(s) >= observed * (1 - 1e-7)) hits++;
  }
  return hits / 2 ** d.length;
}

const level = fc.constantFrom(0.8, 0.9, 0.95, 0.99);
const category = (v: number): number => (v >= 9 ? 1 : v >= 7 ? 0 : -1);
const finiteOrNull = (x: number | null): boolean => x === null || Number.isFinite(x);

describe('minimum information for means and paired NPS', () => {
  it('compareMeans on ≤ 8 answers a side says higher or lower only when the exact p < 1 − level', () => {
    const scaleMax = fc.integer({ min: 2, max: 7 });
    fc.assert(
      fc.property(
        scaleMax.chain((k) =>
          fc.tuple(
            fc.array(fc.integer({ min: 1, max: k }), { minLength: 1, maxLength: 8 }),
            fc.array(fc.integer({ min: 1, max: k }), { minLength: 1, maxLength: 8 }),
          ),
        ),
        level,
        ([x, y], lv) => {
          const c = compareMeans(tally(x, { min: 1, max: 7 }), tally(y, { min: 1, max: 7 }), {
            level: lv,
          });
          const exact = splitsP(x, y);
          expect(c.test).toBe('mean-permutation');
          expect(Math.abs((c.pValue as number) - exact)).toBeLessThanOrEqual(1e-12);
          if (c.verdict !== 'no-detectable-difference') expect(exact).toBeLessThan(1 - lv);
        },
      ),
    );
  });

  it('comparePairedNps on ≤ 8 pairs says higher or lower only when the exact p < 1 − level, with the sign of compareNps', () => {
    const answer = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(answer, answer), { minLength: 1, maxLength: 8 }),
        level,
        (pairs, lv) => {
          const a = pairs.map(([u]) => u);
          const b = pairs.map(([, v]) => v);
          const c = comparePairedNps(a, b, { level: lv });
          const exact = signsP(pairs.map(([u, v]) => category(u) - category(v)));
          expect(c.test).toBe('paired-sign-flip');
          expect(Math.abs((c.pValue as number) - exact)).toBeLessThanOrEqual(1e-12);
          if (c.verdict !== 'no-detectable-difference') expect(exact).toBeLessThan(1 - lv);
          const independent = compareNps(nps(a), nps(b)).estimate as number;
          const paired = c.estimate as number;
          expect(Math.abs(paired - independent)).toBeLessThanOrEqual(1e-9);
          if (Math.abs(independent) > 1e-9) expect(Math.sign(paired)).toBe(Math.sign(independent));
        },
      ),
    );
  });

  it('compareMeans and comparePairedNps never return NaN or ±Infinity, weighted or not, at any level', () => {
    const weight = fc.oneof(fc.constant(1), fc.double({ min: 1e-12, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), weight), { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }),
        fc.oneof(
          level,
          fc.constant(1 - 2 ** -52),
          fc.double({ min: 1e-6, max: 0.999999, noNaN: true }),
        ),
        (xa, y, lv) => {
          const a = ces(
            xa.map(([v]) => v),
            { weight: xa.map(([, w]) => w) },
          );
          const c = compareMeans(a, ces(y), { level: lv });
          for (const v of [
            c.estimate,
            c.se,
            c.statistic,
            c.df,
            c.pValue,
            c.interval.lower,
            c.interval.upper,
          ]) {
            expect(finiteOrNull(v)).toBe(true);
          }
          const p = comparePairedNps(
            y.map((v) => v + 3),
            y.map((v) => 10 - v),
            { level: lv },
          );
          for (const v of [
            p.estimate,
            p.se,
            p.statistic,
            p.pValue,
            p.interval.lower,
            p.interval.upper,
          ]) {
            expect(finiteOrNull(v)).toBe(true);
          }
        },
      ),
    );
  });
});
