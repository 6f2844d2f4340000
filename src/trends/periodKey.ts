import { readOptions } from '../internal/options.js';
import { keyOf, ordAt, PERIOD_KEYS, read, readSpec } from './internal/periods.js';
import type { Instant, PeriodKeyOptions } from './types.js';

/**
 * Computes the key of the period that contains an instant, in a time zone.
 *
 * The instant's calendar date in `timeZone` (Intl only, correct across DST and for half-hour and
 * 45-minute zones) decides the period. Keys sort chronologically as strings within one period
 * type: `2025-03-01` (day), `2025-03-02` (week: its first day), `2025-W09` (ISO week of the ISO
 * week-year, so 2021-01-03 is `2020-W53`), `2025-03`, `2025-Q1`, `2025`, and fiscal periods
 * labelled by the year in which the fiscal year ends (`FY2026-Q1` for April 2025 with
 * `fiscalStartMonth: 4`).
 *
 * A number is epoch milliseconds; one before 1973 is almost always epoch seconds and throws with
 * the hint "epoch seconds? pass epoch: 's'" unless `epoch` states the unit.
 *
 * @param instant - A `Date`, an epoch number or a strict ISO-8601 string (see {@link Instant}).
 * @param options - `period`, `timeZone`, `weekStart`, `fiscalStartMonth`, `naive`, `epoch`.
 * @returns The period key.
 * @throws RangeError for an invalid instant (a number before 1973 without `epoch`, a local date
 *   outside the years 1–9999), an unknown time zone or an out-of-range option.
 * @throws TypeError for an unknown option or a value of the wrong type.
 * @example
 * ```ts
 * periodKey('2025-03-30T23:30:00Z', { timeZone: 'Europe/Amsterdam', period: 'day' }); // => '2025-03-31'
 * periodKey('2021-01-03', { period: 'isoWeek' }); // => '2020-W53'
 * periodKey('2025-04-01', { period: 'fiscalQuarter', fiscalStartMonth: 4 }); // => 'FY2026-Q1'
 * periodKey(1735689600, { epoch: 's' }); // => '2025-01'
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function periodKey(instant: Instant, options?: PeriodKeyOptions): string {
  const fn = 'periodKey';
  const s = readSpec(fn, readOptions(fn, options, [...PERIOD_KEYS, 'epoch']));
  return keyOf(s, ordAt(s, read(s, fn, instant, 'instant')));
}
