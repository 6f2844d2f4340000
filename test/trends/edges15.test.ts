// Issue 15 in the trends family: epoch seconds, input that is not data, bounded work, own
// properties and numbers that are numbers.
import { describe, expect, it } from 'vitest';
import {
  controlChart,
  npsMetric,
  periodBounds,
  periodKey,
  proportionMetric,
  rolling,
  segment,
  tallyFromCounts,
  tidy,
  trend,
  trendAsync,
  trendTest,
} from '../../src/index.js';
import { cacheSizes, NAMES, ZONES } from '../../src/trends/internal/time.js';

interface Row {
  at: unknown;
  score: number;
}
const base = {
  at: (r: Row) => r.at as string,
  value: (r: Row) => r.score,
  metric: npsMetric,
  now: 0,
};
const rows: Row[] = [
  { at: '2025-01-10', score: 10 },
  { at: '2025-03-10', score: 0 },
];

describe('epoch numbers', () => {
  it('periodKey refuses epoch seconds read as milliseconds, with the hint', () => {
    expect(() => periodKey(1735689600)).toThrowExactly(
      new RangeError(
        "periodKey: instant is before 1973 as epoch milliseconds (epoch seconds? pass epoch: 's'; or epoch: 'ms' to read it as milliseconds), received 1735689600",
      ),
    );
    expect(periodKey(1735689600, { epoch: 's' })).toBe('2025-01');
    expect(periodKey(1735689600000)).toBe('2025-01');
    expect(periodKey(0, { epoch: 'ms' })).toBe('1970-01');
    expect(periodKey(94694400000)).toBe('1973-01');
    expect(() => periodKey(94694399999)).toThrow(RangeError);
    expect(() => periodKey(1, { epoch: 'seconds' as never })).toThrowExactly(
      new TypeError(
        `periodKey: option epoch must be 'ms' or 's', received "seconds" (strings are not coerced)`,
      ),
    );
  });

  it('trend refuses a row in epoch seconds with its index unless epoch states the unit', () => {
    const secs = [
      { at: 1735689600, score: 10 },
      { at: 1738368000, score: 0 },
    ];
    const o = { ...base, at: (r: { at: number }) => r.at };
    expect(() => trend(secs, o)).toThrowExactly(
      new RangeError(
        "trend: instant at index 0 is before 1973 as epoch milliseconds (epoch seconds? pass epoch: 's'; or epoch: 'ms' to read it as milliseconds), received 1735689600",
      ),
    );
    expect(trend(secs, { ...o, epoch: 's' }).map((p) => p.period)).toEqual(['2025-01', '2025-02']);
    expect(trend(secs, { ...o, epoch: 'ms' }).map((p) => p.period)).toEqual(['1970-01']);
  });

  it('trend does not guess at instants written in options (now: 0, from, to)', () => {
    const t = trend(rows, { ...base, from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 1, 1) });
    expect(t.map((p) => p.period)).toEqual(['2025-01', '2025-02']);
    // now: 0 is 1970-01-01 in milliseconds, even with epoch: 's' for the rows.
    const s = trend([{ at: 0, score: 10 }], { ...base, at: (r) => r.at, epoch: 's' });
    expect(s[0]?.partial).toBe(true);
  });
});

describe('the supported years 1–9999', () => {
  it('accepts the dates 0001-01-01 and 9999-12-31 and refuses the days beyond, in any zone', () => {
    for (const timeZone of ['UTC', 'Pacific/Kiritimati', 'America/New_York']) {
      const o = { period: 'day' as const, timeZone };
      expect(periodKey('0001-01-01', o)).toBe('0001-01-01');
      expect(periodKey('9999-12-31', o)).toBe('9999-12-31');
    }
    // Strings outside the range throw a TypeError, numbers a RangeError (as for any bad instant).
    expect(() => periodKey('0000-12-31')).toThrow(TypeError);
    expect(() => periodKey('10000-01-01')).toThrow(TypeError);
    expect(() => periodKey('9999-12-31T23:00:00-05:00')).toThrow(TypeError);
    expect(() => periodKey(-62135596800001, { epoch: 'ms' })).toThrow(RangeError);
    expect(periodKey(-62135596800000, { epoch: 'ms', period: 'day' })).toBe('0001-01-01');
  });

  it('periodBounds refuses period keys outside the years 1–9999', () => {
    expect(() => periodBounds('99999', { period: 'year' })).toThrowExactly(
      new RangeError('periodBounds: period "99999" is outside the years 1–9999'),
    );
    expect(() => periodBounds('0000', { period: 'year' })).toThrowExactly(
      new RangeError('periodBounds: period "0000" is outside the years 1–9999'),
    );
    expect(periodBounds('9999', { period: 'year' }).start).toBe('9999-01-01T00:00:00+00:00');
    expect(periodBounds('0001-01', {}).start).toBe('0001-01-01T00:00:00+00:00');
  });
});

describe('input that is not data', () => {
  it('trend refuses an API wrapper and names trendAsync for an async generator', () => {
    expect(() => trend({ rows } as never, base)).toThrowExactly(
      new TypeError(
        'trend: rows must be an array, a typed array or an iterable, received an object',
      ),
    );
    async function* gen() {
      for (const r of rows) yield await Promise.resolve(r);
    }
    expect(() => trend(gen() as never, base)).toThrowExactly(
      new TypeError(
        'trend: rows must be an array, a typed array or an iterable, received an async iterable; use trendAsync',
      ),
    );
  });

  it('trendAsync streams rows from an async iterable into the same periods as trend', async () => {
    async function* gen() {
      for (const r of rows) yield await Promise.resolve(r);
    }
    expect(await trendAsync(gen(), base)).toEqual(trend(rows, base));
    expect(await trendAsync(new Set(rows), base)).toEqual(trend(rows, base));
    await expect(trendAsync({ rows } as never, base)).rejects.toThrowExactly(
      new TypeError(
        'trendAsync: rows must be an async iterable or an iterable, received an object',
      ),
    );
  });

  it('trend and trendAsync refuse a weight array whose length differs from the rows', async () => {
    const msg = (n: number) =>
      new RangeError(`trend: option weight has ${n} entries but there are 2 rows`);
    expect(() => trend(rows, { ...base, weight: [1, 1, 1] })).toThrowExactly(msg(3));
    expect(() => trend(rows, { ...base, weight: [1] })).toThrowExactly(msg(1));
    expect(() => trend(new Set(rows), { ...base, weight: [1] })).toThrowExactly(msg(1));
    expect(() => trend(new Set(rows), { ...base, weight: [1, 1, 1] })).toThrowExactly(msg(3));
    await expect(trendAsync(rows, { ...base, weight: [1] })).rejects.toThrowExactly(
      new RangeError('trendAsync: option weight has 1 entries but there are 2 rows'),
    );
    expect(trend(rows, { ...base, weight: [2, 1] })[0]?.tally.weightSquares).toBe(4);
  });

  it('tidy and rolling refuse null, a segmentation and other non-lists with their names', () => {
    const seg = segment([{ ch: 'web', score: 9 }], {
      by: (r) => r.ch,
      value: (r) => r.score,
      metric: npsMetric,
    });
    expect(() => tidy(seg as never)).toThrowExactly(
      new TypeError('tidy: items must be an array; for a segmentation pass its .segments'),
    );
    expect(() => tidy(null as never)).toThrowExactly(
      new TypeError('tidy: items must be an array, a typed array or an iterable, received null'),
    );
    expect(() => rolling(null as never, { metric: npsMetric, periods: 2 })).toThrowExactly(
      new TypeError(
        'rolling: series must be an array, a typed array or an iterable, received null',
      ),
    );
    expect(tidy(seg.segments)[0]?.key).toBe('web');
    const t = trend(rows, base);
    expect(rolling(new Set(t) as never, { metric: npsMetric, periods: 2 })).toEqual(
      rolling(t, { metric: npsMetric, periods: 2 }),
    );
  });

  it('tidy refuses a period whose start is not a string and a score that is not a number, and never prints −0', () => {
    const [p] = trend(rows, base);
    const period = p as NonNullable<typeof p>;
    // Seen in a fuzz sweep (seeds 1236600567, 588548815): a start of −0 came out as −0.
    expect(() => tidy([{ ...period, start: -0 } as never])).toThrowExactly(
      new TypeError(
        'tidy: item at index 0 must be a trend period with string start and end, received an object',
      ),
    );
    expect(() =>
      tidy([{ ...period, result: { ...period.result, score: '5' } } as never]),
    ).toThrowExactly(
      new TypeError(
        'tidy: item at index 0: score must be a finite number or null, received "5" (strings are not coerced)',
      ),
    );
    const zero = tidy([{ ...period, result: { ...period.result, score: -0 } }]);
    expect(Object.is(zero[0]?.score, -0)).toBe(false);
    expect(zero[0]?.score).toBe(0);
  });
});

describe('bounded work', () => {
  it('trend refuses to fill more than 100,000 periods and names the outlying instant', () => {
    const stray = [
      { at: '2025-01-10', score: 10 },
      { at: '2025-06-10', score: 0 },
      { at: '9999-01-01', score: 9 },
    ];
    expect(() => trend(stray, { ...base, period: 'day' })).toThrowExactly(
      new RangeError(
        'trend: the trend would fill 2912435 day periods, more than the limit of 100000: from the instant at index 0 (2025-01-10) to the instant at index 2 (9999-01-01); check that instant, or narrow the span with from and to',
      ),
    );
    expect(() =>
      trend(rows, { ...base, period: 'day', from: '1800-01-01', to: '2100-01-01' }),
    ).toThrowExactly(
      new RangeError(
        'trend: the trend would fill 109574 day periods, more than the limit of 100000: from option from (1800-01-01) to option to (2100-01-01); check that instant, or narrow the span with from and to',
      ),
    );
    // The stray row left out by `to` costs nothing.
    expect(trend(stray, { ...base, period: 'day', to: '2025-12-31' })).toHaveLength(356);
  });

  it('trendTest handles 19,000 periods in bounded memory and agrees with the brute force', () => {
    const m = proportionMetric();
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const periods = Array.from({ length: 19_000 }, (_, i) => {
      const k = 50 + Math.floor(rnd() * 50);
      const pos = Math.floor(rnd() * (k + 1));
      return {
        period: `p${String(i).padStart(6, '0')}`,
        tally: tallyFromCounts(m.scale, [k - pos, pos]),
      };
    });
    const t = trendTest(periods, { metric: m });
    expect(t.periods).toBe(19_000);
    expect(t.theilSen?.slope).toBeTypeOf('number');
    expect(Number.isFinite(t.theilSen?.interval.lower)).toBe(true);
  }, 60_000);
});

describe('the zone cache', () => {
  it('keeps one zone per canonical name however many spellings, within its bounds', () => {
    const name = 'America/St_Johns';
    const t = Date.UTC(2023, 2, 12, 3, 31);
    const want = periodKey(t, { period: 'day', timeZone: name });
    // 2,000 case variants of one name (one formatter), and every zone Intl lists (over 400, more
    // than both bounds): bounded either way.
    for (let i = 0; i < 2000; i++) {
      const spelling = name
        .split('')
        .map((c, j) => ((i >> (j % 11)) & 1 ? c.toUpperCase() : c.toLowerCase()))
        .join('');
      expect(periodKey(t, { period: 'day', timeZone: spelling })).toBe(want);
    }
    for (const z of Intl.supportedValuesOf('timeZone')) {
      periodKey(t, { timeZone: z });
    }
    const sizes = cacheSizes();
    expect(sizes.zones).toBeLessThanOrEqual(ZONES);
    expect(sizes.names).toBeLessThanOrEqual(NAMES);
    expect(periodKey(t, { period: 'day', timeZone: 'AMERICA/ST_JOHNS' })).toBe(want);
    expect(periodKey(t, { period: 'day', timeZone: 'etc/utc' })).toBe('2023-03-12');
    // An unknown name is quoted as an excerpt.
    expect(() => periodKey(t, { timeZone: 'x'.repeat(1e5) })).toThrowExactly(
      new RangeError(`periodKey: unknown time zone "${'x'.repeat(40)}"… (100000 characters)`),
    );
  });
});

describe('own properties only', () => {
  it('a polluted Object.prototype marks no period partial and adds no interval', () => {
    const t = trend(rows, base);
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.partial = true;
      proto.interval = { lower: -100, upper: 100 };
      proto.window = 3;
      expect(tidy(t).map((r) => [r.partial, r.lower])).toEqual([
        [false, null],
        [false, null],
        [false, null],
      ]);
      expect(
        rolling(t, { metric: npsMetric, periods: 2 }).every((w) => !Object.hasOwn(w, 'partial')),
      ).toBe(true);
      expect(trendTest(t, { metric: npsMetric, minPeriods: 3 }).reason).toBe('too-few-periods');
      expect(trend(rows, base).every((p) => !Object.hasOwn(p, 'partial'))).toBe(true);
    } finally {
      delete proto.partial;
      delete proto.interval;
      delete proto.window;
    }
  });
});

describe('numbers that are numbers', () => {
  it('trendTest at level 1 − 2⁻⁵³ gives finite limits or null, never ±Infinity', () => {
    const m = proportionMetric();
    const periods = [
      [9, 1],
      [8, 2],
      [8, 2],
      [6, 4],
      [5, 5],
      [4, 6],
    ].map((c, i) => ({
      period: `2025-0${i + 1}`,
      tally: tallyFromCounts(m.scale, c),
    }));
    let t: ReturnType<typeof trendTest> | undefined;
    try {
      t = trendTest(periods, { metric: m, level: 1 - 2 ** -53 });
    } catch (e) {
      // A level refused by checkLevel is also an honest answer.
      expect(e).toBeInstanceOf(RangeError);
      return;
    }
    for (const v of [
      t.ols?.interval.lower,
      t.ols?.interval.upper,
      t.weighted?.interval.upper,
      t.theilSen?.interval.lower,
    ]) {
      expect(v === null || Number.isFinite(v)).toBe(true);
    }
  });

  it('controlChart refuses a sigma below 1e-9 of the score range instead of infinite z-scores', () => {
    const m = proportionMetric();
    const periods = [{ period: '2025-01', tally: tallyFromCounts(m.scale, [5, 5]) }];
    expect(() =>
      controlChart(periods, { metric: m, baseline: { centre: 20, sigma: 5e-324 } }),
    ).toThrowExactly(
      new RangeError(
        "controlChart: the baseline's sigma must be a positive finite number (answers that vary) of at least 1e-7 (1e-9 of the score range), received 5e-324",
      ),
    );
    const c = controlChart(periods, { metric: m, baseline: { centre: 20, sigma: 1e-7 } });
    expect(Number.isFinite(c.periods[0]?.z)).toBe(true);
  });

  it('tidy gives two different tuple keys two different labels', () => {
    const seg = segment(
      [
        { a: 'a / b', b: 'c', x: 9 },
        { a: 'a', b: 'b / c', x: 9 },
        { a: '1', b: 'x', x: 9 },
        { a: 1, b: 'x', x: 9 },
        { a: 'a\\', b: 'x', x: 9 },
        { a: 'web', b: 'EU', x: 9 },
      ],
      { by: [(r) => r.a, (r) => r.b], value: (r) => r.x, metric: npsMetric },
    );
    expect(tidy(seg.segments).map((r) => r.key)).toEqual([
      'a \\/ b / c',
      'a / b \\/ c',
      '\\1 / x',
      '1 / x',
      'a\\\\ / x',
      'web / EU',
    ]);
  });
});
