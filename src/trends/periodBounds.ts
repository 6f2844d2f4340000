import { readOptions } from '../internal/options.js';
import { keyOf, PERIOD_KEYS, parseKey, readSpec, startOf } from './internal/periods.js';
import { iso } from './internal/time.js';
import type { PeriodBounds, PeriodOptions } from './types.js';

/**
 * Returns a period's start and end (exclusive) in its time zone, and its neighbours' keys.
 *
 * `start` is the period's first local midnight as an ISO-8601 string with the zone's offset; when
 * midnight falls in a DST gap it is the first instant after the gap. `end` is the next period's
 * start, so a day across a DST change lasts 23 or 25 hours. The key must be exactly a key
 * {@link periodKey} produces for the same options.
 *
 * @param period - A period key such as `2025-03`, `2025-W09` or `FY2026-Q1`.
 * @param options - The options the key was made with (`period`, `timeZone`, `weekStart`, `fiscalStartMonth`).
 * @returns `{ period, start, end, previous, next }`.
 * @throws RangeError when the key is not a key of the period type, or for a bad option.
 * @throws TypeError for an unknown option.
 * @example
 * ```ts
 * const b = periodBounds('2025-03', { timeZone: 'Europe/Amsterdam' });
 * b.start; // => '2025-03-01T00:00:00+01:00'
 * b.end; // => '2025-04-01T00:00:00+02:00'
 * b.previous; // => '2025-02'
 * periodBounds('2020-W53', { period: 'isoWeek' }).next; // => '2021-W01'
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function periodBounds(period: string, options?: PeriodOptions): PeriodBounds {
  const fn = 'periodBounds';
  const s = readSpec(fn, readOptions(fn, options, PERIOD_KEYS));
  const ord = parseKey(s, fn, period);
  return {
    period,
    start: iso(s.off, startOf(s, ord)),
    end: iso(s.off, startOf(s, ord + s.len)),
    previous: keyOf(s, ord - s.len),
    next: keyOf(s, ord + s.len),
  };
}
