import {
  ANSWER_KEYS,
  addOne,
  type Counter,
  fail,
  newCounter,
  readPolicy,
  toTally,
} from '../core/count.js';
import { readOptions } from '../core/options.js';
import type { Accessor, Rows, ScoreResult } from '../core/types.js';
import { checkMetric, keyOf, ordAt, PERIOD_KEYS, read, readSpec, startOf } from './periods.js';
import { iso } from './time.js';
import type { TrendOptions, TrendPeriod } from './types.js';

/**
 * Scores rows per period in a time zone: a chronological array with every period from the first
 * to the last, empty ones included.
 *
 * Each row's instant (read strictly, see {@link Instant}) is put in the period that contains its
 * calendar date in `timeZone`; its answer is counted under the input policy (missing answers in
 * `skipped`, invalid ones throw or, with `invalid: 'skip'`, count in `invalid`). Periods with no
 * rows are filled in with an empty tally and `score: null`, from the first to the last period with
 * rows, or from the period containing `from` to the one containing `to` (rows outside are left
 * out). The period that contains `now` carries `partial: true`. Rows may come in any order.
 *
 * @param rows - The rows, an array or any iterable.
 * @param options - `at`, `value`, `metric` (required); `period`, `timeZone`, `weekStart`,
 *   `fiscalStartMonth`, `naive`, `from`, `to`, `now`, `weight`, `invalid`, `nan`.
 * @returns One {@link TrendPeriod} per period, in chronological order.
 * @throws RangeError for an invalid instant or answer (with the row index), an unknown time zone, or `from` after `to`.
 * @throws TypeError for a missing accessor or metric, an unknown option or a value of the wrong type.
 * @example
 * ```ts
 * const rows = [
 *   { at: '2025-01-15T10:00:00Z', score: 10 },
 *   { at: '2025-03-31T23:30:00Z', score: 0 }, // already April in Amsterdam
 * ];
 * const t = trend(rows, {
 *   at: (r) => r.at, value: (r) => r.score, metric: npsMetric,
 *   timeZone: 'Europe/Amsterdam', now: '2025-06-01',
 * });
 * t.map((p) => p.period); // => ['2025-01', '2025-02', '2025-03', '2025-04']
 * t.map((p) => p.result.score); // => [100, null, null, -100]
 * t[3].start; // => '2025-04-01T00:00:00+02:00'
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function trend<T, R extends ScoreResult>(
  rows: Rows<T>,
  options: TrendOptions<T, R>,
): TrendPeriod<R>[] {
  const fn = 'trend';
  const opts = readOptions(fn, options, [
    ...PERIOD_KEYS,
    ...ANSWER_KEYS,
    'at',
    'value',
    'metric',
    'from',
    'to',
    'now',
  ]);
  const s = readSpec(fn, opts);
  const policy = readPolicy(fn, opts);
  const metric = checkMetric<R>(fn, opts.metric);
  const { at, value, weight } = opts as {
    at: (row: T, i: number) => unknown;
    value: Accessor<T>;
    weight: ((row: T, i: number) => unknown) | ArrayLike<unknown> | undefined;
  };
  if (typeof at !== 'function' || typeof value !== 'function') {
    throw new TypeError(`${fn}: options at and value must be accessor functions (row, index) => …`);
  }
  const input: unknown = rows;
  if (typeof input !== 'object' || input === null)
    fail(fn, 'rows must be an array or an iterable', input);
  const bound = (name: string, x: unknown, none: number): number =>
    x === undefined ? none : ordAt(s, read(s, fn, x, `option ${name}`));
  const first = bound('from', opts.from, -Infinity);
  const last = bound('to', opts.to, Infinity);
  if (first > last) throw new RangeError(`${fn}: option from must not be after option to`);
  const now = bound('now', opts.now ?? Date.now(), 0);
  const buckets = new Map<number, Counter>();
  const weighted = weight !== undefined;
  // The last row's period [lo, hi) and its counter (undefined outside from/to): a row in the same
  // period as the one before skips the zone lookup.
  let lo = 0;
  let hi = 0;
  let c: Counter | undefined;
  let min = Infinity;
  let max = -Infinity;
  let i = 0;
  for (const row of Array.from(rows as ArrayLike<T>)) {
    const t = read(s, fn, at(row, i), i);
    if (!(t >= lo && t < hi)) {
      const ord = ordAt(s, t);
      lo = startOf(s, ord);
      hi = startOf(s, ord + s.len);
      c = undefined;
      if (ord >= first && ord <= last) {
        c = buckets.get(ord);
        if (c === undefined) {
          buckets.set(ord, (c = newCounter(metric.scale)));
          min = Math.min(min, ord);
          max = Math.max(max, ord);
        }
      }
    }
    if (c !== undefined) {
      const w = typeof weight === 'function' ? weight(row, i) : weight?.[i];
      addOne(fn, c, policy, value(row, i), weighted, w, i);
    }
    i++;
  }
  const out: TrendPeriod<R>[] = [];
  const end = last === Infinity ? max : last;
  for (let ord = first === -Infinity ? min : first; ord <= end; ord += s.len) {
    const counted = buckets.get(ord) ?? newCounter(metric.scale);
    counted.weighted = weighted;
    const tally = toTally(counted);
    out.push({
      period: keyOf(s, ord),
      start: iso(s.off, startOf(s, ord)),
      end: iso(s.off, startOf(s, ord + s.len)),
      tally,
      result: metric.score(tally),
      ...(ord === now ? { partial: true as const } : {}),
    });
  }
  return out;
}
