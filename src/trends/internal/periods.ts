import { excerpt } from '../../internal/excerpt.js';
import { intIn, nonNegative, oneOf } from '../../internal/options.js';
import { checkLevel } from '../../stats/internal/shared.js';
import type { PeriodType } from '../types.js';
import {
  civil,
  DAY,
  dayNumber,
  type Epoch,
  instantAt,
  mod,
  type Offset,
  pad,
  toInstant,
  ymd,
  zone,
} from './time.js';

/** The option keys that define periods. */
export const PERIOD_KEYS: readonly string[] = [
  'period',
  'timeZone',
  'weekStart',
  'fiscalStartMonth',
  'naive',
];

/**
 * A period type read from the options. A period is identified by its ordinal: the day number of
 * its first day (days, weeks) or the index `year × 12 + month − 1` of its first month; the next
 * period is `ordinal + len`, and periods start where `ordinal − a` is a multiple of `len`.
 */
export interface Spec {
  readonly type: PeriodType;
  readonly months: boolean;
  readonly len: number;
  readonly a: number;
  readonly off: Offset;
  readonly naive: boolean;
  /** How numbers from the data are read: option `epoch`, or `'data'` (ms, refusing before 1973). */
  readonly epoch: Epoch;
}

/** Reads the period options (`period` defaults to `'month'`, `timeZone` to UTC). */
export function readSpec(fn: string, opts: Partial<Record<string, unknown>>): Spec {
  const type = oneOf(fn, 'period', opts.period, [
    'month',
    'day',
    'week',
    'isoWeek',
    'quarter',
    'year',
    'fiscalQuarter',
    'fiscalYear',
  ]);
  const week = intIn(fn, 'weekStart', opts.weekStart ?? 1, 1, 7);
  const fiscal = intIn(fn, 'fiscalStartMonth', opts.fiscalStartMonth ?? 1, 1, 12) - 1;
  const [months, len, a] = {
    day: [0, 1, 0],
    week: [0, 7, week - 4], // day 0 (1970-01-01) is a Thursday, ISO weekday 4
    isoWeek: [0, 7, -3],
    month: [1, 1, 0],
    quarter: [1, 3, 0],
    year: [1, 12, 0],
    fiscalQuarter: [1, 3, fiscal],
    fiscalYear: [1, 12, fiscal],
  }[type] as [number, number, number];
  return {
    type,
    months: months === 1,
    len,
    a,
    off: zone(fn, opts.timeZone),
    naive: oneOf(fn, 'naive', opts.naive, ['reject', 'compatible']) === 'compatible',
    epoch: opts.epoch === undefined ? 'data' : oneOf(fn, 'epoch', opts.epoch, ['ms', 's']),
  };
}

/** The ordinal of the period containing a local day. */
export function ordOf(s: Spec, day: number): number {
  if (!s.months) return day - mod(day - s.a, s.len);
  const [y, m] = civil(day);
  const i = y * 12 + m - 1;
  return i - mod(i - s.a, s.len);
}

/**
 * Reads an instant strictly in the spec's zone (see `toInstant`): from the data with the spec's
 * `epoch`, or (`option`) written by the caller in an option, whose numbers are milliseconds.
 */
export function read(
  s: Spec,
  fn: string,
  x: unknown,
  where: string | number,
  option = false,
): number {
  return toInstant(fn, s.off, s.naive, x, where, option ? 'ms' : s.epoch);
}

/** The ordinal of the period containing an instant. */
export function ordAt(s: Spec, t: number): number {
  return ordOf(s, Math.floor((t + s.off(t)) / DAY));
}

/** The day number of a period's first day. */
const firstDay = (s: Spec, ord: number): number =>
  s.months ? dayNumber(Math.floor(ord / 12), mod(ord, 12) + 1, 1) : ord;

/** The first instant of a period: its first local midnight, or the first time after a gap. */
export function startOf(s: Spec, ord: number): number {
  return instantAt(s.off, firstDay(s, ord) * DAY);
}

/** The key of a period: strings that sort chronologically within one period type. */
export function keyOf(s: Spec, ord: number): string {
  if (!s.months) {
    if (s.type !== 'isoWeek') return ymd(ord);
    const thursday = ord + 3; // the ISO week-year is the year of the week's Thursday
    const [y] = civil(thursday);
    return `${pad(y, 4)}-W${pad(Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1)}`;
  }
  const m = mod(ord, 12);
  const y = pad(Math.floor(ord / 12), 4);
  // Fiscal years are labelled by the calendar year of their last month.
  const r = mod(ord - s.a, 12);
  const fy = `FY${pad(Math.floor((ord - r + 11) / 12), 4)}`;
  return {
    month: `${y}-${pad(m + 1)}`,
    quarter: `${y}-Q${m / 3 + 1}`,
    year: y,
    fiscalQuarter: `${fy}-Q${r / 3 + 1}`,
    fiscalYear: fy,
  }[s.type as 'month'];
}

/**
 * The ordinal of a period key. The numbers in the key give a day inside the period; the key is
 * accepted only if it is exactly the key of the period containing that day, which rejects
 * 2025-02-30, 2025-13, 2025-W53, a week key that is not a first day, and any other spelling, and
 * only if the period holds a date of the years 1–9999 (not `0000` or `99999`).
 */
export function parseKey(s: Spec, fn: string, key: unknown): number {
  const [y = 0, b = 0, c = 0] =
    (typeof key === 'string' ? key.match(/\d+/g) : null)?.map(Number) ?? [];
  const fiscalEnd = y * 12 + mod(s.a - 1, 12); // the fiscal year's last month
  const month = {
    month: y * 12 + b - 1,
    quarter: y * 12 + b * 3 - 3,
    year: y * 12,
    fiscalQuarter: fiscalEnd - 11 + b * 3 - 3,
    fiscalYear: fiscalEnd,
  }[s.type as 'month'];
  const day = s.months
    ? dayNumber(Math.floor(month / 12), mod(month, 12) + 1, 1)
    : s.type === 'isoWeek'
      ? dayNumber(y, 1, 4) + b * 7 - 7
      : dayNumber(y, b, c);
  const ord = ordOf(s, day);
  if (keyOf(s, ord) !== key) {
    throw new RangeError(`${fn}: ${excerpt(key)} is not a ${s.type} period key`);
  }
  // The supported dates are 0001-01-01 to 9999-12-31: the period must hold one of them.
  if (
    !(firstDay(s, ord + s.len) > dayNumber(1, 1, 1) && firstDay(s, ord) < dayNumber(10000, 1, 1))
  ) {
    throw new RangeError(`${fn}: period ${JSON.stringify(key)} is outside the years 1–9999`);
  }
  return ord;
}

/**
 * Reads the options `level` and `minN` of trend and rolling: the interval's confidence level (0 for
 * no interval) and the minimum effective sample size (−1 for no `small` flag).
 */
export function extras(fn: string, opts: Partial<Record<string, unknown>>): [number, number] {
  return [
    opts.level === undefined ? 0 : checkLevel(fn, opts.level),
    opts.minN === undefined ? -1 : nonNegative(fn, 'option minN', opts.minN),
  ];
}
