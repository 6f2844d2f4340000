import type { Metric, ScoreResult, Tally } from '../core/types.js';
import { addTallyInto, checkTallyRoom, fail, newCounter, toTally } from '../internal/count.js';
import { excerpt } from '../internal/excerpt.js';
import { checkMetric, readOptions, wholeNumber } from '../internal/options.js';
import { readList } from '../internal/read.js';
import { tallyOn } from '../internal/scoring.js';
import { own } from './internal/own.js';
import { extras } from './internal/periods.js';
import type { TrendPeriod } from './types.js';

/**
 * Options of {@link rolling}.
 *
 * @typeParam R - The metric's result type.
 * @category Trends
 * @since 0.1.0
 */
export interface RollingOptions<R extends ScoreResult> {
  /** The metric that scores each window (the one the trend was made with). */
  readonly metric: Metric<R>;
  /**
   * The window: this many consecutive periods, e.g. 3 for a rolling quarter of a monthly trend,
   * or 90 on a daily trend for the last 90 days.
   */
  readonly periods: number;
  /** Adds each window's score `interval` at this confidence level (default: none). */
  readonly level?: number | undefined;
  /** Marks windows whose effective sample size is below `minN` as `small` (default: no flag). */
  readonly minN?: number | undefined;
}

/**
 * A rolling window: the last period's key and end, the window's start, the merged tally and its
 * result, and how many periods were merged (`window`).
 *
 * @typeParam R - The metric's result type.
 * @category Trends
 * @since 0.1.0
 */
export interface RollingPeriod<R extends ScoreResult = ScoreResult> extends TrendPeriod<R> {
  /**
   * The number of periods merged (fewer than asked at the start of the series). Its presence marks
   * a rolling window: the change and chart functions reject overlapping windows.
   */
  readonly window: number;
}

/**
 * Merges each period of a trend with the periods before it in a rolling window.
 *
 * `periods: k` merges each period with the k − 1 before it: a rolling quarter of a monthly trend
 * with 3, the last 90 days of a daily trend with 90 (a trend has every day, empty ones included,
 * so 90 periods are 90 calendar days in the trend's zone, DST changes included). Windows at the
 * start of the series hold fewer periods (see `window` in the output).
 * Tallies are only ever merged, never subtracted (two-stack sliding aggregation): O(n) merges in
 * all, and an empty window scores `null`. The window's `start` is the start of its first period;
 * `partial` is carried over from the last period. `level` and `minN` add `interval` and `small`
 * for each window as in {@link trend}; the periods' own `interval`, `small` and `duplicates` are
 * not carried over (a respondent counted once per period may count more than once in a window).
 *
 * @param series - The output of {@link trend} (an array or iterable), in chronological order.
 * @param options - `metric`, `periods`, and `level`, `minN`.
 * @returns One {@link RollingPeriod} per input period.
 * @throws RangeError for a bad window size, `level` or `minN`, or periods out of order.
 * @throws TypeError for a series that is not an array or iterable, a missing window size or
 *   metric, or malformed periods (read through their own properties).
 * @example
 * ```ts
 * const rows = [
 *   { at: '2025-01-10', score: 10 },
 *   { at: '2025-02-10', score: 0 },
 *   { at: '2025-03-10', score: 9 },
 *   { at: '2025-04-10', score: 9 },
 * ];
 * const monthly = trend(rows, { at: (r) => r.at, value: (r) => r.score, metric: npsMetric, now: 0 });
 * const r = rolling(monthly, { metric: npsMetric, periods: 3 });
 * r.map((w) => w.result.score); // => [100, 0, 100 / 3, 100 / 3]
 * r[3].start; // => '2025-02-01T00:00:00+00:00'
 * ```
 * @category Trends
 * @since 0.1.0
 */
export function rolling<R extends ScoreResult>(
  series: readonly TrendPeriod[],
  options: RollingOptions<R>,
): RollingPeriod<R>[] {
  const fn = 'rolling';
  const opts = readOptions(fn, options, ['metric', 'periods', 'level', 'minN']);
  const metric = checkMetric<R>(fn, opts.metric);
  const [level, minN] = extras(fn, opts);
  const k = wholeNumber(fn, 'option periods', opts.periods, 1);
  const list = readList<unknown>(fn, series, 'series');
  const periods: { period: string; start: string; end: string; partial: boolean }[] = [];
  const tallies = Array.from({ length: list.length }, (_, i) => {
    const p = list[i];
    const [period, start, end] = [own(p, 'period'), own(p, 'start'), own(p, 'end')];
    if (typeof period !== 'string' || typeof start !== 'string' || typeof end !== 'string') {
      fail(fn, `period at index ${i} must be a trend period { period, start, end, tally }`, p);
    }
    if (i > 0 && !((periods[i - 1] as { period: string }).period < period)) {
      throw new RangeError(
        `${fn}: period at index ${i} is not after the one before, received ${excerpt(period)}`,
      );
    }
    periods.push({ period, start, end, partial: own(p, 'partial') === true });
    return tallyOn(`${fn} (period at index ${i})`, metric.scale, own(p, 'tally'));
  });
  const merge = (a: Tally | undefined, b: Tally | undefined): Tally => {
    const c = newCounter(metric.scale);
    // Two windows of caller tallies can pass 2^53 − 1 together: refuse instead of losing answers.
    if (a !== undefined) addTallyInto(c, a);
    if (b !== undefined) {
      checkTallyRoom(fn, c, b);
      addTallyInto(c, b);
    }
    return toTally(c);
  };
  // The window is lo..i: `front` holds suffix merges of lo..mid−1 (its top covers all of them),
  // `back` the merge of mid..i. Each period enters `back` once and `front` once.
  const front: Tally[] = [];
  let back: Tally | undefined;
  let lo = 0;
  return periods.map((p, i) => {
    back = merge(back, tallies[i]);
    if (i - lo >= k) {
      if (front.length === 0) {
        let suffix: Tally | undefined;
        for (let j = i; j >= lo; j--) front.push((suffix = merge(tallies[j], suffix)));
        back = undefined;
      }
      front.pop();
      lo++;
    }
    const tally = merge(front.at(-1), back);
    const result = metric.score(tally);
    return {
      period: p.period,
      start: (periods[lo] as { start: string }).start,
      end: p.end,
      tally,
      result,
      ...(level ? { interval: metric.interval(tally, { level }) } : {}),
      ...(minN < 0 ? {} : { small: result.nEffective < minN }),
      ...(p.partial ? { partial: true as const } : {}),
      window: i - lo + 1,
    };
  });
}
