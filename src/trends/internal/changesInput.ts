import type { Metric, ScoreResult, Tally } from '../../core/types.js';
import { excerpt } from '../../internal/excerpt.js';
import { checkMetric } from '../../internal/options.js';
import { tallyOn } from '../../internal/scoring.js';
import { own } from './own.js';

/**
 * One period as the trend analytics read it: what `trend()` returns per period, or any object
 * with a chronological `period` key and a `tally`. Empty periods have a tally with no answers.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface PeriodTally {
  /** The period's key, e.g. `'2025-03'`, `'2025-W09'`, `'FY2026-Q1'`; keys sort chronologically. */
  readonly period: string;
  /** The answers counted in the period. */
  readonly tally: Tally;
  /** `true` for the current, unfinished period. */
  readonly partial?: boolean | undefined;
}

/** A scored period: `x` is the score (`null` when empty), `n` the effective sample size. */
export interface Point {
  readonly period: string;
  readonly tally: Tally;
  readonly result: ScoreResult;
  readonly x: number | null;
  readonly n: number;
  /** `{ partial: true }` for an unfinished period, else `{}`: spread into the output. */
  readonly flag: { readonly partial?: true };
}

/**
 * Reads the metric option and a chronological array of periods; scores every period. Throws for
 * rolling windows (a `window` field), which overlap and so share answers.
 */
export function readPeriods(
  fn: string,
  periods: unknown,
  metric: unknown,
): { metric: Metric; points: Point[] } {
  const m = checkMetric(fn, metric);
  if (!Array.isArray(periods)) {
    throw new TypeError(`${fn}: periods must be an array, received ${excerpt(periods)}`);
  }
  let last = '';
  const points = periods.map((p: unknown, i): Point => {
    const at = `${fn}: period at index ${i}`;
    const key = own(p, 'period');
    if (typeof key !== 'string') {
      throw new TypeError(`${at} must have a string period key, received ${excerpt(key)}`);
    }
    if (own(p, 'window') !== undefined) {
      throw new TypeError(
        `${at} is a rolling window; overlapping windows share answers, so pass non-overlapping periods`,
      );
    }
    if (i > 0 && !(key > last)) {
      throw new RangeError(
        `${at} must come after ${JSON.stringify(last)}, received ${excerpt(key)}`,
      );
    }
    last = key;
    const tally = tallyOn(`${fn} (period at index ${i})`, m.scale, own(p, 'tally'));
    const result = m.score(tally);
    return {
      period: key,
      tally,
      result,
      x: result.score,
      n: result.nEffective,
      flag: own(p, 'partial') === true ? { partial: true } : {},
    };
  });
  return { metric: m, points };
}
