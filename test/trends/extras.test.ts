import { describe, expect, it } from 'vitest';
import {
  csatMetric,
  npsMetric,
  rolling,
  segment,
  type TrendPeriod,
  tidy,
  trend,
} from '../../src/index.js';

interface Row {
  readonly id?: unknown;
  readonly at: string | number;
  readonly score: unknown;
  readonly w?: number;
}
const base = {
  at: (r: Row) => r.at,
  value: (r: Row) => r.score as number,
  metric: npsMetric,
  now: 0,
};
const who = { ...base, respondent: (r: Row) => r.id as string };
const CSAT = () => csatMetric();
const view = (t: readonly TrendPeriod[]) =>
  t.map((p) => [p.period, p.result.score, p.tally.n, p.tally.skipped, p.duplicates]);

describe('trend: one answer per respondent', () => {
  const rows: Row[] = [
    { id: 'a', at: '2025-03-20', score: 10 },
    { id: 'a', at: '2025-03-02', score: 0 }, // earlier instant, later row
    { id: 'b', at: '2025-03-05', score: 9 },
    { id: 'a', at: '2025-04-10', score: 0 },
    { id: 'b', at: '2025-02-10', score: 0 },
  ];

  it('keeps the latest row per respondent and period by instant, not by row order', () => {
    expect(view(trend(rows, who))).toEqual([
      ['2025-02', -100, 1, 0, 0],
      ['2025-03', 100, 2, 0, 1],
      ['2025-04', -100, 1, 0, 0],
    ]);
  });

  it('keeps the first row with keep: first', () => {
    expect(view(trend(rows, { ...who, keep: 'first' }))[1]).toEqual(['2025-03', 0, 2, 0, 1]);
  });

  it("with per: 'all' counts only the respondent's latest or first row overall", () => {
    expect(view(trend(rows, { ...who, per: 'all' }))).toEqual([
      ['2025-02', null, 0, 0, 1],
      ['2025-03', 100, 1, 0, 2], // b answered in March, a again in April
      ['2025-04', -100, 1, 0, 0],
    ]);
    expect(view(trend(rows, { ...who, per: 'all', keep: 'first' }))).toEqual([
      ['2025-02', -100, 1, 0, 0],
      ['2025-03', -100, 1, 0, 2], // a's first answer is on 2 March
      ['2025-04', null, 0, 0, 1],
    ]);
  });

  it('leaves rows outside from/to out before keeping one per respondent', () => {
    const t = trend(rows, { ...who, per: 'all', to: '2025-03-31' });
    expect(view(t)).toEqual([
      ['2025-02', null, 0, 0, 1],
      ['2025-03', 100, 2, 0, 1],
    ]);
  });

  it('breaks ties at the same instant by row order', () => {
    const tie: Row[] = [
      { id: 1, at: '2025-03-01', score: 0 },
      { id: 1, at: '2025-03-01', score: 10 },
    ];
    expect(trend(tie, who)[0]?.result.score).toBe(100);
    expect(trend(tie, { ...who, keep: 'first' })[0]?.result.score).toBe(-100);
  });

  it('counts the kept row even when its answer is missing', () => {
    const t = trend(
      [
        { id: 'a', at: '2025-03-01', score: 10 },
        { id: 'a', at: '2025-03-20', score: null },
      ],
      who,
    );
    expect(view(t)).toEqual([['2025-03', null, 0, 1, 1]]);
  });

  it('counts every row with a null or undefined id, and takes ids 1 and "1" as one respondent', () => {
    const t = trend(
      [
        { id: null, at: '2025-03-01', score: 10 },
        { at: '2025-03-02', score: 10 },
        { id: 1, at: '2025-03-03', score: 0 },
        { id: '1', at: '2025-03-04', score: 0 },
      ],
      who,
    );
    expect(view(t)).toEqual([['2025-03', 100 / 3, 3, 0, 1]]);
  });

  it('does not read the answers of left-out rows and weights the kept row', () => {
    const t = trend(
      [
        { id: 'a', at: '2025-03-01', score: 'x', w: 5 },
        { id: 'a', at: '2025-03-02', score: 10, w: 2 },
        { id: 'b', at: '2025-03-02', score: 0, w: 1 },
      ],
      { ...who, weight: (r: Row) => r.w as number },
    );
    expect(t[0]?.tally.total).toBe(3);
    expect(t[0]?.result.score).toBeCloseTo(100 / 3, 12);
    expect(t[0]?.duplicates).toBe(1);
  });

  it('accounts for every row: n + skipped + invalid + duplicates', () => {
    const many: Row[] = [];
    for (let i = 0; i < 60; i++) {
      many.push({ id: i % 7, at: Date.UTC(2025, i % 3, 1 + (i % 28)), score: i % 11 });
    }
    many.push({ id: 3, at: '2025-01-05', score: 11 }, { id: 'z', at: '2025-02-05', score: null });
    const t = trend(many, { ...who, invalid: 'skip' });
    const rowsIn = t.map(
      (p) => p.tally.n + p.tally.skipped + p.tally.invalid + (p.duplicates ?? 0),
    );
    expect(rowsIn).toEqual([21, 21, 20]);
    expect(t.map((p) => p.tally.n + p.tally.skipped + p.tally.invalid)).toEqual([7, 8, 7]);
  });

  it('rejects bad ids and respondent options', () => {
    expect(() => trend([{ id: true, at: '2025-03-01', score: 1 }], who)).toThrowExactly(
      new TypeError(
        'trend: respondent at index 0 must be a string or a finite number, received true',
      ),
    );
    expect(() => trend([{ id: Number.NaN, at: '2025-03-01', score: 1 }], who)).toThrowExactly(
      new RangeError(
        'trend: respondent at index 0 must be a string or a finite number, received NaN',
      ),
    );
    expect(() => trend([], { ...base, keep: 'first' })).toThrowExactly(
      new TypeError('trend: options at, value (and respondent for keep or per) must be functions'),
    );
    expect(() => trend([], { ...base, per: 'all' })).toThrow(TypeError);
    expect(() => trend([], { ...who, per: 'both' as never })).toThrowExactly(
      new TypeError(
        "trend: option per must be 'period' or 'all', received \"both\" (strings are not coerced)",
      ),
    );
    expect(() => trend([], { ...base, respondent: 'id' as never })).toThrowExactly(
      new TypeError('trend: options at, value (and respondent for keep or per) must be functions'),
    );
  });

  it('leaves the default output unchanged', () => {
    const [p] = trend([{ at: '2025-03-01', score: 9 }], base);
    expect(Object.keys(p as object)).toEqual(['period', 'start', 'end', 'tally', 'result']);
  });
});

describe('trend and rolling: level and minN', () => {
  // 8 of 10 satisfied in January, nothing in February, 2 answers in March.
  const csatRows = [5, 4, 4, 5, 3, 5, 4, 2, 5, 4]
    .map((score) => ({ at: '2025-01-10', score }))
    .concat([
      { at: '2025-03-10', score: 5 },
      { at: '2025-03-11', score: 1 },
    ]);
  const opts = () => ({ ...base, metric: CSAT(), level: 0.95, minN: 5 });

  it('adds an interval and the small flag to every period, empty ones included', () => {
    const t = trend(csatRows, opts());
    const jan = t[0]?.interval;
    // R: 100 * prop.test(8, 10, correct = FALSE)$conf.int is 49.01624715 94.33178485
    expect(jan?.lower).toBeCloseTo(49.01624715, 6);
    expect(jan?.upper).toBeCloseTo(94.33178485, 6);
    expect(t[0]).toMatchObject({ small: false, interval: { level: 0.95, method: 'wilson' } });
    expect(t[1]).toMatchObject({
      small: true,
      interval: { lower: null, upper: null, level: 0.95, method: 'wilson' },
    });
    // R: 100 * prop.test(1, 2, correct = FALSE)$conf.int is 9.45312057… 90.54687943…
    expect(t[2]?.interval?.lower).toBeCloseTo(9.45312057, 6);
    expect(t[2]?.small).toBe(true);
    expect(trend(csatRows, { ...base, metric: CSAT(), minN: 0 }).map((p) => p.small)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('gives rolling windows their own interval and flag, and drops the periods’ ones', () => {
    const t = trend(csatRows, { ...opts(), respondent: () => null, now: '2025-03-15' });
    const r = rolling(t, { metric: CSAT(), periods: 2, level: 0.9, minN: 11 });
    expect(r.map((w) => [w.window, w.result.n, w.small, w.interval?.level, w.partial])).toEqual([
      [1, 10, true, 0.9, undefined],
      [2, 10, true, 0.9, undefined],
      [2, 2, true, 0.9, true],
    ]);
    expect(r[1]?.interval).toEqual(CSAT().interval(r[1]?.tally as never, { level: 0.9 }));
    const plain = rolling(t, { metric: CSAT(), periods: 3 });
    expect(Object.keys(plain[2] as object)).toEqual([
      'period',
      'start',
      'end',
      'tally',
      'result',
      'partial',
      'window',
    ]);
  });

  it('rejects a bad level or minN', () => {
    expect(() => trend([], { ...base, level: 1 })).toThrowExactly(
      new RangeError('trend: option level must lie strictly between 0 and 1, received 1'),
    );
    expect(() => rolling([], { metric: npsMetric, periods: 2, minN: -1 })).toThrowExactly(
      new RangeError('rolling: option minN must be a finite non-negative number, received -1'),
    );
  });
});

describe('tidy', () => {
  const rows = [
    { at: '2025-01-10', score: 10, ch: 'web', n: 1 },
    { at: '2025-01-11', score: 9, ch: 'app', n: 2 },
    { at: '2025-03-10', score: 0, ch: 'web', n: 1 },
  ];
  const at = (r: (typeof rows)[number]) => r.at;
  const value = (r: (typeof rows)[number]) => r.score;

  it('flattens trend periods and rolling windows into plain rows', () => {
    const t = trend(rows, {
      at,
      value,
      metric: npsMetric,
      now: '2025-03-20',
      level: 0.95,
      minN: 2,
    });
    const out = tidy(t);
    expect(out[1]).toEqual({
      period: '2025-02',
      start: '2025-02-01T00:00:00+00:00',
      end: '2025-03-01T00:00:00+00:00',
      metric: 'nps',
      n: 0,
      nEffective: 0,
      score: null,
      lower: null,
      upper: null,
      small: true,
      partial: false,
    });
    expect(out[0]).toMatchObject({ n: 2, score: 100, small: false, partial: false });
    expect(out[0]?.lower).toBe(t[0]?.interval?.lower);
    expect(out[2]).toMatchObject({ n: 1, partial: true });
    for (const row of out) {
      expect(Object.values(row).every((x) => x === null || typeof x !== 'object')).toBe(true);
    }
    const r = tidy(rolling(t, { metric: npsMetric, periods: 3 }));
    expect(r[2]).toMatchObject({
      start: '2025-01-01T00:00:00+00:00',
      n: 3,
      lower: null,
      small: false,
    });
  });

  it('flattens segments, joining tuple keys and keeping suppressed ones', () => {
    const one = segment(rows, { by: (r) => r.ch, value, metric: npsMetric });
    expect(tidy(one.segments).map((x) => [x.key, x.score, x.n])).toEqual([
      ['web', 0, 2],
      ['app', 100, 1],
    ]);
    const two = segment(rows, {
      by: [(r) => r.ch, (r) => r.n],
      value,
      metric: npsMetric,
      minN: 2,
      small: 'suppress',
    });
    expect(tidy(two.segments)[1]).toEqual({
      key: 'app / 2',
      metric: null,
      n: null,
      nEffective: null,
      score: null,
      lower: null,
      upper: null,
      small: true,
    });
  });

  it('rejects items that are neither periods nor segments', () => {
    expect(() => tidy([null as never])).toThrowExactly(
      new TypeError('tidy: item at index 0 must be a trend period or a segment, received null'),
    );
    expect(() => tidy([{}, 1] as never)).toThrow(TypeError);
  });
});
