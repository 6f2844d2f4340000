import { describe, expect, it } from 'vitest';
import {
  csatMetric,
  mergeTallies,
  npsMetric,
  rolling,
  type TrendPeriod,
  tally,
  trend,
} from '../../src/index.js';

interface Row {
  readonly at: unknown;
  readonly score: unknown;
  readonly w?: number;
}
const base = {
  at: (r: Row) => r.at as string,
  value: (r: Row) => r.score as number,
  metric: npsMetric,
  now: 0,
};
const NPS = { min: 0, max: 10 };

describe('trend', () => {
  it('fills empty periods with null scores and marks the period containing now', () => {
    const rows: Row[] = [
      { at: '2025-03-31T22:30:00Z', score: 0 }, // April in Amsterdam
      { at: '2025-01-15T10:00:00Z', score: 10 },
      { at: '2025-01-20T10:00:00Z', score: null },
    ];
    const t = trend(rows, { ...base, timeZone: 'Europe/Amsterdam', now: '2025-04-02' });
    expect(t.map((p) => [p.period, p.result.score, p.tally.skipped, p.partial])).toEqual([
      ['2025-01', 100, 1, undefined],
      ['2025-02', null, 0, undefined],
      ['2025-03', null, 0, undefined],
      ['2025-04', -100, 0, true],
    ]);
    expect(t[2]).toMatchObject({
      start: '2025-03-01T00:00:00+01:00',
      end: '2025-04-01T00:00:00+02:00',
    });
    expect(t[1]?.tally).toEqual(tally([], NPS));
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('buckets days across a DST change by the local calendar date', () => {
    const rows: Row[] = [
      { at: '2025-03-09T04:59:59Z', score: 10 }, // 23:59:59 EST, 8 March
      { at: '2025-03-09T05:00:00Z', score: 9 }, // 00:00 EST, 9 March
      { at: '2025-03-10T03:59:59Z', score: 0 }, // 23:59:59 EDT, 9 March
      { at: 1741579200000, score: 0 }, // 2025-03-10T04:00:00Z, 00:00 EDT, 10 March
    ];
    const t = trend(rows, { ...base, period: 'day', timeZone: 'America/New_York' });
    expect(t.map((p) => [p.period, p.start, p.tally.n])).toEqual([
      ['2025-03-08', '2025-03-08T00:00:00-05:00', 1],
      ['2025-03-09', '2025-03-09T00:00:00-05:00', 2],
      ['2025-03-10', '2025-03-10T00:00:00-04:00', 1],
    ]);
  });

  it('covers the from/to range and leaves rows outside it out', () => {
    const rows: Row[] = [
      { at: '2024-12-31T12:00:00Z', score: 10 },
      { at: '2025-02-10', score: 10 },
      { at: '2025-02-11', score: 0 },
      { at: '2025-05-01', score: 0 },
    ];
    const t = trend(rows, { ...base, period: 'quarter', from: '2025-01-01', to: '2025-06-30' });
    expect(t.map((p) => [p.period, p.tally.n])).toEqual([
      ['2025-Q1', 2],
      ['2025-Q2', 1],
    ]);
    const empty = trend([], { ...base, from: '2025-01-01', to: '2025-03-01' });
    expect(empty.map((p) => [p.period, p.result.score])).toEqual([
      ['2025-01', null],
      ['2025-02', null],
      ['2025-03', null],
    ]);
    expect(trend([], base)).toEqual([]);
    expect(trend(rows, { ...base, from: '2025-05-01' }).map((p) => p.period)).toEqual(['2025-05']);
    expect(trend(rows, { ...base, to: '2025-01-31' }).map((p) => p.period)).toEqual([
      '2024-12',
      '2025-01',
    ]);
    expect(() => trend(rows, { ...base, from: '2025-02-01', to: '2025-01-31' })).toThrowExactly(
      new RangeError('trend: option from must not be after option to'),
    );
  });

  it('gives the same result for rows in any order and from any iterable', () => {
    const rows: Row[] = [
      { at: '2025-01-05T00:00:00Z', score: 10 },
      { at: '2025-03-05T00:00:00Z', score: 3 },
      { at: '2025-01-06T00:00:00Z', score: 8 },
      { at: '2025-03-06T00:00:00Z', score: 9 },
    ];
    const sorted = trend(rows, base);
    expect(trend([...rows].reverse(), base)).toEqual(sorted);
    expect(trend(new Set(rows), base)).toEqual(sorted);
  });

  it('counts weights from an accessor or a parallel array, also in empty periods', () => {
    const rows: Row[] = [
      { at: '2025-01-05T00:00:00Z', score: 10, w: 2 },
      { at: '2025-03-05T00:00:00Z', score: 0, w: 0.5 },
    ];
    const byFn = trend(rows, { ...base, weight: (r: Row) => r.w as number });
    const byArray = trend(rows, { ...base, weight: [2, 0.5] });
    expect(byArray).toEqual(byFn);
    expect(byFn.map((p) => p.tally.weightSquares)).toEqual([4, 0, 0.25]);
    expect(byFn[0]?.result.nEffective).toBe(1);
  });

  it('applies the input policy with the row index', () => {
    const rows: Row[] = [
      { at: '2025-01-05T00:00:00Z', score: 10 },
      { at: '2025-01-06T00:00:00Z', score: 11 },
    ];
    expect(() => trend(rows, base)).toThrowExactly(
      new RangeError('trend: answer at index 1 must be an integer from 0 to 10, received 11'),
    );
    expect(trend(rows, { ...base, invalid: 'skip' })[0]?.tally.invalid).toBe(1);
    expect(
      trend([{ at: 0, score: 4 }], { ...base, metric: csatMetric(), epoch: 'ms' })[0]?.result.score,
    ).toBe(100);
  });

  it('rejects instants that are not strict, naming the row', () => {
    const rows: Row[] = [
      { at: '2025-01-05T00:00:00Z', score: 10 },
      { at: '2025-02-30', score: 10 },
    ];
    expect(() => trend(rows, base)).toThrowExactly(
      new TypeError(
        'trend: instant at index 1 must be a Date, epoch ms or ISO-8601 date(-time) with offset in years 1–9999, received "2025-02-30" (strings are not coerced)',
      ),
    );
    expect(() => trend([{ at: '2025-02-03T10:00', score: 1 }], base)).toThrowExactly(
      new TypeError(
        `trend: instant at index 0 needs an offset (Z or ±HH:MM) or naive: 'compatible', received "2025-02-03T10:00" (strings are not coerced)`,
      ),
    );
    expect(() => trend([], { ...base, from: 'x' })).toThrow(/^trend: option from must be/);
    expect(
      trend([{ at: '2025-02-03T10:00', score: 1 }], { ...base, naive: 'compatible' })[0]?.period,
    ).toBe('2025-02');
  });

  it('marks the period containing the current time by default', () => {
    const t = trend([{ at: Date.now(), score: 1 }], { ...base, now: undefined, period: 'year' });
    expect(t[0]?.partial).toBe(true);
  });

  it('rejects missing accessors, metrics and rows', () => {
    expect(() => trend([], { ...base, at: undefined as never })).toThrowExactly(
      new TypeError('trend: options at, value (and respondent for keep or per) must be functions'),
    );
    expect(() => trend([], { ...base, value: 'score' as never })).toThrow(TypeError);
    expect(() => trend([], { ...base, metric: {} as never })).toThrowExactly(
      new TypeError('trend: option metric must be a metric such as npsMetric, received an object'),
    );
    expect(() => trend(null as never, base)).toThrowExactly(
      new TypeError('trend: rows must be an array, a typed array or an iterable, received null'),
    );
    expect(() => trend([], { ...base, every: 1 } as never)).toThrow(TypeError);
  });
});

describe('rolling', () => {
  const rows: Row[] = [
    { at: '2025-01-10', score: 10 },
    { at: '2025-02-10', score: 0 },
    { at: '2025-04-10', score: 9 },
    { at: '2025-05-10', score: 9 },
    { at: '2025-05-11', score: 2 },
  ];
  const monthly = () => trend(rows, { ...base, now: '2025-05-20' });

  it('merges each period with the ones before it', () => {
    const r = rolling(monthly(), { metric: npsMetric, periods: 3 });
    expect(r.map((w) => [w.period, w.start, w.end, w.tally.n, w.window, w.partial])).toEqual([
      ['2025-01', '2025-01-01T00:00:00+00:00', '2025-02-01T00:00:00+00:00', 1, 1, undefined],
      ['2025-02', '2025-01-01T00:00:00+00:00', '2025-03-01T00:00:00+00:00', 2, 2, undefined],
      ['2025-03', '2025-01-01T00:00:00+00:00', '2025-04-01T00:00:00+00:00', 2, 3, undefined],
      ['2025-04', '2025-02-01T00:00:00+00:00', '2025-05-01T00:00:00+00:00', 2, 3, undefined],
      ['2025-05', '2025-03-01T00:00:00+00:00', '2025-06-01T00:00:00+00:00', 3, 3, true],
    ]);
    r.forEach((w, i) => {
      const window = monthly()
        .slice(Math.max(0, i - 2), i + 1)
        .map((p) => p.tally);
      expect(w.tally).toEqual(mergeTallies(window));
    });
    expect(rolling(monthly(), { metric: npsMetric, periods: 1 }).map((w) => w.tally)).toEqual(
      monthly().map((p) => p.tally),
    );
  });

  it('gives null scores for empty windows, never -0 or leftovers', () => {
    const sparse = trend(
      [
        { at: '2025-01-01', score: 10 },
        { at: '2025-06-01', score: 0 },
      ],
      base,
    );
    const r = rolling(sparse, { metric: npsMetric, periods: 2 });
    expect(r.map((w) => w.result.score)).toEqual([100, 100, null, null, null, -100]);
    expect(r[3]?.tally).toEqual(tally([], NPS));
  });

  it('gives the last d days from a daily trend, across DST', () => {
    const daily = trend(
      [
        { at: '2025-03-08T12:00:00-05:00', score: 10 },
        { at: '2025-03-09T12:00:00-04:00', score: 0 },
        { at: '2025-03-11T12:00:00-04:00', score: 9 },
      ],
      { ...base, period: 'day', timeZone: 'America/New_York' },
    );
    const r = rolling(daily, { metric: npsMetric, periods: 2 });
    expect(r.map((w) => [w.period, w.start, w.end, w.tally.n, w.window])).toEqual([
      ['2025-03-08', '2025-03-08T00:00:00-05:00', '2025-03-09T00:00:00-05:00', 1, 1],
      ['2025-03-09', '2025-03-08T00:00:00-05:00', '2025-03-10T00:00:00-04:00', 2, 2],
      ['2025-03-10', '2025-03-09T00:00:00-05:00', '2025-03-11T00:00:00-04:00', 1, 2],
      ['2025-03-11', '2025-03-10T00:00:00-04:00', '2025-03-12T00:00:00-04:00', 1, 2],
    ]);
  });

  it('merges weighted and unweighted tallies', () => {
    const weighted = trend(rows, { ...base, weight: () => 2 });
    const r = rolling([...monthly().slice(0, 2), ...weighted.slice(2)], {
      metric: npsMetric,
      periods: 2,
    });
    expect(r[2]?.tally.weightSquares).toBe(1);
    expect(r[3]?.tally.total).toBe(2);
  });

  it('rejects bad options and periods that are out of order or malformed', () => {
    const m = { metric: npsMetric };
    expect(() => rolling(monthly(), m as never)).toThrowExactly(
      new TypeError('rolling: option periods must be a number, received undefined'),
    );
    expect(() => rolling(monthly(), { ...m, periods: 2, days: 2 } as never)).toThrowExactly(
      new TypeError('rolling: unknown option "days"'),
    );
    expect(() => rolling(monthly(), { ...m, periods: 0 })).toThrowExactly(
      new RangeError('rolling: option periods must be an integer from 1 to 2^53 − 1, received 0'),
    );
    expect(() => rolling([...monthly()].reverse(), { ...m, periods: 2 })).toThrowExactly(
      new RangeError(
        'rolling: period at index 1 is not after the one before, received "2025-04" (strings are not coerced)',
      ),
    );
    expect(() => rolling([{} as TrendPeriod], { ...m, periods: 2 })).toThrowExactly(
      new TypeError(
        'rolling: period at index 0 must be a trend period { period, start, end, tally }, received an object',
      ),
    );
    const bad = { ...monthly()[0], tally: tally([1], { min: 1, max: 5 }) } as TrendPeriod;
    expect(() => rolling([bad], { ...m, periods: 2 })).toThrow(RangeError);
    expect(() => rolling(monthly(), { periods: 2 } as never)).toThrow(TypeError);
    expect(rolling([], { ...m, periods: 3 })).toEqual([]);
  });
});
