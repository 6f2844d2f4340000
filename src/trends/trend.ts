import {
  ANSWER_KEYS,
  addOne,
  type Counter,
  fail,
  newCounter,
  readPolicy,
  toTally,
} from '../core/count.js';
import { checkMetric, oneOf, readOptions } from '../core/options.js';
import { readList } from '../core/read.js';
import type { Accessor, Rows, ScoreResult } from '../core/types.js';
import { extras, keyOf, ordAt, PERIOD_KEYS, read, readSpec, startOf } from './periods.js';
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
 * `level` adds each period's score `interval` (the metric's, as {@link withInterval}; `null`
 * limits for an empty period) and `minN` the flag `small` (effective sample size below `minN`;
 * empty periods are small for any `minN` > 0).
 *
 * `respondent` counts one row per respondent id: with `keep: 'latest'` (default) the row with the
 * latest instant, with `'first'` the earliest; ties go to the later row in the input for
 * `'latest'` and to the earlier one for `'first'`. The kept *row* counts: if its answer is missing
 * it is counted in `skipped`, and the respondent's other answers are not used. `per: 'period'`
 * (default) keeps one row per respondent in each period; `per: 'all'` one in the whole trend (within
 * `from`/`to`), so an earlier period loses the answers of respondents who answered again later.
 * Ids are strings or finite numbers compared as text (`1` and `'1'` are one respondent). The other
 * rows are counted in the period's `duplicates` (their answers are not read), so `n + skipped +
 * invalid + duplicates` is the number of rows in the period; rows whose id is `null` or
 * `undefined` are all counted.
 *
 * @param rows - The rows, an array or any iterable.
 * @param options - `at`, `value`, `metric` (required); `period`, `timeZone`, `weekStart`,
 *   `fiscalStartMonth`, `naive`, `from`, `to`, `now`, `level`, `minN`, `respondent`, `keep`,
 *   `per`, `weight`, `invalid`, `nan`.
 * @returns One {@link TrendPeriod} per period, in chronological order.
 * @throws RangeError for an invalid instant, answer or numeric respondent id (with the row index), an unknown time zone, `from` after `to`, or a bad `level` or `minN`.
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
 *
 * // One answer per respondent per month (the latest), with intervals and a small-sample flag:
 * const answers = [
 *   { id: 'a', at: '2025-03-02', score: 0 },
 *   { id: 'a', at: '2025-03-20', score: 10 },
 *   { id: 'b', at: '2025-03-05', score: 9 },
 * ];
 * const [march] = trend(answers, {
 *   at: (r) => r.at, value: (r) => r.score, metric: npsMetric, now: 0,
 *   respondent: (r) => r.id, level: 0.95, minN: 30,
 * });
 * [march.result.score, march.duplicates, march.small]; // => [100, 1, true]
 * march.interval.level; // => 0.95
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
    'level',
    'minN',
    'respondent',
    'keep',
    'per',
  ]);
  const s = readSpec(fn, opts);
  const policy = readPolicy(fn, opts);
  const metric = checkMetric<R>(fn, opts.metric);
  const [level, minN] = extras(fn, opts);
  const {
    at,
    value,
    weight,
    respondent: id,
  } = opts as {
    at: (row: T, i: number) => unknown;
    value: Accessor<T>;
    weight: ((row: T, i: number) => unknown) | ArrayLike<unknown> | undefined;
    respondent: ((row: T, i: number) => unknown) | undefined;
  };
  // keep and per without respondent: respondent is missing.
  if (![at, value, id ?? opts.keep ?? opts.per ?? at].every((f) => typeof f === 'function')) {
    throw new TypeError(
      `${fn}: options at, value (and respondent for keep or per) must be functions`,
    );
  }
  const first = oneOf(fn, 'keep', opts.keep, ['latest', 'first']) === 'first';
  const all = oneOf(fn, 'per', opts.per, ['period', 'all']) === 'all';
  const input: unknown = rows;
  if (typeof input !== 'object' || input === null)
    fail(fn, 'rows must be an array or an iterable', input);
  const bound = (name: string, x: unknown, none: number): number =>
    x === undefined ? none : ordAt(s, read(s, fn, x, `option ${name}`));
  const from = bound('from', opts.from, -Infinity);
  const last = bound('to', opts.to, Infinity);
  if (from > last) throw new RangeError(`${fn}: option from must not be after option to`);
  const now = bound('now', opts.now ?? Date.now(), 0);
  const buckets = new Map<number, Counter>();
  const weighted = weight !== undefined;
  // Arrays are read in place (no copy of a million rows); other iterables are read once.
  const list = readList<T>(fn, rows, 'rows');
  const count = (c: Counter, i: number, row = list[i] as T): void => {
    addOne(
      fn,
      c,
      policy,
      value(row, i),
      weighted,
      typeof weight === 'function' ? weight(row, i) : weight?.[i],
      i,
    );
  };
  // With respondent: the row kept per respondent and period (per: 'all': per respondent) as
  // [instant, row index, counter], under the key `<period start> <id>`. A counter's `d` counts its
  // rows with an id, less the kept ones at the end: the rows left out.
  const seen = new Map<string, [number, number, Counter & { d?: number }]>();
  // The last row's period [lo, hi) and its counter (undefined outside from/to): a row in the same
  // period as the one before skips the zone lookup.
  let lo = 0;
  let hi = 0;
  let c: (Counter & { d?: number }) | undefined;
  let min = Infinity;
  let max = -Infinity;
  let i = 0;
  for (; i < list.length; i++) {
    const row = list[i] as T;
    const t = read(s, fn, at(row, i), i);
    if (!(t >= lo && t < hi)) {
      const ord = ordAt(s, t);
      lo = startOf(s, ord);
      hi = startOf(s, ord + s.len);
      c = undefined;
      if (ord >= from && ord <= last) {
        c = buckets.get(ord);
        if (c === undefined) {
          buckets.set(ord, (c = newCounter(metric.scale)));
          min = Math.min(min, ord);
          max = Math.max(max, ord);
        }
      }
    }
    if (c !== undefined) {
      const k = id?.(row, i);
      if (k === null || k === undefined) count(c, i, row);
      else {
        if (!Number.isFinite(k) && typeof k !== 'string')
          fail(fn, `respondent at index ${i} must be a string or a finite number`, k);
        const key = `${all ? '' : lo} ${k as string}`;
        const old = seen.get(key);
        // The new row wins when it is as late or later (latest), strictly earlier (first).
        if (old === undefined || first !== t >= old[0]) seen.set(key, [t, i, c]);
        c.d = (c.d ?? 0) + 1;
      }
    }
  }
  for (const [, j, c] of seen.values()) {
    c.d = (c.d as number) - 1;
    count(c, j);
  }
  const out: TrendPeriod<R>[] = [];
  const end = last === Infinity ? max : last;
  for (let ord = from === -Infinity ? min : from; ord <= end; ord += s.len) {
    const counted = buckets.get(ord) ?? newCounter(metric.scale);
    counted.weighted = weighted;
    const tally = toTally(counted);
    const result = metric.score(tally);
    out.push({
      period: keyOf(s, ord),
      start: iso(s.off, startOf(s, ord)),
      end: iso(s.off, startOf(s, ord + s.len)),
      tally,
      result,
      ...(level ? { interval: metric.interval(tally, { level }) } : {}),
      ...(minN < 0 ? {} : { small: result.nEffective < minN }),
      ...(id ? { duplicates: (counted as { d?: number }).d ?? 0 } : {}),
      ...(ord === now ? { partial: true as const } : {}),
    });
  }
  return out;
}
