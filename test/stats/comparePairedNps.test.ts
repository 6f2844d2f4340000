// comparePairedNps under the minimum-information rule, read a relative to b. Expected values:
// test/fixtures/stats/means-paired.json, written by test/fixtures/stats/means-paired.R
// (enumeration of all 2^n sign vectors, cross-checked by the convolution of two binomials in R),
// with the exact call in each `call`; the rest by hand, as the comments show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareNps, comparePairedNps, nps } from '../../src/index.js';

interface Row {
  readonly call: string;
  readonly [field: string]: unknown;
}
const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'stats', 'means-paired.json'), 'utf8'),
) as Record<string, Row[]>;

function rel(got: number | null, want: number): number {
  if (got === null) return Number.POSITIVE_INFINITY;
  return want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
}

describe('comparePairedNps', () => {
  it('comparePairedNps matches the exact sign-flip enumeration below 30 pairs', () => {
    for (const r of (fixtures.pairedSignFlip as Row[]).filter((x) => Array.isArray(x.a))) {
      const c = comparePairedNps(r.a as number[], r.b as number[]);
      expect(c.test, r.call).toBe('paired-sign-flip');
      expect(rel(c.estimate, r.estimate as number), r.call).toBeLessThan(1e-12);
      expect(rel(c.pValue, r.pValue as number), r.call).toBeLessThan(1e-12);
    }
  });

  it('comparePairedNps is significant when 1,000 pairs all moved from 0 to 10 (was no-detectable-difference)', () => {
    const r = (fixtures.pairedSignFlip as Row[]).find((x) => x.a === '1000 x 10') as Row;
    const c = comparePairedNps(Array(1000).fill(10), Array(1000).fill(0));
    expect(c.test).toBe('paired-sign-flip');
    expect(c.verdict).toBe('higher');
    expect(c.estimate).toBe(200);
    // 2·2⁻¹⁰⁰⁰ ≈ 1.9e-301: representable, so neither 0 nor NaN.
    expect(rel(c.pValue, r.pValue as number), r.call).toBeLessThan(1e-12);
    // The sign-flip standard error 100·√(mean(Δ²)/n) = 100·√(4/1000): not a zero-width interval.
    expect(c.se).toBeCloseTo(100 * Math.sqrt(4 / 1000), 12);
    expect(c.interval.method).toBe('paired-sign-flip-z');
    expect(c.interval.upper).toBe(200);
    expect(c.interval.lower as number).toBeLessThan(190);
  });

  it('comparePairedNps reads 0 for the p of more than 1,075 equal changes, below the smallest double', () => {
    // 2·2⁻¹¹⁰⁰ is below 5e-324.
    const c = comparePairedNps(Array(1100).fill(0), Array(1100).fill(10));
    expect([c.pValue, c.verdict]).toEqual([0, 'lower']);
  });

  it('comparePairedNps keeps the z test above 30 pairs when the changes vary', () => {
    const a = [...Array<number>(20).fill(10), ...Array<number>(20).fill(8)];
    const b = [...Array<number>(20).fill(6), ...Array<number>(20).fill(8)];
    const c = comparePairedNps(a, b);
    // By hand: Δ = 2 for 20 pairs, 0 for 20, mean 1, mean(Δ²) 2, SE = 100·√(1/40).
    expect([c.test, c.interval.method, c.estimate]).toEqual(['paired-nps-z', 'z', 100]);
    expect(c.se).toBeCloseTo(100 * Math.sqrt(1 / 40), 12);
  });

  it('comparePairedNps(x, y) has the sign of compareNps(nps(x), nps(y))', () => {
    const x = [10, 9, 9, 7, 9, 9, 2, 8];
    const y = [10, 6, 8, 3, 9, 7, 2, 8];
    expect(comparePairedNps(x, y).estimate).toBe(62.5);
    expect(compareNps(nps(x), nps(y)).estimate).toBe(62.5);
    expect(comparePairedNps(y, x).estimate).toBe(-62.5);
  });

  it('comparePairedNps flips the sign of an old positional call (before, after)', () => {
    const before = [3, 3, 7, 9];
    const after = [9, 10, 8, 9];
    // Up to 0.1 this call returned after − before = +100; it now reads before relative to after.
    expect(comparePairedNps(before, after).estimate).toBe(-100);
    expect(comparePairedNps(after, before).estimate).toBe(100);
    // table[a][b]: the two detractors of `before` became promoters of `after`.
    expect(comparePairedNps(after, before).table[2]).toEqual([2, 0, 1]);
  });

  it('comparePairedNps reads iterables through the shared reader and refuses array-likes', () => {
    expect(comparePairedNps(new Set([10, 9]), [0, 0]).estimate).toBe(200);
    expect(() => comparePairedNps(JSON.parse('{"length":9007199254740991}') as never, [])).toThrow(
      TypeError,
    );
  });
});
