import { addTallyInto, newCounter, toTally } from '../core/count.js';
import { describe } from '../core/describe.js';
import { readOptions, wholeNumber } from '../core/options.js';
import { tallyOn } from '../core/scoring.js';
import type { Metric, ScoreResult, Tally } from '../core/types.js';
import { checkMetric } from './periods.js';
import { DAY, toInstant } from './time.js';
import type { TrendPeriod } from './types.js';

/**
 * Options of {@link rolling}: the metric and exactly one window size.
 *
 * @typeParam R - The metric's result type.
 * @category Trends
 * @since 0.1.0
 */
export interface RollingOptions<R extends ScoreResult> {
  /** The metric that scores each window (the one the trend was made with). */
  readonly metric: Metric<R>;
  /** A window of this many consecutive periods, e.g. 3 for a rolling quarter of months. */
  readonly periods?: number | undefined;
  /** A window of the periods that lie within this many calendar days before each period's end. */
  readonly days?: number | undefined;
}

/**
 * A rolling window: the last period's key and end, the window's start, the merged tally and its
 * result, and how many periods were merged.
 *
 * @typeParam R - The metric's result type.
 * @category Trends
 * @since 0.1.0
 */
export interface RollingPeriod<R extends ScoreResult = ScoreResult> extends TrendPeriod<R> {
  /** The number of periods merged (fewer than the window at the start of the series). */
  readonly periods: number;
}

/**
 * Merges each period of a trend with the periods before it in a rolling window.
 *
 * `periods: k` merges each period with the k − 1 before it (a rolling quarter of a monthly
 * trend). `days: d` merges each period with the earlier periods whose start date lies at most d
 * calendar days before the period's end date (dates as written in the ISO strings, so in the
 * trend's zone): with a daily trend this is exactly the last d days; a period longer than d days
 * throws. Windows at the start of the series hold fewer periods (see `periods` in the output).
 * Tallies are only ever merged, never subtracted (two-stack sliding aggregation): O(n) merges in
 * all, and an empty window scores `null`. The window's `start` is the start of its first period;
 * `partial` is carried over from the last period.
 *
 * @param trend - The output of {@link trend}, in chronological order.
 * @param options - `metric` and one of `periods` or `days`.
 * @returns One {@link RollingPeriod} per input period.
 * @throws RangeError for a bad window size, periods out of order, or a period longer than `days`.
 * @throws TypeError when not exactly one window size is given, or for malformed periods.
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
  trend: readonly TrendPeriod[],
  options: RollingOptions<R>,
): RollingPeriod<R>[] {
  const fn = 'rolling';
  const opts = readOptions(fn, options, ['metric', 'periods', 'days']);
  const metric = checkMetric<R>(fn, opts.metric);
  if ((opts.periods === undefined) === (opts.days === undefined)) {
    throw new TypeError(`${fn}: pass exactly one of the options periods and days`);
  }
  const k =
    opts.periods === undefined ? Infinity : wholeNumber(fn, 'option periods', opts.periods, 1);
  const span = opts.days === undefined ? Infinity : wholeNumber(fn, 'option days', opts.days, 1);
  const list = Array.from(trend);
  const dayOf = (x: string, i: number): number =>
    span === Infinity
      ? 0
      : Math.floor(
          toInstant(fn, () => 0, false, x.slice(0, 10), `period at index ${i}: start or end`) / DAY,
        );
  const tallies: Tally[] = [];
  const starts: number[] = [];
  list.forEach((p, i) => {
    if (![p.period, p.start, p.end].every((x) => typeof x === 'string')) {
      throw new TypeError(
        `${fn}: period at index ${i} must be a trend period { period, start, end, tally }`,
      );
    }
    if (i > 0 && !((list[i - 1] as TrendPeriod).period < p.period)) {
      throw new RangeError(
        `${fn}: periods must be in chronological order without repeats, received ${describe(p.period)} at index ${i}`,
      );
    }
    tallies.push(tallyOn(`${fn} (period at index ${i})`, metric.scale, p.tally));
    starts.push(dayOf(p.start, i));
  });
  const merge = (a: Tally | undefined, b: Tally | undefined): Tally => {
    const c = newCounter(metric.scale);
    if (a !== undefined) addTallyInto(c, a);
    if (b !== undefined) addTallyInto(c, b);
    return toTally(c);
  };
  // The window is lo..i: `front` holds suffix merges of lo..mid−1 (its top covers all of them),
  // `back` the merge of mid..i. Each period enters `back` once and `front` once.
  const front: Tally[] = [];
  let back: Tally | undefined;
  let lo = 0;
  return list.map((p, i) => {
    const from = dayOf(p.end, i) - span;
    if ((starts[i] as number) < from) {
      throw new RangeError(`${fn}: period ${p.period} is longer than ${span} days`);
    }
    back = merge(back, tallies[i]);
    while (i - lo >= k || (starts[lo] as number) < from) {
      if (front.length === 0) {
        let suffix: Tally | undefined;
        for (let j = i; j >= lo; j--) front.push((suffix = merge(tallies[j], suffix)));
        back = undefined;
      }
      front.pop();
      lo++;
    }
    const tally = merge(front.at(-1), back);
    return {
      ...p,
      start: (list[lo] as TrendPeriod).start,
      tally,
      result: metric.score(tally),
      periods: i - lo + 1,
    };
  });
}
