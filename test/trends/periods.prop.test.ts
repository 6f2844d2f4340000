import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mergeTallies,
  npsMetric,
  type PeriodOptions,
  type PeriodType,
  periodBounds,
  periodKey,
  rolling,
  tally,
  trend,
} from '../../src/index.js';

const ZONES = [
  'UTC',
  'Europe/Amsterdam',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'America/Santiago',
  'America/St_Johns',
];
const TYPES: PeriodType[] = [
  'day',
  'week',
  'isoWeek',
  'month',
  'quarter',
  'year',
  'fiscalQuarter',
  'fiscalYear',
];
const options: fc.Arbitrary<PeriodOptions> = fc.record({
  period: fc.constantFrom(...TYPES),
  timeZone: fc.constantFrom(...ZONES),
  weekStart: fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const),
  fiscalStartMonth: fc.integer({ min: 1, max: 12 }),
});
// 1950 to 2060
const instant = fc.integer({ min: -631152000000, max: 2871763200000 });
const ms = (iso: string): number => new Date(iso).getTime();

describe('period properties', () => {
  it('the start of a period lies in it, before its end, and the instant lies between them', () => {
    fc.assert(
      fc.property(options, instant, (o, t) => {
        const key = periodKey(t, { ...o, epoch: 'ms' });
        const b = periodBounds(key, o);
        expect(periodKey(b.start, o)).toBe(key);
        expect(periodKey(b.end, o)).toBe(b.next);
        expect(ms(b.start) <= t && t < ms(b.end)).toBe(true);
        expect(periodBounds(b.next, o).previous).toBe(key);
        expect(periodBounds(b.previous, o).next).toBe(key);
        expect(b.previous < key && key < b.next).toBe(true);
      }),
    );
  });

  it('keys sort like the instants they contain', () => {
    fc.assert(
      fc.property(options, instant, instant, (o, a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(periodKey(x, { ...o, epoch: 'ms' }) <= periodKey(y, { ...o, epoch: 'ms' })).toBe(
          true,
        );
      }),
    );
  });
});

const NPS = { min: 0, max: 10 };
const answer = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });

describe('trend and rolling properties', () => {
  const rowsArb = fc.array(
    fc.record({ t: instant.map((x) => Math.floor(x / 50) + 1.6e12), a: answer }),
    {
      maxLength: 40,
    },
  );

  it('trend does not depend on row order and survives a JSON round trip', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(...ZONES), (rows, timeZone) => {
        const o = {
          at: (r: { t: number }) => r.t,
          value: (r: { a: number | null }) => r.a,
          metric: npsMetric,
          timeZone,
          period: 'isoWeek' as const,
          now: 0,
        };
        const t = trend(rows, o);
        expect(trend([...rows].reverse(), o)).toEqual(t);
        expect(JSON.parse(JSON.stringify(t))).toEqual(t);
        expect(t.reduce((s, p) => s + p.tally.n + p.tally.skipped, 0)).toBe(rows.length);
      }),
    );
  }, 30_000); // ~0.7 s at the default 100 runs; FC_NUM_RUNS=1000 takes ~6 s

  it('rolling windows equal merging the window periods directly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(answer, { maxLength: 4 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (days, k) => {
          const periods = days.map((answers, i) => {
            const b = periodBounds(`2025-01-${String(i + 1).padStart(2, '0')}`, { period: 'day' });
            const t = tally(answers, NPS);
            return {
              period: b.period,
              start: b.start,
              end: b.end,
              tally: t,
              result: npsMetric.score(t),
            };
          });
          const byCount = rolling(periods, { metric: npsMetric, periods: k });
          byCount.forEach((w, i) => {
            const expected = mergeTallies(
              periods.slice(Math.max(0, i - k + 1), i + 1).map((p) => p.tally),
              { scale: NPS },
            );
            expect(w.tally).toEqual(expected);
            expect(w.result).toEqual(npsMetric.score(expected));
          });
        },
      ),
    );
  });
});
