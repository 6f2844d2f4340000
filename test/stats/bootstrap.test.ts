// The NPS percentile bootstrap and the binomial draws behind it. Reference values:
// test/fixtures/stats/bootstrap.json, written by test/fixtures/stats/bootstrap.R (each value with
// its R call). The bootstrap agrees with R's rmultinom percentiles statistically, not bit for bit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nps, npsFromCounts, npsInterval } from '../../src/index.js';
import { binomialDraw } from '../../src/stats/internal/binomialDraw.js';
import { mulberry32 } from '../../src/stats/internal/trinomial.js';

interface Fixture {
  readonly bootstrap: readonly {
    counts: [number, number, number];
    lower: number;
    upper: number;
    call: string;
  }[];
  readonly binomial: readonly { n: number; p: number; pmf: number[]; call: string }[];
}
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'stats', 'bootstrap.json'), 'utf8'),
) as Fixture;

describe('the NPS bootstrap', () => {
  it.each(fixture.bootstrap.map((c) => [c.call, c] as const))(
    'agrees with R to one lattice step of the NPS plus 0.1 points: %s',
    (_, c) => {
      const [promoters, passives, detractors] = c.counts;
      const n = promoters + passives + detractors;
      const i = npsInterval(npsFromCounts({ promoters, passives, detractors }), {
        method: 'bootstrap',
        resamples: 100_000,
      });
      // Both percentiles sit on the lattice of 100/n points; with 10⁵ and 2·10⁵ resamples the
      // Monte Carlo error of a 2.5 % quantile is below 0.03 points for every case here.
      const tolerance = 100 / n + 0.1;
      expect(Math.abs((i.lower as number) - c.lower), c.call).toBeLessThanOrEqual(tolerance);
      expect(Math.abs((i.upper as number) - c.upper), c.call).toBeLessThanOrEqual(tolerance);
    },
  );

  it('costs the same for ten million answers as for a hundred: it resamples the counts', () => {
    const big = npsFromCounts({ promoters: 5e6, passives: 3e6, detractors: 2e6 });
    const i = npsInterval(big, { method: 'bootstrap' });
    // The Wald interval for n = 10⁷ is 30 ± 0.0484; the bootstrap agrees to its Monte Carlo error.
    expect(Math.abs((i.lower as number) - 29.9516)).toBeLessThan(0.01);
    expect(Math.abs((i.upper as number) - 30.0484)).toBeLessThan(0.01);
    expect(npsInterval(big, { method: 'bootstrap' })).toEqual(i);
  });

  it('bounds resamples at 100,000 and names the limit', () => {
    const r = npsFromCounts({ promoters: 5, passives: 3, detractors: 2 });
    for (const resamples of [2 ** 53 - 1, 100_001, 0, 1.5]) {
      expect(() => npsInterval(r, { method: 'bootstrap', resamples })).toThrowExactly(
        new RangeError(
          `npsInterval: option resamples must be an integer from 1 to 100000, received ${resamples}`,
        ),
      );
    }
    expect(npsInterval(r, { method: 'bootstrap', resamples: 1 }).method).toBe('bootstrap');
  });

  it('limits the exact interval to 200 unweighted answers', () => {
    const r = npsFromCounts({ promoters: 101, passives: 50, detractors: 50 });
    expect(() => npsInterval(r, { method: 'exact' })).toThrowExactly(
      new RangeError(
        "npsInterval: the exact interval is limited to 200 answers (its cost grows with n²), received 201; use 'adjusted-wald' or 'score'",
      ),
    );
    const weighted = nps([10, 9, 0], { weight: [1, 2, 1] });
    expect(() => npsInterval(weighted, { method: 'exact' })).toThrow(
      /^npsInterval: the exact interval needs unweighted integer counts/,
    );
  });
});

describe('the binomial draws', () => {
  it.each(fixture.binomial.map((c) => [c.call, c] as const))(
    'fit the binomial law (chi-square over 20,000 seeded draws): %s',
    (_, c) => {
      const random = mulberry32(42);
      const seen = Array<number>(c.n + 1).fill(0);
      const draws = 20_000;
      let outside = 0;
      for (let i = 0; i < draws; i++) {
        const x = binomialDraw(c.n, c.p, random);
        if (!(Number.isInteger(x) && x >= 0 && x <= c.n)) outside++;
        else seen[x] = (seen[x] as number) + 1;
      }
      expect(outside).toBe(0);
      // Pool the outcomes into bins with an expected count of at least 5.
      let chi = 0;
      let bins = 0;
      let expected = 0;
      let observed = 0;
      c.pmf.forEach((q, x) => {
        expected += q * draws;
        observed += seen[x] as number;
        if (expected >= 5 || x === c.n) {
          chi += (observed - expected) ** 2 / Math.max(expected, 1e-300);
          bins++;
          expected = 0;
          observed = 0;
        }
      });
      const df = bins - 1;
      // df + 5·√(2·df) is beyond the 0.9999 quantile of chi-square for these df.
      expect(chi).toBeLessThan(df + 5 * Math.sqrt(2 * df));
    },
  );

  it('draws the boundary cases exactly', () => {
    const random = mulberry32(1);
    expect(binomialDraw(0, 0.3, random)).toBe(0);
    expect(binomialDraw(1000, 0, random)).toBe(0);
    expect(binomialDraw(1000, 1, random)).toBe(1000);
    expect(binomialDraw(1e9, 0.5, random)).toBeGreaterThan(0);
  });
});
