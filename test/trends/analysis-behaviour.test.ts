// The trend analytics' behaviour: edge cases, options and the caller mistakes they reject.
import { describe, expect, it } from 'vitest';
import {
  cesMetric,
  controlChart,
  csatMetric,
  ewmaChart,
  npsMetric,
  type PeriodTally,
  periodChanges,
  proportionMetric,
  tallyFromCounts,
  trendTest,
} from '../../src/index.js';

const t = (c: Record<number, number>) => tallyFromCounts(npsMetric.scale, c);
const empty = () => t({});
const ps = (): PeriodTally[] => [
  { period: '2025-01', tally: t({ 10: 5, 3: 2 }) },
  { period: '2025-02', tally: t({ 10: 3, 3: 4 }) },
];
const metric = npsMetric;

describe('periodChanges', () => {
  it('periodChanges gives a null comparison for the first period and after an empty one', () => {
    const list = [
      ps()[0],
      { period: '2025-02', tally: empty() },
      { ...ps()[1], period: '2025-03', partial: true },
    ];
    const out = periodChanges(list as PeriodTally[], { metric });
    expect(out.map((c) => [c.reference, c.comparison, c.verdict])).toEqual([
      [null, null, null],
      ['2025-01', null, null],
      ['2025-02', null, null],
    ]);
    expect(out[2]).toMatchObject({ score: -100 / 7, referenceScore: null, partial: true });
    expect('partial' in (out[0] as object)).toBe(false);
  });

  it('periodChanges against a year finds the counterpart by the four-digit year minus one', () => {
    const list = ['FY2025-Q1', 'FY2025-Q2', 'FY2026-Q1'].map((period) => ({
      period,
      tally: ps()[0]?.tally as never,
    }));
    const out = periodChanges(list, { metric, against: 'year' });
    expect(out.map((c) => c.reference)).toEqual([null, null, 'FY2025-Q1']);
    expect(out[2]?.verdict).toBe('no-detectable-difference');
    const weeks = periodChanges(
      [
        { period: '2024-W09', tally: ps()[0]?.tally as never },
        { period: '2025-W09', tally: empty() },
      ],
      { metric, against: 'year' },
    );
    expect(weeks.map((c) => [c.reference, c.comparison])).toEqual([
      [null, null],
      ['2024-W09', null],
    ]);
  });

  it('periodChanges adjusts p-values and takes the verdicts from the adjusted values', () => {
    const big = (p: number, d: number) =>
      tallyFromCounts(metric.scale, { 10: p, 8: 100 - p - d, 3: d });
    const list = [big(50, 20), big(40, 25), big(48, 22), big(40, 25)].map((tally, i) => ({
      period: `2025-0${String(i + 1)}`,
      tally,
    }));
    const raw = periodChanges(list, { metric });
    const adjusted = periodChanges(list, { metric, adjust: 'bonferroni', level: 0.9 });
    expect(raw.map((c) => c.pAdjusted)).toEqual(raw.map((c) => c.comparison?.pValue ?? null));
    adjusted.forEach((c, i) => {
      const p = raw[i]?.comparison?.pValue ?? null;
      expect(c.pAdjusted).toBe(p === null ? null : Math.min(1, 3 * p));
    });
    expect(adjusted[0]).toEqual(periodChanges(list, { metric, level: 0.9 })[0]);
  });

  it('periodChanges rejects caller mistakes with the function name and position', () => {
    const bad: [unknown, unknown, Error][] = [
      [
        ps(),
        { metric: csatMetric },
        new TypeError(
          'periodChanges: option metric must be a metric such as npsMetric, received a function',
        ),
      ],
      [
        'x',
        { metric },
        new TypeError(
          'periodChanges: periods must be an array, received "x" (strings are not coerced)',
        ),
      ],
      [
        [null],
        { metric },
        new TypeError(
          'periodChanges: period at index 0 must have a string period key, received undefined',
        ),
      ],
      [
        [{ period: 5 }],
        { metric },
        new TypeError('periodChanges: period at index 0 must have a string period key, received 5'),
      ],
      [
        [{ ...ps()[0], window: 3 }],
        { metric },
        new TypeError(
          'periodChanges: period at index 0 is a rolling window; overlapping windows share answers, so pass non-overlapping periods',
        ),
      ],
      [
        [ps()[1], ps()[0]],
        { metric },
        new RangeError(
          'periodChanges: period at index 1 must come after "2025-02", received "2025-01" (strings are not coerced)',
        ),
      ],
      [
        [ps()[0], ps()[0]],
        { metric },
        new RangeError(
          'periodChanges: period at index 1 must come after "2025-01", received "2025-01" (strings are not coerced)',
        ),
      ],
      [
        [{ period: 'a', tally: tallyFromCounts({ min: 1, max: 5 }, [1, 0, 0, 0, 0]) }],
        { metric },
        new RangeError(
          'periodChanges (period at index 0): the tally has scale 1–5, but the metric counts on 0–10',
        ),
      ],
      [
        [{ period: 'Q1', tally: empty() }],
        { metric, against: 'year' },
        new RangeError('periodChanges: period at index 0 has no four-digit year, received "Q1"'),
      ],
      [
        ps(),
        { metric, against: 'month' },
        new TypeError(
          `periodChanges: option against must be 'previous' or 'year', received "month" (strings are not coerced)`,
        ),
      ],
      [
        ps(),
        { metric, adjust: 'x' },
        new TypeError(
          `periodChanges: option adjust must be 'holm' or 'hochberg' or 'bonferroni' or 'bh' or 'by', received "x" (strings are not coerced)`,
        ),
      ],
      [
        ps(),
        { metric, level: 95 },
        new RangeError(
          'periodChanges: option level must lie strictly between 0 and 1, received 95',
        ),
      ],
      [
        ps(),
        { metric, confidence: 1 },
        new TypeError('periodChanges: unknown option "confidence"'),
      ],
    ];
    for (const [periods, options, error] of bad) {
      expect(() => periodChanges(periods as never, options as never)).toThrowExactly(error);
    }
  });
});

describe('trendTest', () => {
  const line = (ys: number[]) =>
    ys.map((y, i) => ({
      period: `p${String(i).padStart(2, '0')}`,
      tally: tallyFromCounts({ min: 0, max: 1 }, [100 - y, y]),
    }));
  const m = () => proportionMetric();

  it('trendTest gives null tests with a reason below minPeriods, counting non-empty periods only', () => {
    const periods = [
      ...line([10, 20, 30]),
      { period: 'p99', tally: tallyFromCounts(m().scale, [0, 0]) },
    ];
    expect(trendTest(periods, { metric: m() })).toEqual({
      periods: 3,
      minPeriods: 4,
      reason: 'too-few-periods',
      mannKendall: null,
      theilSen: null,
      ols: null,
      weighted: null,
      verdict: null,
    });
    expect(trendTest(periods, { metric: m(), minPeriods: 3 }).reason).toBeNull();
  });

  it('trendTest finds a decreasing trend and leaves an interval limit null when its rank is off the slopes', () => {
    const down = trendTest(line([60, 50, 45, 30, 20, 15, 10]), { metric: m() });
    expect(down.verdict).toBe('decreasing');
    expect(down.theilSen?.interval).toMatchObject({ level: 0.95, method: 'sen' });
    const four = trendTest(line([10, 20, 30, 45]), { metric: m() });
    expect(four.theilSen?.interval.lower).toBeNull();
    expect(four.theilSen?.interval.upper).toBeNull();
    expect(four.verdict).toBe('no-detectable-trend');
  });

  it('trendTest reports a constant series with null tau and no test', () => {
    const flat = trendTest(line([20, 20, 20, 20, 20]), { metric: m() });
    expect(flat.mannKendall).toEqual({
      s: 0,
      variance: 0,
      tau: null,
      statistic: null,
      pValue: null,
    });
    expect(flat.ols).toMatchObject({ slope: 0, se: 0, statistic: null, pValue: null });
    expect(flat.verdict).toBe('no-detectable-trend');
  });

  it('trendTest rejects a minPeriods below 3', () => {
    expect(() => trendTest(ps(), { metric, minPeriods: 2 })).toThrowExactly(
      new RangeError(
        'trendTest: option minPeriods must be an integer from 3 to 1000000000, received 2',
      ),
    );
  });
});

describe('controlChart and ewmaChart', () => {
  const p = () => proportionMetric();
  const props = () =>
    [
      [80, 20],
      [79, 21],
      [81, 19],
      [80, 20],
      [60, 40],
    ].map((c, i) => ({
      period: `2025-0${String(i + 1)}`,
      tally: tallyFromCounts(p().scale, c),
    }));

  it('controlChart applies only the chosen rules and passes empty and partial periods through', () => {
    const list = [
      ...props(),
      { period: '2025-06', tally: tallyFromCounts(p().scale, [0, 0]), partial: true },
    ];
    const chart = controlChart(list, {
      metric: p(),
      baseline: { to: '2025-04' },
      rules: ['eight-on-one-side'],
    });
    expect(chart.periods.every((x) => x.signals.length === 0)).toBe(true);
    expect(chart.periods[5]).toEqual({
      period: '2025-06',
      n: 0,
      nEffective: 0,
      score: null,
      sigma: null,
      lower: null,
      upper: null,
      z: null,
      signals: [],
      partial: true,
    });
    expect(
      controlChart(list, { metric: p(), baseline: { to: '2025-04' }, rules: [] }).periods[4]
        ?.signals,
    ).toEqual([]);
  });

  it('controlChart reads worse for a metric where lower is better', () => {
    const churn = proportionMetric({ better: 'lower' });
    const chart = controlChart(props(), { metric: churn, baseline: { centre: 20, sigma: 40 } });
    expect(chart.periods[4]?.signals).toEqual([
      { rule: 'beyond-3-sigma', direction: 'high', effect: 'worse' },
    ]);
  });

  it('controlChart reports an explicit centre of −0 as 0 (seed 946157113 of the property sweep)', () => {
    const chart = controlChart(props(), {
      metric: proportionMetric(),
      baseline: { centre: -0, sigma: 40 },
    });
    expect(Object.is(chart.centre, -0)).toBe(false);
    expect(chart.centre).toBe(0);
  });

  it('ewmaChart carries the EWMA over an empty period without a signal and marks partial periods', () => {
    const list = [
      ...props(),
      { period: '2025-06', tally: tallyFromCounts(p().scale, [0, 0]) },
      { period: '2025-07', tally: tallyFromCounts(p().scale, [40, 60]), partial: true },
    ];
    const chart = ewmaChart(list, { metric: p(), baseline: { to: '2025-04' } });
    const [a, b, c] = chart.periods.slice(4);
    expect(a?.signals.map((s) => s.rule)).toEqual(['ewma']);
    expect([b?.ewma, b?.sigma, b?.signals]).toEqual([a?.ewma, a?.sigma, []]);
    expect(c?.partial).toBe(true);
  });

  it('control charts score CES with the pooled within-period standard deviation', () => {
    const ces = cesMetric();
    const list = [
      [1, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 2, 0, 0, 0],
    ].map((c, i) => ({
      period: `2025-0${String(i + 1)}`,
      tally: tallyFromCounts(ces.scale, c),
    }));
    // Only the first period varies: s² = 18 with one degree of freedom; the second adds 0 with 1.
    expect(controlChart(list, { metric: ces, baseline: {} }).sigma).toBe(3);
  });

  it('control charts reject caller mistakes', () => {
    const bad: [(o: never) => unknown, unknown, Error][] = [
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: {}, rules: 'x' },
        new TypeError(
          'controlChart: option rules must be an array, received "x" (strings are not coerced)',
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: {}, rules: [undefined] },
        new TypeError(
          `controlChart: option rules must be 'beyond-3-sigma' or 'two-of-three-beyond-2-sigma' or 'eight-on-one-side', received null`,
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: {}, method: 'x' },
        new TypeError(
          `controlChart: option method must be 'standard' or 'laney', received "x" (strings are not coerced)`,
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { centre: 0, sigma: 50 }, method: 'laney' },
        new RangeError(
          `controlChart: method 'laney' needs two or more baseline periods whose z-scores vary, received a factor of 0`,
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { to: '2025-01' }, method: 'laney' },
        new RangeError(
          `controlChart: method 'laney' needs two or more baseline periods whose z-scores vary, received a factor of 0`,
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: null },
        new TypeError(
          'controlChart: option baseline must be { from, to } or { centre, sigma }, received null',
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { foo: 1 } },
        new TypeError('controlChart (baseline): unknown option "foo"'),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { from: 'a', centre: 1 } },
        new TypeError('controlChart (baseline): unknown option "centre"'),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { to: 1 } },
        new TypeError('controlChart: baseline.from and .to must be period keys, received 1'),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { centre: 200, sigma: 1 } },
        new RangeError(
          'controlChart: baseline.centre must be a number from -100 to 100, received 200',
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { centre: '1', sigma: 1 } },
        new TypeError(
          'controlChart: baseline.centre must be a number from -100 to 100, received "1" (strings are not coerced)',
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { centre: 1, sigma: 0 } },
        new RangeError(
          `controlChart: the baseline's sigma must be a positive finite number (answers that vary) of at least 2e-7 (1e-9 of the score range), received 0`,
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { centre: 1 } },
        new TypeError(
          `controlChart: the baseline's sigma must be a positive finite number (answers that vary) of at least 2e-7 (1e-9 of the score range), received undefined`,
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric, baseline: { from: '2026' } },
        new RangeError(
          `controlChart: the baseline's sigma must be a positive finite number (answers that vary) of at least 2e-7 (1e-9 of the score range), received NaN`,
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric: { ...metric, name: 'x' }, baseline: {} },
        new TypeError(
          'controlChart: option metric must be an NPS, CSAT, CES or proportion metric, received "x"',
        ),
      ],
      [
        (o) => controlChart(ps(), o),
        { metric: { ...metric, name: 7 }, baseline: {} },
        new TypeError(
          'controlChart: option metric must be an NPS, CSAT, CES or proportion metric, received 7',
        ),
      ],
      [
        (o) => ewmaChart(ps(), o),
        { metric, baseline: {}, lambda: 0 },
        new RangeError('ewmaChart: option lambda must be a number in (0, 1], received 0'),
      ],
      [
        (o) => ewmaChart(ps(), o),
        { metric, baseline: {}, lambda: '1' },
        new TypeError(
          'ewmaChart: option lambda must be a number in (0, 1], received "1" (strings are not coerced)',
        ),
      ],
      [
        (o) => ewmaChart(ps(), o),
        { metric, baseline: {}, L: 11 },
        new RangeError('ewmaChart: option L must be a number in (0, 10], received 11'),
      ],
    ];
    for (const [call, options, error] of bad)
      expect(() => call(options as never)).toThrowExactly(error);
  });
});
