import type { Accessor, AnswerOptions, Metric, ScoreResult, Tally } from '../core/types.js';
import type { Interval } from '../stats/types.js';

/**
 * An instant: a `Date`, epoch milliseconds (or seconds with `epoch: 's'`), or an ISO-8601 string
 * with an offset or `Z` (`2025-03-01T10:00:00+01:00`), whose local date lies in the years 1–9999. A date-only string (`2025-03-01`) is the start of that calendar
 * day in the chosen zone; a date-time without an offset needs `naive: 'compatible'`.
 *
 * @category Trends
 * @since 0.1.0
 */
export type Instant = Date | number | string;

/**
 * A period type. Keys: `day` `2025-03-01`; `week` (starting on `weekStart`) its first day
 * `2025-03-02`; `isoWeek` `2025-W09` (ISO week-year); `month` `2025-03`; `quarter` `2025-Q1`;
 * `year` `2025`; `fiscalQuarter` `FY2026-Q1` and `fiscalYear` `FY2026`, labelled by the calendar
 * year in which the fiscal year ends.
 *
 * @category Trends
 * @since 0.1.0
 */
export type PeriodType =
  | 'day'
  | 'week'
  | 'isoWeek'
  | 'month'
  | 'quarter'
  | 'year'
  | 'fiscalQuarter'
  | 'fiscalYear';

/**
 * Options that define periods in a time zone.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface PeriodOptions {
  /** The period type (default `'month'`). */
  readonly period?: PeriodType | undefined;
  /** An IANA time zone such as `'Europe/Amsterdam'` (default `'UTC'`). */
  readonly timeZone?: string | undefined;
  /** The first day of a `week` period as an ISO weekday: 1 = Monday (default) … 7 = Sunday. */
  readonly weekStart?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | undefined;
  /** The first month of the fiscal year, 1–12 (default 1); April is 4. */
  readonly fiscalStartMonth?: number | undefined;
  /**
   * Date-times without an offset: `'reject'` (default) throws; `'compatible'` reads them as wall
   * time in `timeZone`, taking the earlier instant in a DST overlap and shifting a time in a DST
   * gap forward by the gap's length (Temporal's `'compatible'`).
   */
  readonly naive?: 'reject' | 'compatible' | undefined;
}

/**
 * Options of {@link periodKey}: the period options and how a number is read.
 *
 * @category Trends
 * @since 0.2.0
 */
export interface PeriodKeyOptions extends PeriodOptions {
  /**
   * The unit of epoch numbers: `'ms'` (milliseconds) or `'s'` (seconds, the usual SQL and Python
   * export). Without it a number is read as milliseconds, and one before 1973 (below
   * 94,694,400,000) throws with the hint "epoch seconds? pass epoch: 's'". Numbers written in the
   * options `from`, `to` and `now` are always milliseconds.
   */
  readonly epoch?: 'ms' | 's' | undefined;
}

/**
 * A period with its bounds and neighbours.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface PeriodBounds {
  /** The period key. */
  readonly period: string;
  /** The first instant, ISO-8601 with the zone's offset. */
  readonly start: string;
  /** The first instant of the next period (the end is exclusive). */
  readonly end: string;
  /** The previous period's key. */
  readonly previous: string;
  /** The next period's key. */
  readonly next: string;
}

/**
 * One period of a trend: its key and bounds, its tally and the metric's result.
 *
 * @typeParam R - The metric's result type.
 * @category Trends
 * @since 0.1.0
 */
export interface TrendPeriod<R extends ScoreResult = ScoreResult> {
  /** The period key, e.g. `2025-03`; keys sort chronologically. */
  readonly period: string;
  /** The first instant, ISO-8601 with the zone's offset, e.g. `2025-03-01T00:00:00+01:00`. */
  readonly start: string;
  /** The end (exclusive): the next period's start. */
  readonly end: string;
  /** The answers counted in the period. */
  readonly tally: Tally;
  /** The metric's result for the tally (`score: null` when empty). */
  readonly result: R;
  /** The score's confidence interval at option `level` (only with `level`; `null` limits when empty). */
  readonly interval?: Interval;
  /** Whether the effective sample size is below option `minN` (only with `minN`). */
  readonly small?: boolean;
  /**
   * Rows of this period left out as a respondent's earlier (or later) answer (only with
   * `respondent`): `n + skipped + invalid + duplicates` is the number of rows in the period.
   */
  readonly duplicates?: number;
  /** `true` for the period that contains `now`, which is not over yet. */
  readonly partial?: true;
}

/**
 * Options of {@link trend}.
 *
 * @typeParam T - The row type.
 * @typeParam R - The metric's result type.
 * @category Trends
 * @since 0.1.0
 */
export interface TrendOptions<T, R extends ScoreResult> extends PeriodKeyOptions, AnswerOptions<T> {
  /** Reads each row's instant. */
  readonly at: (row: T, index: number) => Instant;
  /** Reads each row's answer. */
  readonly value: Accessor<T>;
  /** The metric that scores each period, e.g. `npsMetric`. */
  readonly metric: Metric<R>;
  /** Start the trend at the period containing this instant; earlier rows are left out. */
  readonly from?: Instant | undefined;
  /** End the trend with the period containing this instant; later rows are left out. */
  readonly to?: Instant | undefined;
  /** The current instant, which marks the unfinished period (default `Date.now()`). */
  readonly now?: Instant | undefined;
  /** Adds each period's score `interval` at this confidence level, e.g. 0.95 (default: none). */
  readonly level?: number | undefined;
  /** Marks periods whose effective sample size is below `minN` as `small` (default: no flag). */
  readonly minN?: number | undefined;
  /**
   * Reads a respondent id to count one answer per respondent: a string or a finite number,
   * compared as text (`1` and `'1'` are one respondent). Rows whose id is `null` or `undefined`
   * are all counted.
   */
  readonly respondent?: ((row: T, index: number) => string | number | null | undefined) | undefined;
  /**
   * With `respondent`: which of a respondent's rows counts, by instant: `'latest'` (default) or
   * `'first'`. Ties go to the later row for `'latest'`, the earlier for `'first'`.
   */
  readonly keep?: 'latest' | 'first' | undefined;
  /**
   * With `respondent`: one answer per respondent in each period (`'period'`, default) or in the
   * whole trend (`'all'`: only the respondent's latest or first row counts anywhere).
   */
  readonly per?: 'period' | 'all' | undefined;
}
