// The trend analytics against base R: every value in test/fixtures/trends/analysis.json was produced
// by test/fixtures/trends/analysis.R (cor.test, lm, p.adjust, prop.test and plain R code for
// Theil–Sen, control limits, rules and EWMA), which records the exact calls in each case's `call`.
// Agreement: 1e-9 relative, with an absolute floor of 1e-12.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CompareOptions,
  cesMetric,
  controlChart,
  csatMetric,
  ewmaChart,
  type Metric,
  npsMetric,
  type PeriodTally,
  periodChanges,
  proportionMetric,
  type Signal,
  type Tally,
  tallyFromCounts,
  trendTest,
} from '../../src/index.js';

type Case = Record<string, unknown> & { readonly call: string; readonly name: string };
const fixtures = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'trends', 'analysis.json'), 'utf8'),
) as Record<string, Case[]> & { proportionChange: Case };

function close(actual: unknown, expected: unknown, call: string): void {
  if (expected === null) {
    expect(actual, call).toBeNull();
    return;
  }
  expect(typeof actual, call).toBe('number');
  const e = expected as number;
  expect(
    Math.abs((actual as number) - e),
    `${call}: ${String(actual)} vs ${String(e)}`,
  ).toBeLessThanOrEqual(1e-9 * Math.abs(e) + 1e-12);
}
const closeAll = (actual: readonly unknown[], expected: unknown, call: string): void => {
  const e = expected as unknown[];
  expect(actual.length, call).toBe(e.length);
  e.forEach((x, i) => {
    close(actual[i], x, `${call} [${String(i)}]`);
  });
};

function metricOf(c: Case): Metric {
  const better = c.better === 'lower' ? 'lower' : 'higher';
  if (c.metric === 'nps') return npsMetric;
  if (c.metric === 'csat') return csatMetric();
  if (c.metric === 'ces') return cesMetric({ easier: better });
  return proportionMetric({ better });
}
function periodsOf(c: Case, m: Metric): PeriodTally[] {
  const counts = c.counts as number[][];
  const keys =
    (c.keys as string[] | undefined) ?? counts.map((_, i) => `p${String(i).padStart(3, '0')}`);
  return counts.map((k, i) => ({ period: keys[i] as string, tally: tallyFromCounts(m.scale, k) }));
}
const text = (s: readonly Signal[]): string[] =>
  s.map((x) => `${x.rule} ${x.direction} ${x.effect}`);

describe('trendTest agrees with R', () => {
  for (const c of fixtures.trendTest as Case[]) {
    it(`trendTest matches cor.test, Theil–Sen and lm for ${c.name}`, () => {
      const m = metricOf(c);
      const t = trendTest(periodsOf(c, m), { metric: m, level: c.level as number });
      const mk = c.mannKendall as Record<string, number | null>;
      for (const k of ['s', 'variance', 'tau', 'statistic', 'pValue'] as const) {
        close(t.mannKendall?.[k], mk[k], `${c.call} mannKendall.${k}`);
      }
      const ts = c.theilSen as Record<string, number | null>;
      close(t.theilSen?.slope, ts.slope, `${c.call} theilSen.slope`);
      close(t.theilSen?.intercept, ts.intercept, `${c.call} theilSen.intercept`);
      close(t.theilSen?.interval.lower, ts.lower, `${c.call} theilSen.lower`);
      close(t.theilSen?.interval.upper, ts.upper, `${c.call} theilSen.upper`);
      for (const fit of ['ols', 'weighted'] as const) {
        const r = c[fit] as Record<string, number | null>;
        const a = t[fit];
        for (const k of ['slope', 'intercept', 'se', 'statistic', 'df', 'pValue'] as const) {
          close(a?.[k], r[k], `${c.call} ${fit}.${k}`);
        }
        close(a?.interval.lower, r.lower, `${c.call} ${fit}.lower`);
        close(a?.interval.upper, r.upper, `${c.call} ${fit}.upper`);
      }
      expect(t.periods).toBe((c.x as number[]).length);
    });
  }
});

describe('controlChart agrees with plain R', () => {
  for (const c of fixtures.controlChart as Case[]) {
    it(`controlChart matches the limits, z-scores and rules for ${c.name}`, () => {
      const m = metricOf(c);
      const chart = controlChart(periodsOf(c, m), {
        metric: m,
        baseline: c.baseline as { from: string; to: string },
        method: c.method as 'standard' | 'laney',
      });
      close(chart.centre, c.centre, `${c.call} centre`);
      close(chart.sigma, c.sigma, `${c.call} sigma`);
      close(chart.laney, c.laney, `${c.call} laney`);
      const p = chart.periods;
      closeAll(
        p.map((x) => x.score),
        c.score,
        `${c.call} score`,
      );
      closeAll(
        p.map((x) => x.sigma),
        c.sd,
        `${c.call} sd`,
      );
      closeAll(
        p.map((x) => x.z),
        c.z,
        `${c.call} z`,
      );
      closeAll(
        p.map((x) => x.lower),
        c.lower,
        `${c.call} lower`,
      );
      closeAll(
        p.map((x) => x.upper),
        c.upper,
        `${c.call} upper`,
      );
      expect(
        p.map((x) => text(x.signals)),
        c.call,
      ).toEqual(c.signals);
    });
  }
});

describe('ewmaChart agrees with plain R', () => {
  for (const c of fixtures.ewmaChart as Case[]) {
    it(`ewmaChart matches the EWMA, limits and signals for ${c.name}`, () => {
      const m = metricOf(c);
      const chart = ewmaChart(periodsOf(c, m), {
        metric: m,
        baseline: c.baseline as { from: string; to: string },
        lambda: c.lambda as number,
        L: c.L as number,
      });
      close(chart.centre, c.centre, `${c.call} centre`);
      close(chart.sigma, c.sigma, `${c.call} sigma`);
      const p = chart.periods;
      closeAll(
        p.map((x) => x.ewma),
        c.ewma,
        `${c.call} ewma`,
      );
      closeAll(
        p.map((x) => x.sigma),
        c.sd,
        `${c.call} sd`,
      );
      closeAll(
        p.map((x) => x.lower),
        c.lower,
        `${c.call} lower`,
      );
      closeAll(
        p.map((x) => x.upper),
        c.upper,
        `${c.call} upper`,
      );
      expect(
        p.map((x) => text(x.signals)),
        c.call,
      ).toEqual(c.signals);
    });
  }
});

describe('periodChanges agrees with R', () => {
  for (const c of fixtures.periodChanges as Case[]) {
    it(`periodChanges against ${String(c.against)} matches the NPS z tests and Holm`, () => {
      const keys = c.keys as string[];
      const periods = (c.counts as number[][]).map(([p, a, d], i) => ({
        period: keys[i] as string,
        tally: tallyFromCounts(npsMetric.scale, {
          10: p as number,
          8: a as number,
          3: d as number,
        }),
      }));
      const against = c.against as 'previous' | 'year';
      // The R reference computes the unadjusted (Wald) NPS test: compare through method 'wald'.
      const wald = { method: 'wald' } as const;
      const npsWald = {
        ...npsMetric,
        compare: (a: Tally, b: Tally, o?: CompareOptions) =>
          npsMetric.compare(a, b, { ...o, ...wald }),
      };
      const changes = periodChanges(periods, { metric: npsWald, against, adjust: 'holm' });
      const tested = changes.filter((x) => x.comparison !== null);
      const rows = c.rows as Record<string, unknown>[];
      expect(tested.map((x) => [x.period, x.reference])).toEqual(
        rows.map((r) => [r.period, r.reference]),
      );
      rows.forEach((r, i) => {
        const x = tested[i];
        close(x?.comparison?.estimate, r.estimate, `${c.call} estimate`);
        close(x?.comparison?.se, r.se, `${c.call} se`);
        close(x?.comparison?.statistic, r.statistic, `${c.call} statistic`);
        close(x?.comparison?.pValue, r.pValue, `${c.call} pValue`);
        close(x?.pAdjusted, r.holm, `${c.call} holm`);
      });
    });
  }

  it('periodChanges compares proportions as prop.test without continuity correction', () => {
    const c = fixtures.proportionChange;
    const m = proportionMetric();
    const [, b] = periodChanges(periodsOf(c, m), { metric: m });
    close(b?.comparison?.estimate, c.estimate, `${c.call} estimate`);
    close(b?.comparison?.pValue, c.pValue, `${c.call} pValue`);
    expect(b?.verdict).toBe('higher');
  });
});
