import { describe, expect, it } from 'vitest';
import {
  controlChart,
  ewmaChart,
  npsMetric,
  periodChanges,
  proportionMetric,
  rolling,
  tallyFromCounts,
  trend,
} from '../../src/index.js';

// Boundaries mutation testing (npm run mutation -- trends) found unpinned.

const m = (): ReturnType<typeof proportionMetric> => proportionMetric();
const periodsOf = (counts: readonly (readonly [number, number])[]) =>
  counts.map((c, i) => ({ period: `2025-0${i + 1}`, tally: tallyFromCounts(m().scale, c) }));

describe('trends at their boundaries', () => {
  it('a z-score of exactly 3 (or 2) is not beyond 3 (or 2) sigma', () => {
    // centre 20 %, σ 40 % per answer, 100 answers: σ of a period 4 points; 32 % is z = 3 exactly,
    // 28 % is z = 2 exactly.
    const baseline = { centre: 20, sigma: 40 };
    const chart = controlChart(
      periodsOf([
        [72, 28],
        [72, 28],
        [68, 32],
        [67, 33],
      ]),
      {
        metric: m(),
        baseline,
      },
    );
    expect(chart.periods.map((p) => p.z)).toEqual([2, 2, 3, 3.25]);
    // Period 3 (z = 3) is beyond 2 sigma, but the two before it (z = 2) are not: no signal.
    expect(chart.periods.map((p) => p.signals.map((s) => s.rule))).toEqual([
      [],
      [],
      [],
      ['beyond-3-sigma', 'two-of-three-beyond-2-sigma'],
    ]);
  });

  it('trend, rolling and periodChanges pass the level on; minN flags below it, not at it', () => {
    const rows = [10, 9, 0, 7, 10].map((x, i) => ({ at: `2025-0${1 + (i % 2)}-10`, x }));
    const base = {
      at: (r: { at: string }) => r.at,
      value: (r: { x: number }) => r.x,
      metric: npsMetric,
      now: '2025-03-01',
    };
    const t = trend(rows, { ...base, level: 0.8, minN: 2 });
    expect(t.map((p) => [p.interval?.level, p.small])).toEqual([
      [0.8, false],
      [0.8, false],
    ]);
    expect(t[0]?.interval).toEqual(npsMetric.interval(t[0]?.tally as never, { level: 0.8 }));
    const r = rolling(trend(rows, base), { metric: npsMetric, periods: 2, level: 0.8, minN: 5 });
    expect(r.map((p) => [p.interval?.level, p.small])).toEqual([
      [0.8, true],
      [0.8, false],
    ]);
    const c = periodChanges(t, { metric: npsMetric, level: 0.8 });
    expect(c[1]?.comparison?.level).toBe(0.8);
  });

  it('an EWMA exactly on its limit is not a signal', () => {
    // λ = 1: the EWMA is the period's own score; limits centre ± 3σ/√n = 20 ± 12 at n = 100.
    const chart = ewmaChart(
      periodsOf([
        [68, 32],
        [67, 33],
      ]),
      {
        metric: m(),
        baseline: { centre: 20, sigma: 40 },
        lambda: 1,
      },
    );
    expect(chart.periods.map((p) => [p.ewma, p.upper, p.signals.length])).toEqual([
      [32, 32, 0],
      [33, 32, 1],
    ]);
  });
});
