// Properties of the trend analytics (fast-check; FC_SEED replays a failure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  controlChart,
  ewmaChart,
  npsMetric,
  proportionMetric,
  tallyFromCounts,
  trendTest,
} from '../../src/index.js';

const m = () => proportionMetric();
const key = (i: number): string => `2025-${String(i).padStart(3, '0')}`;
/** Periods of a binary outcome: [failures, successes] per period (both 0 = empty). */
const periodsOf = (counts: readonly (readonly [number, number])[]) =>
  counts.map(([a, b], i) => ({ period: key(i), tally: tallyFromCounts(m().scale, [a, b]) }));
const series = fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { minLength: 4, maxLength: 25 });

describe('trend analytics properties', () => {
  it('Mann–Kendall is antisymmetric when the series is reversed', () => {
    fc.assert(
      fc.property(series, (counts) => {
        const a = trendTest(periodsOf(counts), { metric: m(), minPeriods: 3 }).mannKendall;
        const b = trendTest(periodsOf([...counts].reverse()), {
          metric: m(),
          minPeriods: 3,
        }).mannKendall;
        if (a === null || b === null) return a === b;
        expect(b.s).toBe(-a.s + 0);
        expect(b.variance).toBe(a.variance);
        if (a.tau === null) expect(b.tau).toBeNull();
        else expect(b.tau).toBeCloseTo(-a.tau, 12);
        if (a.statistic !== null) expect(b.statistic).toBeCloseTo(-a.statistic, 12);
        expect(b.pValue === null).toBe(a.pValue === null);
        if (a.pValue !== null) expect(b.pValue).toBeCloseTo(a.pValue, 12);
        return true;
      }),
    );
  });

  it('Theil–Sen and least squares recover the slope of an exact line, across dropped empty periods', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 45, max: 55 }),
        fc.integer({ min: -4, max: 4 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 12 }),
        (start, step, keep) => {
          const counts = keep.map((k, i): [number, number] => {
            const s = start + step * i; // successes out of 100 (1…99): the score in percent
            return k || i < 4 ? [100 - s, s] : [0, 0];
          });
          const t = trendTest(periodsOf(counts), { metric: m() });
          expect(t.theilSen?.slope).toBe(step + 0);
          expect(t.theilSen?.intercept).toBe(start);
          expect(Math.abs((t.ols?.slope ?? Number.NaN) - step)).toBeLessThan(1e-9);
          expect(Math.abs((t.weighted?.slope ?? Number.NaN) - step)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('an EWMA with lambda 1 is the raw series (carried over empty periods)', () => {
    fc.assert(
      fc.property(series, (counts) => {
        const periods = periodsOf([[10, 10], ...counts]);
        const chart = ewmaChart(periods, { metric: m(), baseline: { to: key(0) }, lambda: 1 });
        let last = 50;
        chart.periods.forEach((p) => {
          if (p.score !== null) last = p.score;
          expect(p.ewma).toBe(last);
        });
      }),
    );
  });

  it('control chart limits contain the centre', () => {
    const nps = fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)), {
      minLength: 2,
      maxLength: 20,
    });
    fc.assert(
      fc.property(nps, fc.constantFrom('standard', 'laney'), (counts, method) => {
        const periods = [[20, 10, 10], [10, 10, 20], ...counts].map(([p, a, d], i) => ({
          period: key(i),
          tally: tallyFromCounts(npsMetric.scale, {
            10: p as number,
            8: a as number,
            0: d as number,
          }),
        }));
        const chart = controlChart(periods, {
          metric: npsMetric,
          baseline: { to: key(1) },
          method: method,
        });
        for (const p of chart.periods) {
          if (p.lower === null || p.upper === null) continue;
          expect(p.lower).toBeLessThanOrEqual(chart.centre);
          expect(p.upper).toBeGreaterThanOrEqual(chart.centre);
        }
      }),
    );
  });
});
