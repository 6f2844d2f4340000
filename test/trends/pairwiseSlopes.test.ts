// The selection of pairwise slopes behind trendTest's Theil–Sen (src/trends/pairwiseSlopes.ts):
// the brute force over all pairs is the reference, compared with === (the same doubles). A small
// `cap` forces the sampled brackets, the narrowing, the listing and the tie counting on short
// series.
import { describe, expect, it } from 'vitest';
import { kendallS, slopeRanks } from '../../src/trends/internal/pairwiseSlopes.js';

function brute(x: readonly number[], y: readonly number[]): number[] {
  const all: number[] = [];
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++)
      all.push(((y[j] as number) - (y[i] as number)) / ((x[j] as number) - (x[i] as number)));
  return all.sort((a, b) => a - b);
}

function check(x: number[], y: number[], cap: number): void {
  const all = brute(x, y);
  const ranks = all.map((_, i) => i + 1);
  const got = slopeRanks(x, y, ranks, cap);
  ranks.forEach((r, i) => {
    expect(got[i] === all[r - 1], `rank ${r} of ${all.length} with cap ${cap}`).toBe(true);
  });
}

const noise = (m: number, seed: number): number[] => {
  let s = seed;
  return Array.from({ length: m }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648) * 200 - 100;
  });
};

describe('pairwise slope ranks', () => {
  it('equal the brute force for every rank when all slopes fit in memory', () => {
    const x = [0, 1, 2, 4, 5, 9];
    check(x, [3, 1, 4, 1, 5, 9], 1000);
  });

  it('equal the brute force for every rank when a small cap forces sampling and narrowing', () => {
    for (const cap of [1, 3, 10, 40]) {
      const x = Array.from({ length: 40 }, (_, i) => i + Math.floor(i / 7));
      check(x, noise(40, cap), cap);
    }
  });

  it('equal the brute force on heavily tied scores (slopes of 0 and repeated values)', () => {
    for (const cap of [1, 5, 30]) {
      const x = Array.from({ length: 45 }, (_, i) => i);
      const y = noise(45, cap).map((v) => [-100, 0, 100][Math.floor((v + 100) / 66.67)] as number);
      check(x, y, cap);
      // Thirds: ties at values other than 0, computed from inexact differences.
      check(
        x,
        noise(45, cap + 1).map((v) => (Math.round((v + 100) / 40) * 100) / 3),
        cap,
      );
    }
  });

  it('equal the brute force when a value lands within the margin of a bracket end (widening)', () => {
    // Found by a search over seeds: thirds of 100, whose differences are inexact, at cap 1.
    for (const m of [20, 30]) {
      const x = Array.from({ length: m }, (_, i) => i);
      check(
        x,
        noise(m, 1).map((v) => (Math.round(v / 20) * 100) / 3),
        1,
      );
    }
  });

  it('equal the brute force on a straight line, where every slope ties within the margins', () => {
    const x = Array.from({ length: 40 }, (_, i) => i);
    check(
      x,
      x.map((i) => (i * 100) / 3),
      5,
    );
    check(
      x,
      x.map((i) => 7 - i * 0.1),
      5,
    );
  });

  it('equal the brute force when a −0 or a subnormal score rules out the shortcut for 0', () => {
    const x = Array.from({ length: 30 }, (_, i) => i);
    const y = noise(30, 3).map((v) => (v > 30 ? 0 : v));
    y[4] = -0;
    check(x, y, 4);
    y[4] = 5e-324;
    check(x, y, 4);
  });

  it('count Kendall’s S as the sum of pairwise signs', () => {
    const y = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    let s = 0;
    for (let i = 0; i < y.length; i++)
      for (let j = i + 1; j < y.length; j++) s += Math.sign((y[j] as number) - (y[i] as number));
    // Ties: 1 ×2, 3 ×2, 5 ×3 → 1 + 1 + 3 tied pairs.
    expect(kendallS(y, 5)).toBe(s);
  });
});
