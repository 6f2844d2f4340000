import { excerpt, quote } from '../internal/excerpt.js';
import { intIn } from '../internal/options.js';
import { ownFields } from '../internal/ownFields.js';
import { readList } from '../internal/read.js';
import { evaluate, readSettings } from './internal/evaluate.js';
import type { TargetAlert, TargetAlertOptions, TargetAlertRow, TargetPeriod } from './types.js';

/**
 * Checks a trend against a target period by period and raises alerts: a sustained miss, a new
 * miss, a recovery.
 *
 * Periods come in chronological order (their keys must increase, as trend keys such as
 * `'2025-03'` or `'2025-Q1'` do); each is checked as by {@link checkTarget}. The miss streak counts
 * missed periods in a row: an `'inconclusive'` period resets it (it is no evidence of a miss), an
 * `'insufficient-data'` period is skipped (a month without answers neither extends nor ends a
 * miss). Alerts: `'sustained-miss'` on every period whose streak is at least `periods` (default
 * 3); `'newly-missed'` when a period is missed and the last period that was met or missed was met;
 * `'recovered'` when a period is met and the last such period was missed. A partial (unfinished)
 * period is checked and can raise alerts like any other, with `partial: true` on its row.
 *
 * @param periods - Objects `{ period, result, partial? }` in chronological order (trend rows fit): an array or an iterable; their own fields are read.
 * @param options - As {@link checkTarget}, plus `periods` (the sustained-miss length, default 3).
 * @returns One row per period: the check plus `period`, `partial`, `missStreak` and `alerts`.
 * @throws TypeError for `periods` that are not an array or an iterable, a period that is not an object or whose key is not a string, or as {@link checkTarget}.
 * @throws RangeError for keys that do not increase, a `periods` that is not a positive integer, or as {@link checkTarget}.
 * @example
 * ```ts
 * const month = (period: string, promoters: number) =>
 *   ({ period, result: npsFromCounts({ promoters, passives: 100, detractors: 100 }) });
 * const rows = targetAlerts(
 *   [month('2025-01', 400), month('2025-02', 150), month('2025-03', 150), month('2025-04', 400)],
 *   { target: 30, periods: 2 },
 * );
 * rows.map((r) => r.status); // => ['met', 'missed', 'missed', 'met']
 * rows.map((r) => r.alerts.join()); // => ['', 'newly-missed', 'sustained-miss', 'recovered']
 * ```
 * @category Targets
 * @since 0.1.0
 */
export function targetAlerts(
  periods: Iterable<TargetPeriod> | readonly TargetPeriod[],
  options: TargetAlertOptions,
): TargetAlertRow[] {
  const fn = 'targetAlerts';
  const list = readList<TargetPeriod>(fn, periods, 'periods');
  const settings = readSettings(fn, options, ['periods']);
  const k = settings.rest.periods;
  const length = k === undefined ? 3 : intIn(fn, 'periods', k, 1, Number.MAX_SAFE_INTEGER);
  let streak = 0;
  let last: string | undefined;
  let previous: string | undefined;
  return Array.from(list, (item, i) => {
    const where = `${fn}: period at index ${i}`;
    if (typeof item !== 'object' || (item as unknown) === null) {
      throw new TypeError(`${where} must be an object, received ${excerpt(item)}`);
    }
    const { period, result, partial } = ownFields(item) as Partial<TargetPeriod>;
    if (typeof period !== 'string') {
      throw new TypeError(`${where}: period must be a string, received ${excerpt(period)}`);
    }
    if (previous !== undefined && !(period > previous)) {
      throw new RangeError(`${where}: ${quote(period)} does not follow ${quote(previous)}`);
    }
    previous = period;
    const check = evaluate(where, result, settings);
    const alerts: TargetAlert[] = [];
    const { status } = check;
    if (status === 'inconclusive') streak = 0;
    if (status === 'met' || status === 'missed') {
      const missed = status === 'missed';
      streak = missed ? streak + 1 : 0;
      if (last !== undefined && last !== status) alerts.push(missed ? 'newly-missed' : 'recovered');
      if (streak >= length) alerts.push('sustained-miss');
      last = status;
    }
    return { ...check, period, partial: partial === true, missStreak: streak, alerts };
  });
}
