import { fail } from '../core/count.js';
import type { ScoreResult } from '../core/types.js';
import type { KeyPart, Segment } from '../segments/types.js';
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
  /** The segment key (segment rows); a tuple key's parts joined with `' / '`. */
  readonly key?: KeyPart;
  /** The metric's name, e.g. `'nps'` (`null` for a suppressed segment). */
  readonly metric: string | null;
  /** The number of valid answers (`null` for a suppressed segment). */
  readonly n: number | null;
  /** Kish's effective sample size. */
  readonly nEffective: number;
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
 * period columns, with a tuple key's parts joined by `' / '` into one label. `lower` and `upper`
 * come from the item's `interval` (trend or rolling with `level`) and are `null` otherwise.
 *
 * @param items - The output of {@link trend} or {@link rolling}, or a segmentation's `segments`.
 * @returns One {@link TidyRow} per item, in the same order.
 * @throws TypeError for an item that is neither a period nor a segment.
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
  return Array.from(items, (x, i) => {
    const p = Object(x) as Partial<TrendPeriod & Segment>;
    const r = p.result as ScoreResult | null | undefined;
    const k = p.key;
    if (typeof p.period !== 'string' && k === undefined)
      fail('tidy', `item at index ${i} must be a trend period or a segment`, x);
    const row = {
      metric: r?.metric.name ?? null,
      n: r?.n ?? null,
      nEffective: p.nEffective ?? (r as ScoreResult).nEffective,
      score: r?.score ?? null,
      lower: p.interval?.lower ?? null,
      upper: p.interval?.upper ?? null,
      small: p.small === true,
    };
    return k === undefined
      ? {
          ...({ period: p.period, start: p.start, end: p.end } as TrendPeriod),
          ...row,
          partial: p.partial === true,
        }
      : { key: Array.isArray(k) ? k.join(' / ') : (k as KeyPart), ...row };
  });
}
