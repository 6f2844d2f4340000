import type { ScoreResult } from '../core/types.js';
import { fail } from '../internal/count.js';
import { readList } from '../internal/read.js';
import type { KeyPart, Segment } from '../segments/types.js';
import type { Interval } from '../stats/types.js';
import { own } from './internal/own.js';
import type { TrendPeriod } from './types.js';

/**
 * One flat row of {@link tidy}: plain values only (strings, numbers, booleans, `null`).
 *
 * @category Trends
 * @since 0.1.0
 */
export interface TidyRow {
  /** The period key (trend and rolling rows). */
  readonly period?: string;
  /** The period's (or window's) start, ISO-8601 with the zone's offset. */
  readonly start?: string;
  /** The period's end (exclusive). */
  readonly end?: string;
  /** The segment key (segment rows); a tuple key's parts joined with `' / '` (see {@link tidy}). */
  readonly key?: KeyPart;
  /** The metric's name, e.g. `'nps'` (`null` for a suppressed segment). */
  readonly metric: string | null;
  /** The number of valid answers (`null` for a suppressed segment). */
  readonly n: number | null;
  /** Kish's effective sample size (`null` for a suppressed segment). */
  readonly nEffective: number | null;
  /** The score, `null` when there is no data or the segment is suppressed. */
  readonly score: number | null;
  /** The interval's lower limit; `null` without an interval (no `level`) or without data. */
  readonly lower: number | null;
  /** The interval's upper limit; `null` as `lower`. */
  readonly upper: number | null;
  /** Whether the item was flagged small (`false` when no `minN` was given). */
  readonly small: boolean;
  /** Whether the period is unfinished (trend and rolling rows). */
  readonly partial?: boolean;
}

/**
 * Turns trend periods, rolling windows or segments into flat rows for charting libraries
 * (Observable Plot, Vega-Lite) and CSV: one row per item, no nested objects.
 *
 * Period rows have the columns `period, start, end, metric, n, nEffective, score, lower, upper,
 * small, partial`; segment rows (the `segments` of {@link segment}) have `key` instead of the
 * period columns, with a tuple key's parts joined by `' / '` into one label. Labels are
 * unambiguous: inside a string part a `\` or `/` is written `\\` or `\/`, and a string part
 * that reads as a number or boolean gets a leading `\` (`['1', 'x']` is `'\1 / x'`, `[1, 'x']` is
 * `'1 / x'`), so two different tuples never share a label (`['a / b', 'c']` is `'a \/ b / c'`,
 * `['a', 'b / c']` is `'a / b \/ c'`). `lower` and `upper` come from the item's `interval` (trend
 * or rolling with `level`) and are `null` otherwise. Items are read through their own properties.
 *
 * @param items - The output of {@link trend} or {@link rolling}, or a segmentation's `segments`.
 * @returns One {@link TidyRow} per item, in the same order.
 * @throws TypeError for items that are not an array or iterable (a whole segmentation: pass its
 *   `segments`), or an item that is neither a period nor a segment.
 * @example
 * ```ts
 * const rows = [
 *   { at: '2025-01-10', score: 10 },
 *   { at: '2025-03-10', score: 0 },
 * ];
 * const t = trend(rows, { at: (r) => r.at, value: (r) => r.score, metric: npsMetric, now: 0, minN: 1 });
 * const [jan, feb] = tidy(t);
 * [jan.period, jan.metric, jan.n, jan.score, jan.small]; // => ['2025-01', 'nps', 1, 100, false]
 * [feb.score, feb.lower, feb.small, feb.partial]; // => [null, null, true, false]
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function tidy(items: readonly (TrendPeriod | Segment)[]): TidyRow[] {
  const fn = 'tidy';
  const input: unknown = items;
  if (own(input, 'segments') !== undefined && !Array.isArray(input)) {
    throw new TypeError(`${fn}: items must be an array; for a segmentation pass its .segments`);
  }
  const list = readList<unknown>(fn, input, 'items');
  return Array.from({ length: list.length }, (_, i) => {
    const x = list[i];
    const period = own(x, 'period');
    const k = own(x, 'key') as KeyPart | readonly KeyPart[] | undefined;
    if (typeof period !== 'string' && k === undefined)
      fail(fn, `item at index ${i} must be a trend period or a segment`, x);
    const r = own(x, 'result') as ScoreResult | null | undefined;
    const interval = own(x, 'interval') as Interval | undefined;
    // Numbers are copied as finite numbers (never −0) or null; anything else is not a result.
    const num = (v: unknown, what: string): number | null =>
      v === null || v === undefined
        ? null
        : typeof v === 'number' && Number.isFinite(v)
          ? v + 0
          : fail(fn, `item at index ${i}: ${what} must be a finite number or null`, v);
    const row = {
      metric: r?.metric.name ?? null,
      n: num(r?.n, 'n'),
      // A segment carries its own (null when suppressed); a period has its result's.
      nEffective: num(own(x, 'nEffective') ?? r?.nEffective, 'nEffective'),
      score: num(r?.score, 'score'),
      lower: num(own(interval, 'lower'), 'lower'),
      upper: num(own(interval, 'upper'), 'upper'),
      small: own(x, 'small') === true,
    } as Omit<TidyRow, 'period' | 'start' | 'end' | 'key' | 'partial'>;
    const start = own(x, 'start');
    const end = own(x, 'end');
    if (k === undefined && (typeof start !== 'string' || typeof end !== 'string')) {
      fail(fn, `item at index ${i} must be a trend period with string start and end`, x);
    }
    return k === undefined
      ? {
          period: period as string,
          start: start as string,
          end: end as string,
          ...row,
          partial: own(x, 'partial') === true,
        }
      : {
          key: Array.isArray(k) ? (k as readonly KeyPart[]).map(label).join(' / ') : (k as KeyPart),
          ...row,
        };
  });
}

/** A tuple part in a label: strings escaped so that labels never collide (see tidy). */
function label(part: KeyPart): string {
  if (typeof part !== 'string') return String(part);
  const s = part.replace(/[\\/]/g, '\\$&');
  return s === 'true' || s === 'false' || String(Number(s)) === s ? `\\${s}` : s;
}
