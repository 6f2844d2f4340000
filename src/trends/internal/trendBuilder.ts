import type { ScoreResult } from '../../core/types.js';
import {
  ANSWER_KEYS,
  addOne,
  type Counter,
  fail,
  newCounter,
  readPolicy,
  toTally,
} from '../../internal/count.js';
import { checkMetric, oneOf, readOptions } from '../../internal/options.js';
import { readWeightArray, weightLengthError } from '../../internal/read.js';
import type { TrendPeriod } from '../types.js';
import { extras, keyOf, ordAt, PERIOD_KEYS, read, readSpec, startOf } from './periods.js';
import { iso } from './time.js';

/**
 * The most periods a trend fills in: 100,000 (274 years of days, 1,900 years of weeks). A trend
 * holds every period from the first to the last, so one stray instant (9999-01-01 among 2025 rows,
 * by day: 2.9 million periods) would otherwise cost gigabytes; 100,000 periods of about 1 kB each
 * stay near 100 MB and are as many as trendTest handles in seconds.
 */
export const MAX_PERIODS = 100_000;

/**
 * The option keys of trend and trendAsync. A pure call, not a spread: a module-level spread is a
 * side effect to bundlers and would put this list into every bundle, `import { nps }` included.
 */
const KEYS: readonly string[] = /* @__PURE__ */ PERIOD_KEYS.concat(ANSWER_KEYS, [
  'epoch',
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

/** A trend being built: rows are added one at a time, then the periods are filled in. */
export interface TrendBuilder<T, R extends ScoreResult> {
  /** Counts one row (its index in the input). */
  readonly add: (row: T, i: number) => void;
  /** The periods, given the number of rows added. */
  readonly finish: (rows: number) => TrendPeriod<R>[];
}

type Counted = Counter & { d?: number };

/**
 * Reads trend's options and returns the builder both `trend` and `trendAsync` feed. `rows` is
 * the number of rows when it is known in advance (a weight array must have as many entries).
 * Memory: the periods with rows, and with `respondent` one kept row per respondent (per period).
 */
export function startTrend<T, R extends ScoreResult>(
  fn: string,
  options: unknown,
  rows: number | undefined,
): TrendBuilder<T, R> {
  const opts = readOptions(fn, options, KEYS);
  const s = readSpec(fn, opts);
  const policy = readPolicy(fn, opts);
  const metric = checkMetric<R>(fn, opts.metric);
  const [level, minN] = extras(fn, opts);
  const {
    at,
    value,
    respondent: id,
  } = opts as {
    at: (row: T, i: number) => unknown;
    value: (row: T, i: number) => unknown;
    respondent: ((row: T, i: number) => unknown) | undefined;
  };
  // keep and per without respondent: respondent is missing.
  if (![at, value, id ?? opts.keep ?? opts.per ?? at].every((f) => typeof f === 'function')) {
    throw new TypeError(
      `${fn}: options at, value (and respondent for keep or per) must be functions`,
    );
  }
  const weight =
    opts.weight === undefined || typeof opts.weight === 'function'
      ? (opts.weight as ((row: T, i: number) => unknown) | undefined)
      : readWeightArray(fn, opts.weight, rows);
  const weighted = weight !== undefined;
  const first = oneOf(fn, 'keep', opts.keep, ['latest', 'first']) === 'first';
  const all = oneOf(fn, 'per', opts.per, ['period', 'all']) === 'all';
  const bound = (name: string, x: unknown, none: number): number =>
    x === undefined ? none : ordAt(s, read(s, fn, x, `option ${name}`, true));
  const from = bound('from', opts.from, -Infinity);
  const last = bound('to', opts.to, Infinity);
  if (from > last) throw new RangeError(`${fn}: option from must not be after option to`);
  const now = bound('now', opts.now ?? Date.now(), 0);
  const buckets = new Map<number, Counted>();
  const count = (c: Counter, i: number, row: T): void => {
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
  // [instant, row index, counter, row], under the key `<period start> <id>`. A counter's `d`
  // counts its rows with an id, less the kept ones at the end: the rows left out.
  const seen = new Map<string, [number, number, Counted, T]>();
  // The last row's period [lo, hi) and its counter (undefined outside from/to): a row in the same
  // period as the one before skips the zone lookup.
  let lo = 0;
  let hi = 0;
  let c: Counted | undefined;
  // The first and last periods with rows, and the rows that put them there.
  let min = Infinity;
  let max = -Infinity;
  let minRow = 0;
  let maxRow = 0;
  // A weight array shorter than the rows (known only at the end of an async stream).
  let short = false;
  const add = (row: T, i: number): void => {
    if (weight !== undefined && typeof weight !== 'function' && i >= weight.length) {
      short = true;
      return;
    }
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
          if (ord < min) [min, minRow] = [ord, i];
          if (ord > max) [max, maxRow] = [ord, i];
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
        if (old === undefined || first !== t >= old[0]) seen.set(key, [t, i, c, row]);
        c.d = (c.d ?? 0) + 1;
      }
    }
  };
  const finish = (n: number): TrendPeriod<R>[] => {
    if (weight !== undefined && typeof weight !== 'function' && (short || weight.length !== n)) {
      throw weightLengthError(fn, weight.length, n);
    }
    for (const [, j, c, row] of seen.values()) {
      c.d = (c.d as number) - 1;
      count(c, j, row);
    }
    const start = from === -Infinity ? min : from;
    const end = last === Infinity ? max : last;
    const periods = (end - start) / s.len + 1;
    if (periods > MAX_PERIODS) {
      const side = (ord: number, option: string, row: number, fixed: boolean): string =>
        `${fixed ? `option ${option}` : `the instant at index ${row}`} (${keyOf(s, ord)})`;
      throw new RangeError(
        `${fn}: the trend would fill ${periods} ${s.type} periods, more than the limit of ${MAX_PERIODS}: from ${side(start, 'from', minRow, from !== -Infinity)} to ${side(end, 'to', maxRow, last !== Infinity)}; check that instant, or narrow the span with from and to`,
      );
    }
    const out: TrendPeriod<R>[] = [];
    for (let ord = start; ord <= end; ord += s.len) {
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
        ...(id ? { duplicates: (counted as Counted).d ?? 0 } : {}),
        ...(ord === now ? { partial: true as const } : {}),
      });
    }
    return out;
  };
  return { add, finish };
}
