import { describe } from '../core/describe.js';
import { oneOf, readOptions } from '../core/options.js';
import type { ScoreResult } from '../core/types.js';
import { tallyOfResult, tInterval } from './meanInterval.js';
import { readNetOptions } from './npsInterval.js';
import { PROPORTION_METHODS, proportionLimits } from './proportionInterval.js';
import { checkLevel, noInterval } from './shared.js';
import { trinomialFrom, trinomialInterval } from './trinomial.js';
import type { Interval } from './types.js';

/**
 * Options of {@link withInterval} and of every metric's `interval`. `method` depends on the
 * metric: NPS takes `'adjusted-wald'` (default), `'wald'`, `'score'`, `'bootstrap'`; CSAT and
 * binary outcomes take the proportion methods (`'wilson'` default); CES takes `'t'`.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface ScoreIntervalOptions {
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The interval method; the default depends on the metric. */
  readonly method?: string | undefined;
  /** Bootstrap resamples (NPS, method `'bootstrap'`); default 2000. */
  readonly resamples?: number | undefined;
  /** Bootstrap seed (NPS, method `'bootstrap'`); default 1. */
  readonly seed?: number | undefined;
}

/** A share in percent (CSAT top box, a binary outcome) from a result's part, total and n_eff. */
function percentInterval(
  fn: string,
  options: unknown,
  part: unknown,
  result: ScoreResult,
): Interval {
  const opts = readOptions(fn, options, ['level', 'method']);
  const level = checkLevel(fn, opts.level);
  const method = oneOf(fn, 'method', opts.method, PROPORTION_METHODS);
  if (typeof part !== 'number' || !(part >= 0 && part <= result.total) || result.total === 0) {
    if (result.total === 0) return noInterval(level, method);
    throw new TypeError(`${fn}: the result's counts are inconsistent, received ${describe(part)}`);
  }
  const n = result.nEffective;
  const i = proportionLimits((part / result.total) * n, n, level, method);
  return { ...i, lower: 100 * (i.lower as number), upper: 100 * (i.upper as number) };
}

/**
 * The interval of a result's `score`, in score units, by the result's metric (NPS: trinomial;
 * CSAT and proportions: a share in percent; CES: Student t on the mean).
 */
export function scoreInterval(fn: string, result: ScoreResult, options: unknown): Interval {
  if (
    typeof result !== 'object' ||
    (result as unknown) === null ||
    typeof result.metric !== 'object'
  ) {
    throw new TypeError(`${fn}: expected a result with a metric, received ${describe(result)}`);
  }
  const r = result as ScoreResult & Partial<Record<string, unknown>>;
  const { score, nEffective: ne } = r;
  if (score !== null && !Number.isFinite(score)) {
    throw new TypeError(
      `${fn}: the result's score must be a finite number or null, received ${describe(score)}`,
    );
  }
  if (
    !(typeof ne === 'number' && ne < Infinity && (ne >= 1 || (Object.is(ne, 0) && r.total === 0)))
  ) {
    throw new TypeError(
      `${fn}: the result's nEffective must be 0 (no data) or a finite number ≥ 1, received ${describe(ne)}`,
    );
  }
  switch (result.metric.name) {
    case 'nps': {
      const o = readNetOptions(fn, options);
      return trinomialInterval(
        fn,
        trinomialFrom(fn, r, 'promoters', 'detractors', 'passives'),
        o.level,
        o.method,
        o.resamples,
        o.seed,
      );
    }
    case 'csat':
      return percentInterval(fn, options, r.satisfied, result);
    case 'proportion':
      return percentInterval(fn, options, r.successes, result);
    case 'ces': {
      const opts = readOptions(fn, options, ['level', 'method']);
      const level = checkLevel(fn, opts.level);
      oneOf(fn, 'method', opts.method, ['t']);
      return tInterval(tallyOfResult(fn, result), level);
    }
    default:
      throw new TypeError(
        `${fn}: no interval is defined for the metric ${JSON.stringify(result.metric.name)}`,
      );
  }
}
