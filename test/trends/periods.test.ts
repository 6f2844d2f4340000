import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PeriodType, periodBounds, periodKey } from '../../src/index.js';
// The instant parser is internal: its exact output for naive wall times is checked here directly.
import { toInstant, zone } from '../../src/trends/internal/time.js';

interface Case {
  readonly zone: string;
  readonly ms: number;
  readonly local: string;
  readonly dayStart: string;
  readonly dayEnd: string;
  readonly monthStart: string;
  readonly monthEnd: string;
  readonly [key: string]: string | number;
}
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/trends/periods.json'), 'utf8'),
) as { cases: Case[]; naive: { zone: string; local: string; ms: number }[] };

const TYPES: [PeriodType, string, object?][] = [
  ['day', 'day'],
  ['isoWeek', 'isoWeek'],
  ['week', 'weekSunday', { weekStart: 7 }],
  ['month', 'month'],
  ['quarter', 'quarter'],
  ['year', 'year'],
  ['fiscalQuarter', 'fiscalQuarterApril', { fiscalStartMonth: 4 }],
  ['fiscalYear', 'fiscalYearApril', { fiscalStartMonth: 4 }],
];

describe('periods agree with Python zoneinfo (test/fixtures/trends/periods.py)', () => {
  it('periodKey gives every period type of each fixture instant', () => {
    expect(fixture.cases.length).toBeGreaterThan(900);
    for (const c of fixture.cases) {
      for (const [period, field, extra] of TYPES) {
        const options = { period, timeZone: c.zone, ...extra };
        expect([c.zone, c.ms, period, periodKey(c.ms, options)]).toEqual([
          c.zone,
          c.ms,
          period,
          c[field],
        ]);
        // The local ISO string with its offset names the same instant.
        expect(periodKey(c.local, options)).toBe(c[field]);
      }
    }
  });

  it('periodBounds gives the start and end of days and months with the zone offset', () => {
    for (const c of fixture.cases) {
      const day = periodBounds(c.day as string, { period: 'day', timeZone: c.zone });
      expect([c.zone, day.start, day.end]).toEqual([c.zone, c.dayStart, c.dayEnd]);
      const month = periodBounds(c.month as string, { timeZone: c.zone });
      expect([c.zone, month.start, month.end]).toEqual([c.zone, c.monthStart, c.monthEnd]);
    }
  });

  it('naive wall times take the earlier instant in an overlap and shift forward in a gap', () => {
    expect(fixture.naive.length).toBeGreaterThan(300);
    for (const n of fixture.naive) {
      expect([n.zone, n.local, toInstant('f', zone('f', n.zone), true, n.local, 0)]).toEqual([
        n.zone,
        n.local,
        n.ms,
      ]);
    }
  });
});

describe('period keys', () => {
  it('numbers ISO weeks by the ISO week-year', () => {
    const isoWeek = (x: string): string => periodKey(x, { period: 'isoWeek' });
    expect(isoWeek('2020-12-31')).toBe('2020-W53');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2021-01-04')).toBe('2021-W01');
    expect(isoWeek('2024-12-29')).toBe('2024-W52');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2025-02-24')).toBe('2025-W09');
  });

  it('handles leap days', () => {
    expect(periodKey('2024-02-29', { period: 'day' })).toBe('2024-02-29');
    expect(periodBounds('2024-02', {}).end).toBe('2024-03-01T00:00:00+00:00');
    expect(periodBounds('2024-02-29', { period: 'day' }).next).toBe('2024-03-01');
    expect(periodBounds('2000-02-29', { period: 'day' }).previous).toBe('2000-02-28');
    expect(() => periodKey('2100-02-29')).toThrow(TypeError);
    expect(() => periodKey('2023-02-29')).toThrow(TypeError);
  });

  it('labels fiscal periods by the calendar year in which the fiscal year ends', () => {
    const fq = { period: 'fiscalQuarter', fiscalStartMonth: 4 } as const;
    expect(periodKey('2025-04-01', fq)).toBe('FY2026-Q1');
    expect(periodKey('2025-03-31', fq)).toBe('FY2025-Q4');
    expect(periodKey('2026-01-15', fq)).toBe('FY2026-Q4');
    expect(periodKey('2025-04-01', { ...fq, period: 'fiscalYear' })).toBe('FY2026');
    expect(periodKey('2025-12-31', { period: 'fiscalYear' })).toBe('FY2025');
    expect(periodKey('2025-07-01', { period: 'fiscalYear', fiscalStartMonth: 7 })).toBe('FY2026');
    expect(periodBounds('FY2026', { period: 'fiscalYear', fiscalStartMonth: 4 })).toEqual({
      period: 'FY2026',
      start: '2025-04-01T00:00:00+00:00',
      end: '2026-04-01T00:00:00+00:00',
      previous: 'FY2025',
      next: 'FY2027',
    });
    expect(periodBounds('FY2026-Q1', fq).previous).toBe('FY2025-Q4');
  });

  it('keys weeks with a chosen first day by that first day', () => {
    // 2025-03-05 is a Wednesday.
    const week = (weekStart: 1 | 3 | 4 | 7): string =>
      periodKey('2025-03-05', { period: 'week', weekStart });
    expect([week(1), week(3), week(4), week(7)]).toEqual([
      '2025-03-03',
      '2025-03-05',
      '2025-02-27',
      '2025-03-02',
    ]);
    expect(periodKey('2025-03-05', { period: 'week' })).toBe('2025-03-03');
  });

  it('gives month, quarter and year keys, month by default', () => {
    expect(periodKey(Date.UTC(2025, 10, 5))).toBe('2025-11');
    expect(periodKey(new Date(Date.UTC(2025, 10, 5)), { period: 'quarter' })).toBe('2025-Q4');
    expect(periodKey('2025-11-05T00:00:00Z', { period: 'year' })).toBe('2025');
  });

  it('uses the calendar date in the zone, across DST and in 45-minute zones', () => {
    const ams = { timeZone: 'Europe/Amsterdam', period: 'day' } as const;
    expect(periodKey('2025-03-30T22:00:00Z', ams)).toBe('2025-03-31');
    expect(periodKey('2025-03-30T21:59:59.999Z', ams)).toBe('2025-03-30');
    expect(periodKey('2025-10-26T22:59:59Z', ams)).toBe('2025-10-26');
    expect(periodKey('2025-10-26T23:00:00Z', ams)).toBe('2025-10-27');
    const chatham = { timeZone: 'Pacific/Chatham', period: 'day' } as const;
    expect(periodKey('2025-06-30T11:14:59Z', chatham)).toBe('2025-06-30');
    expect(periodKey('2025-06-30T11:15:00Z', chatham)).toBe('2025-07-01');
    expect(periodKey('2025-06-30T18:29:59Z', { timeZone: 'Asia/Kolkata' })).toBe('2025-06');
    expect(periodKey('2025-06-30T18:30:00Z', { timeZone: 'Asia/Kolkata' })).toBe('2025-07');
  });

  it('reads a date-only string as that date in the zone, not UTC midnight', () => {
    expect(periodKey('2025-03-01', { timeZone: 'America/New_York', period: 'day' })).toBe(
      '2025-03-01',
    );
    expect(periodKey('2025-03-01', { timeZone: 'Asia/Tokyo', period: 'day' })).toBe('2025-03-01');
  });
});

describe('period bounds', () => {
  it('gives 23- and 25-hour days across DST and a start after a midnight gap', () => {
    const ny = { period: 'day', timeZone: 'America/New_York' } as const;
    expect(periodBounds('2025-03-09', ny)).toMatchObject({
      start: '2025-03-09T00:00:00-05:00',
      end: '2025-03-10T00:00:00-04:00',
    });
    expect(periodBounds('2025-11-02', ny).end).toBe('2025-11-03T00:00:00-05:00');
    expect(periodBounds('2024-09-08', { ...ny, timeZone: 'America/Santiago' }).start).toBe(
      '2024-09-08T01:00:00-03:00',
    );
    expect(periodBounds('2024-10-06', { ...ny, timeZone: 'Australia/Lord_Howe' })).toMatchObject({
      start: '2024-10-06T00:00:00+10:30',
      end: '2024-10-07T00:00:00+11:00',
    });
  });

  it('writes offsets with seconds (Python zoneinfo: Monrovia was -00:44:30 until 1972)', () => {
    // /usr/bin/python3: datetime(1970, 1, 1, tzinfo=ZoneInfo('Africa/Monrovia')).isoformat()
    expect(periodBounds('1970-01', { timeZone: 'Africa/Monrovia' }).start).toBe(
      '1970-01-01T00:00:00-00:44:30',
    );
  });

  it('steps across ISO week-years and quarters', () => {
    expect(periodBounds('2020-W53', { period: 'isoWeek' })).toEqual({
      period: '2020-W53',
      start: '2020-12-28T00:00:00+00:00',
      end: '2021-01-04T00:00:00+00:00',
      previous: '2020-W52',
      next: '2021-W01',
    });
    expect(periodBounds('2025-W01', { period: 'isoWeek' }).start).toBe('2024-12-30T00:00:00+00:00');
    expect(periodBounds('2025-Q1', { period: 'quarter' }).previous).toBe('2024-Q4');
    expect(periodBounds('2025', { period: 'year' }).next).toBe('2026');
  });

  it('rejects anything but an exact key of the period type', () => {
    const bad: [string, PeriodType][] = [
      ['2025-02-30', 'day'],
      ['2025-3-01', 'day'],
      ['2025-03-03', 'week'],
      ['2025-W53', 'isoWeek'],
      ['2025-W00', 'isoWeek'],
      ['2025-13', 'month'],
      ['2025-00', 'month'],
      ['2025-Q5', 'quarter'],
      ['2025-03', 'quarter'],
      ['25', 'year'],
      ['FY2026-Q0', 'fiscalQuarter'],
      ['2026', 'fiscalYear'],
      [' 2025', 'year'],
    ];
    for (const [key, period] of bad) {
      expect(() => periodBounds(key, { period, weekStart: 7 })).toThrowExactly(
        new RangeError(
          `periodBounds: ${JSON.stringify(key)} (strings are not coerced) is not a ${period} period key`,
        ),
      );
    }
    expect(() => periodBounds(202503 as never)).toThrowExactly(
      new RangeError('periodBounds: 202503 is not a month period key'),
    );
  });
});

describe('strict instants', () => {
  const at = (x: unknown, options?: object): string =>
    periodKey(x as string, { period: 'day', ...options });

  it('accepts offsets as Z, ±HH:MM, ±HHMM and ±HH, a space separator and fractions', () => {
    expect(at('2025-03-01T23:30:00Z')).toBe('2025-03-01');
    expect(at('2025-03-01T23:30:00-01:00')).toBe('2025-03-02');
    expect(at('2025-03-02T05:29:59+0530')).toBe('2025-03-01');
    expect(at('2025-03-02T00:30+01')).toBe('2025-03-01');
    expect(at('2025-03-01 23:59:59.999999999Z')).toBe('2025-03-01');
  });

  it('rejects impossible dates and times, 24:00, leap seconds and other formats', () => {
    for (const x of [
      '2025-02-30',
      '2025-02-29T10:00:00Z',
      '2025-13-01',
      '2025-03-01T24:00:00Z',
      '2025-03-01T23:60:00Z',
      '2025-06-30T23:59:60Z',
      '2025-03-01T10:00:00+24:00',
      '2025-03-01T10:00:00+01:60',
      '2025-03-01T10Z',
      '2025-03-01T10:00:00z',
      '2025-03-01T23:59:59,5Z',
      '20250301',
      '2025-03',
      'March 1, 2025',
      '',
    ]) {
      expect(() => at(x)).toThrowExactly(
        new TypeError(
          `periodKey: instant must be a Date, epoch ms or ISO-8601 date(-time) with offset in years 1–9999, received ${JSON.stringify(x)} (strings are not coerced)`,
        ),
      );
    }
  });

  it('rejects a date-time without an offset unless naive local times are asked for', () => {
    expect(() => at('2025-03-01T10:00:00')).toThrowExactly(
      new TypeError(
        `periodKey: instant needs an offset (Z or ±HH:MM) or naive: 'compatible', received "2025-03-01T10:00:00" (strings are not coerced)`,
      ),
    );
    const ny = { timeZone: 'America/New_York', naive: 'compatible' };
    expect(at('2025-03-01T23:30:00', ny)).toBe('2025-03-01');
    expect(at('2025-03-09T02:30:00', { ...ny, period: 'month' })).toBe('2025-03');
    expect(() => at('2025-03-01T10:00', { naive: 'reject' })).toThrow(TypeError);
  });

  it('rejects invalid dates, non-finite and out-of-range numbers and other types', () => {
    const message = (x: string): string =>
      `periodKey: instant must be a Date, epoch ms or ISO-8601 date(-time) with offset in years 1–9999, received ${x}`;
    expect(() => at(new Date(Number.NaN))).toThrowExactly(new TypeError(message('an object')));
    expect(() => at(null)).toThrowExactly(new TypeError(message('null')));
    expect(() => at(Number.NaN)).toThrowExactly(new RangeError(message('NaN')));
    expect(() => at(8.64e15)).toThrowExactly(new RangeError(message('8640000000000000')));
    expect(at(-62135596800000, { epoch: 'ms' })).toBe('0001-01-01');
    expect(() => at(-62135596800001, { epoch: 'ms' })).toThrow(RangeError);
    expect(at('9999-12-31T12:00:00Z')).toBe('9999-12-31');
  });
});

describe('options and time zones', () => {
  it('rejects unknown zones each time and accepts any spelling Intl accepts', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => periodKey(0, { timeZone: 'Mars/Olympus' })).toThrowExactly(
        new RangeError('periodKey: unknown time zone "Mars/Olympus"'),
      );
    }
    expect(() => periodKey(0, { timeZone: 1 as never })).toThrowExactly(
      new TypeError('periodKey: option timeZone must be a zone name, received 1'),
    );
    expect(
      periodKey('2025-01-01T00:30:00+01:00', { timeZone: 'europe/amsterdam', period: 'day' }),
    ).toBe('2025-01-01');
  });

  it('keeps cached formatters apart when zones alternate', () => {
    const t = Date.UTC(2025, 0, 1, 4, 0);
    for (let i = 0; i < 3; i++) {
      expect(periodKey(t, { timeZone: 'America/New_York', period: 'day' })).toBe('2024-12-31');
      expect(periodKey(t, { timeZone: 'Asia/Kolkata', period: 'day' })).toBe('2025-01-01');
      expect(periodKey(t, { timeZone: 'Etc/GMT+5', period: 'day' })).toBe('2024-12-31');
    }
  });

  it('validates the period options', () => {
    expect(() => periodKey(0, { period: 'hour' as never })).toThrow(TypeError);
    expect(() => periodKey(0, { weekStart: 0 as never })).toThrowExactly(
      new RangeError('periodKey: option weekStart must be an integer from 1 to 7, received 0'),
    );
    expect(() => periodKey(0, { fiscalStartMonth: 13 })).toThrow(RangeError);
    expect(() => periodKey(0, { naive: 'later' as never })).toThrow(TypeError);
    expect(() => periodKey(0, { zone: 'UTC' } as never)).toThrowExactly(
      new TypeError('periodKey: unknown option "zone"'),
    );
  });
});
