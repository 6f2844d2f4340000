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
  trendTest,
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

describe('option names in trend and rolling messages, and trendTest verdicts', () => {
  const strings = '(strings are not coerced)';
  const rows = [{ at: '2025-01-10', x: 9 }];
  const run = (o: Record<string, unknown>) => () =>
    trend(rows, { at: (r) => r.at, value: (r) => r.x, metric: npsMetric, ...o });

  it('trend names period, fiscalStartMonth, naive, keep, to and now', () => {
    expect(run({ period: 'x' })).toThrowExactly(
      new TypeError(
        `trend: option period must be 'month' or 'day' or 'week' or 'isoWeek' or 'quarter' or 'year' or 'fiscalQuarter' or 'fiscalYear', received "x" ${strings}`,
      ),
    );
    expect(run({ fiscalStartMonth: 13 })).toThrowExactly(
      new RangeError('trend: option fiscalStartMonth must be an integer from 1 to 12, received 13'),
    );
    expect(run({ naive: 'x' })).toThrowExactly(
      new TypeError(
        `trend: option naive must be 'reject' or 'compatible', received "x" ${strings}`,
      ),
    );
    expect(run({ keep: 'x', respondent: () => 1 })).toThrowExactly(
      new TypeError(`trend: option keep must be 'latest' or 'first', received "x" ${strings}`),
    );
    expect(run({ to: true })).toThrow(/^trend: option to /);
    expect(run({ now: true })).toThrow(/^trend: option now /);
  });

  it('rolling names the period whose tally is bad', () => {
    const [p] = trend(rows, { at: (r) => r.at, value: (r) => r.x, metric: npsMetric, now: 0 });
    const bad = { ...p, period: '2025-02', tally: { ...p?.tally, total: 5 } };
    expect(() => rolling([p as never, bad as never], { metric: npsMetric, periods: 2 })).toThrow(
      /^rolling \(period at index 1\): /,
    );
  });

  it('trendTest calls a clear rise increasing and a clear fall decreasing, with t intervals', () => {
    const rising = periodsOf([
      [90, 10],
      [80, 20],
      [70, 30],
      [60, 40],
      [50, 50],
      [40, 60],
      [30, 70],
      [20, 80],
    ]);
    const up = trendTest(rising, { metric: m() });
    expect(up.verdict).toBe('increasing');
    expect(up.ols?.interval.method).toBe('t');
    const falling = rising.map((p, i) => ({
      ...p,
      tally: (rising[7 - i] as (typeof rising)[0]).tally,
    }));
    expect(trendTest(falling, { metric: m() }).verdict).toBe('decreasing');
  });
});
