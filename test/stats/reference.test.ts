// Statistics against base R (and statsmodels for Newcombe's interval): every value in
// test/fixtures/stats/stats.json was produced by test/fixtures/stats/generate.R (and
// generate.py) and carries the exact call in its `call` field. Agreement: 1e-9 relative, with an
// absolute floor of 1e-12 for values that are 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AdjustMethod,
  adjustPValues,
  compareDistributions,
  compareGroups,
  compareMeans,
  compareNps,
  comparePairedNps,
  compareProportions,
  meanInterval,
  type NetMethod,
  npsFromCounts,
  npsInterval,
  npsMarginOfError,
  npsSampleSize,
  npsSampleSizePerGroup,
  type ProportionMethod,
  proportionInterval,
  proportionMarginOfError,
  proportionSampleSize,
  proportionSampleSizePerGroup,
  responseRate,
  tallyFromCounts,
} from '../../src/index.js';
import { pooledZ } from '../../src/stats/compareProportions.js';

/** A fixture row: the R call, then inputs and expected values (see test/fixtures/stats/README.md). */
interface Row {
  readonly call: string;
  readonly [field: string]: unknown;
}
const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'stats', 'stats.json'), 'utf8'),
) as Record<string, Row[]>;
const rows = (section: string): Row[] => {
  const list = fixtures[section];
  if (list === undefined || list.length === 0) throw new Error(`no fixtures for ${section}`);
  return list;
};
/** A numeric field (or null). */
const num = (r: Row, key: string): number => r[key] as number;
const opt = (r: Row, key: string): number | null => r[key] as number | null;
const list = (r: Row, key: string): number[] => r[key] as number[];

function close(actual: number | null | undefined, expected: number | null, call: string): void {
  if (expected === null) {
    expect(actual, call).toBeNull();
    return;
  }
  expect(typeof actual, call).toBe('number');
  const tolerance = 1e-9 * Math.abs(expected) + 1e-12;
  expect(
    Math.abs((actual as number) - expected),
    `${call}: ${String(actual)} vs ${String(expected)}`,
  ).toBeLessThanOrEqual(tolerance);
}

const scaleOf = (min: number, counts: number[]) => ({ min, max: min + counts.length - 1 });
const expand = (table: number[][]): { before: number[]; after: number[] } => {
  const score = [0, 7, 10];
  const before: number[] = [];
  const after: number[] = [];
  table.forEach((row, i) => {
    row.forEach((count, j) => {
      for (let k = 0; k < count; k++) {
        before.push(score[i] as number);
        after.push(score[j] as number);
      }
    });
  });
  return { before, after };
};

describe('reference values from R', () => {
  it('proportionInterval matches prop.test, binom.test, qbeta and the textbook formulas', () => {
    for (const r of rows('proportionInterval')) {
      const i = proportionInterval(num(r, 'x'), num(r, 'n'), {
        level: num(r, 'level'),
        method: r.method as ProportionMethod,
      });
      close(i.lower, opt(r, 'lower'), r.call);
      close(i.upper, opt(r, 'upper'), r.call);
    }
  });

  it('npsInterval matches the Wald, adjusted-Wald and score intervals computed in R', () => {
    for (const r of rows('npsInterval')) {
      const result = npsFromCounts({
        promoters: num(r, 'promoters'),
        passives: num(r, 'passives'),
        detractors: num(r, 'detractors'),
      });
      const i = npsInterval(result, { level: num(r, 'level'), method: r.method as NetMethod });
      close(i.lower, opt(r, 'lower'), r.call);
      close(i.upper, opt(r, 'upper'), r.call);
    }
  });

  it('meanInterval matches t.test, and the Kish plug-in formula when weighted (clipped to the scale)', () => {
    for (const r of rows('meanInterval')) {
      const scale = scaleOf(num(r, 'min'), list(r, 'counts'));
      const i = meanInterval(tallyFromCounts(scale, list(r, 'counts')), { level: num(r, 'level') });
      close(i.lower, Math.max(scale.min, num(r, 'lower')), r.call);
      close(i.upper, Math.min(scale.max, num(r, 'upper')), r.call);
    }
    for (const r of rows('meanIntervalWeighted')) {
      const n = Math.ceil(
        (r.counts as number[]).reduce((s: number, x: number) => s + x, 0) ** 2 /
          num(r, 'weightSquares'),
      );
      const scale = scaleOf(num(r, 'min'), list(r, 'counts'));
      const t = tallyFromCounts(scale, list(r, 'counts'), {
        weightSquares: num(r, 'weightSquares'),
        n: Math.max(n, 100),
      });
      const i = meanInterval(t, { level: num(r, 'level') });
      close(i.lower, Math.max(scale.min, num(r, 'lower')), r.call);
      close(i.upper, Math.min(scale.max, num(r, 'upper')), r.call);
    }
  });

  it('compareNps with method wald matches the two-sample trinomial z test (R NPS nps.test)', () => {
    for (const r of rows('compareNps')) {
      const [pa, aa, da] = r.a as number[];
      const [pb, ab, db] = r.b as number[];
      const c = compareNps(
        npsFromCounts({ promoters: pa ?? 0, passives: aa ?? 0, detractors: da ?? 0 }),
        npsFromCounts({ promoters: pb ?? 0, passives: ab ?? 0, detractors: db ?? 0 }),
        { level: num(r, 'level'), method: 'wald' },
      );
      close(c.estimate, opt(r, 'estimate'), r.call);
      if (opt(r, 'se') === 0) {
        // The collapsed case (10 promoters vs 10 detractors, se 0): the exact test decides now.
        expect(c.test, r.call).toBe('nps-permutation');
        continue;
      }
      expect(c.test, r.call).toBe('nps-wald');
      close(c.se, opt(r, 'se'), r.call);
      close(c.statistic, opt(r, 'statistic'), r.call);
      close(c.pValue, opt(r, 'pValue'), r.call);
      close(c.interval.lower, opt(r, 'lower'), r.call);
      close(c.interval.upper, opt(r, 'upper'), r.call);
    }
  });

  it('compareProportions matches prop.test (pooled z) and Newcombe’s interval from statsmodels', () => {
    for (const r of rows('compareProportions')) {
      const a = { successes: num(r, 'x1'), n: num(r, 'n1') };
      const b = { successes: num(r, 'x2'), n: num(r, 'n2') };
      const c = compareProportions(a, b, { level: num(r, 'level') });
      close(c.estimate, opt(r, 'estimate'), r.call);
      close(c.interval.lower, opt(r, 'lower'), r.call);
      close(c.interval.upper, opt(r, 'upper'), r.call);
      // Below 30 per group Fisher's test decides; the pooled z itself keeps its R parity.
      const z = pooledZ(a, b);
      close(z.statistic, opt(r, 'statistic'), r.call);
      if (a.n >= 30 && b.n >= 30) {
        expect(c.test, r.call).toBe('two-proportion-z');
        close(c.statistic, opt(r, 'statistic'), r.call);
        close(c.pValue, opt(r, 'pValue'), r.call);
      } else {
        expect(c.test, r.call).toBe('fisher-exact');
      }
    }
  });

  it('compareMeans matches Welch’s t.test', () => {
    for (const r of rows('compareMeans')) {
      const c = compareMeans(
        tallyFromCounts(scaleOf(num(r, 'minA'), list(r, 'countsA')), list(r, 'countsA')),
        tallyFromCounts(scaleOf(num(r, 'minB'), list(r, 'countsB')), list(r, 'countsB')),
        { level: num(r, 'level') },
      );
      close(c.estimate, opt(r, 'estimate'), r.call);
      close(c.statistic, opt(r, 'statistic'), r.call);
      close(c.df, opt(r, 'df'), r.call);
      // Below 30 answers the exact permutation p decides (test/stats/compareMeans.test.ts).
      if (c.test === 'welch-t') close(c.pValue, opt(r, 'pValue'), r.call);
      close(c.interval.lower, opt(r, 'lower'), r.call);
      close(c.interval.upper, opt(r, 'upper'), r.call);
    }
  });

  it('comparePairedNps matches the paired formula', () => {
    for (const r of rows('comparePairedNps')) {
      const { before, after } = expand(r.table as number[][]);
      const c = comparePairedNps(after, before, { level: num(r, 'level') });
      // (after, before): the table is after × before, the fixture's transposed.
      const t = r.table as number[][];
      expect(c.table, r.call).toEqual(t.map((_, j) => t.map((row) => row[j])));
      close(c.estimate, opt(r, 'estimate'), r.call);
      // Without any change the exact sign-flip decides (test/stats/comparePairedNps.test.ts).
      if (c.test !== 'paired-nps-z') continue;
      close(c.se, opt(r, 'se'), r.call);
      close(c.statistic, opt(r, 'statistic'), r.call);
      close(c.pValue, opt(r, 'pValue'), r.call);
      close(c.interval.lower, opt(r, 'lower'), r.call);
      close(c.interval.upper, opt(r, 'upper'), r.call);
    }
  });

  it('compareDistributions and compareGroups match chisq.test(correct = FALSE)', () => {
    for (const r of rows('chiSquareTwo')) {
      const scale = scaleOf(0, list(r, 'a'));
      const c = compareDistributions(
        tallyFromCounts(scale, list(r, 'a')),
        tallyFromCounts(scale, list(r, 'b')),
      );
      close(c.statistic, opt(r, 'statistic'), r.call);
      close(c.df, opt(r, 'df'), r.call);
      close(c.pValue, opt(r, 'pValue'), r.call);
      close(c.minExpected, opt(r, 'minExpected'), r.call);
    }
    for (const r of rows('chiSquareGroups')) {
      const groups = r.groups as number[][];
      const scale = scaleOf(0, groups[0] ?? []);
      const c = compareGroups(groups.map((g) => tallyFromCounts(scale, g)));
      close(c.statistic, opt(r, 'statistic'), r.call);
      close(c.df, opt(r, 'df'), r.call);
      close(c.pValue, opt(r, 'pValue'), r.call);
      close(c.minExpected, opt(r, 'minExpected'), r.call);
    }
  });

  it('adjustPValues matches p.adjust', () => {
    for (const r of rows('adjustPValues')) {
      const adjusted = adjustPValues(r.p as (number | null)[], r.method as AdjustMethod);
      (r.adjusted as (number | null)[]).forEach((e, i) => {
        close(adjusted[i], e, `${r.call} [${String(i)}]`);
      });
    }
  });

  it('the planning functions match their formulas and power.prop.test', () => {
    for (const r of rows('marginOfError')) {
      const m =
        r.kind === 'nps'
          ? npsMarginOfError(num(r, 'n'), {
              promoterShare: num(r, 'p'),
              detractorShare: num(r, 'd'),
              level: num(r, 'level'),
            })
          : proportionMarginOfError(num(r, 'n'), { p: num(r, 'p'), level: num(r, 'level') });
      close(m, num(r, 'margin'), r.call);
    }
    for (const r of rows('sampleSize')) {
      const population = r.population === null ? undefined : (r.population as number);
      const n =
        r.kind === 'nps'
          ? npsSampleSize(num(r, 'margin'), {
              promoterShare: num(r, 'p'),
              detractorShare: num(r, 'd'),
              level: num(r, 'level'),
              population,
            })
          : proportionSampleSize(num(r, 'margin'), {
              p: num(r, 'p'),
              level: num(r, 'level'),
              population,
            });
      expect(n, r.call).toBe(num(r, 'n'));
    }
    for (const r of rows('powerProportions')) {
      expect(
        proportionSampleSizePerGroup(num(r, 'p1'), num(r, 'p2'), {
          power: num(r, 'power'),
          level: num(r, 'level'),
        }),
        r.call,
      ).toBe(num(r, 'nCeiling'));
    }
    for (const r of rows('powerNps')) {
      const [pa, da] = r.a as number[];
      const [pb, db] = r.b as number[];
      const n = npsSampleSizePerGroup(
        { promoterShare: pa ?? 0, detractorShare: da ?? 0 },
        { promoterShare: pb ?? 0, detractorShare: db ?? 0 },
        { power: num(r, 'power'), level: num(r, 'level') },
      );
      expect(n, r.call).toBe(Math.ceil(num(r, 'n')));
    }
  });

  it('responseRate matches prop.test', () => {
    for (const r of rows('responseRate')) {
      const rate = responseRate(num(r, 'responses'), num(r, 'invited'), { level: num(r, 'level') });
      close(rate.rate, opt(r, 'rate'), r.call);
      close(rate.interval.lower, opt(r, 'lower'), r.call);
      close(rate.interval.upper, opt(r, 'upper'), r.call);
    }
  });
});

// Exact tests and the adjusted Wald: test/fixtures/stats/exact.json, written by
// test/fixtures/stats/exact.R (R 4.2, coin 1.4; each case carries its call).
const exact = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'stats', 'exact.json'), 'utf8'),
) as Record<string, Row[]>;
const exactRows = (section: string): Row[] => exact[section] ?? [];
const counts = (r: Row, key: string) => {
  const [promoters, passives, detractors] = r[key] as [number, number, number];
  return npsFromCounts({ promoters, passives, detractors });
};

describe('minimum-information comparisons against R', () => {
  it('compareNps below 30 answers is the exact permutation test (coin::oneway_test, combn)', () => {
    for (const r of exactRows('npsPermutation')) {
      const c = compareNps(counts(r, 'a'), counts(r, 'b'));
      expect(c.test, r.call).toBe('nps-permutation');
      expect(c.statistic, r.call).toBeNull();
      close(c.pValue, num(r, 'pValue'), r.call);
      // The test is symmetric: b against a gives the same p-value.
      close(compareNps(counts(r, 'b'), counts(r, 'a')).pValue, num(r, 'pValue'), r.call);
    }
  });

  it('compareProportions below 30 trials is fisher.test', () => {
    for (const r of exactRows('fisherExact')) {
      const a = { successes: num(r, 'x1'), n: num(r, 'n1') };
      const b = { successes: num(r, 'x2'), n: num(r, 'n2') };
      const c = compareProportions(a, b);
      expect(c.test, r.call).toBe('fisher-exact');
      close(c.pValue, num(r, 'pValue'), r.call);
      close(compareProportions(b, a).pValue, num(r, 'pValue'), r.call);
    }
  });

  it('compareDistributions of two groups, one below 30 answers, is fisher.test of the 2 × k table', () => {
    for (const r of exactRows('fisherTable')) {
      const a = list(r, 'a');
      const b = list(r, 'b');
      const scale = { min: 0, max: a.length - 1 };
      const t = compareDistributions(tallyFromCounts(scale, a), tallyFromCounts(scale, b));
      expect(t.test, r.call).toBe('fisher-exact');
      close(t.pValue, num(r, 'pValue'), r.call);
      close(
        compareGroups([tallyFromCounts(scale, b), tallyFromCounts(scale, a)]).pValue,
        num(r, 'pValue'),
        r.call,
      );
    }
  });

  // Lewis & Sauro, "How to Statistically Compare Two Net Promoter Scores",
  // https://measuringu.com/nps-significance-test/ — the stored copy of the article available here
  // did not include its worked example's numbers, so the reference is the published formula
  // computed in R (exact.R: +0.75 promoters, +0.75 detractors, n + 3 per group).
  it('compareNps by default is the adjusted-Wald test of Lewis & Sauro', () => {
    for (const r of exactRows('npsAdjustedWald')) {
      const c = compareNps(counts(r, 'a'), counts(r, 'b'), { level: num(r, 'level') });
      expect(c.test, r.call).toBe('nps-adjusted-wald');
      close(c.estimate, num(r, 'estimate'), r.call);
      close(c.se, num(r, 'se'), r.call);
      close(c.statistic, num(r, 'statistic'), r.call);
      close(c.pValue, num(r, 'pValue'), r.call);
      close(c.interval.lower, num(r, 'lower'), r.call);
      close(c.interval.upper, num(r, 'upper'), r.call);
    }
  });

  it('compareProportions with non-integer counts below 30, or no variation, is the Agresti–Caffo z', () => {
    for (const r of exactRows('agrestiCaffo')) {
      const c = compareProportions(
        { successes: num(r, 'x1'), n: num(r, 'n1') },
        { successes: num(r, 'x2'), n: num(r, 'n2') },
      );
      expect(c.test, r.call).toBe('two-proportion-agresti-caffo-z');
      close(c.se, num(r, 'se'), r.call);
      close(c.statistic, num(r, 'statistic'), r.call);
      close(c.pValue, num(r, 'pValue'), r.call);
    }
  });
});
