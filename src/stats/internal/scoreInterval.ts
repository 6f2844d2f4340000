import type { ScoreResult } from '../../core/types.js';
import { excerpt, quote } from '../../internal/excerpt.js';
import { oneOf, readOptions } from '../../internal/options.js';
import { ownFields } from '../../internal/ownFields.js';
import { tallyOfResult, tInterval } from '../meanInterval.js';
import { readNetOptions } from '../npsInterval.js';
import { PROPORTION_METHODS, proportionLimits } from '../proportionInterval.js';
import type { Interval } from '../types.js';
import { hoeffdingInterval } from './boundedMean.js';
import { momentsOf } from './moments.js';
import { checkLevel, noInterval } from './shared.js';
import { trinomialFrom, trinomialInterval } from './trinomial.js';

/**
 * Options of {@link withInterval} and of every metric's `interval`. `method` depends on the
 * metric: NPS takes `'adjusted-wald'` (default), `'wald'`, `'score'`, `'exact'`, `'bootstrap'`;
 * CSAT and binary outcomes take the proportion methods (`'wilson'` default); CES takes `'t'`
 * (default) and `'hoeffding'`.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface ScoreIntervalOptions {
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The interval method; the default depends on the metric. */
  readonly method?: string | undefined;
  /** Bootstrap resamples (NPS, method `'bootstrap'`), an integer from 1 to 100,000; default 2000. */
  readonly resamples?: number | undefined;
  /** Bootstrap seed (NPS, method `'bootstrap'`); default 1. */
  readonly seed?: number | undefined;
}

/** A share in percent (CSAT top box, a binary outcome) from a result's part, total and n_eff. */
function percentInterval(
  fn: string,
  options: unknown,
  part: unknown,
  total: number,
  n: number,
): Interval {
  const opts = readOptions(fn, options, ['level', 'method']);
  const level = checkLevel(fn, opts.level);
  const method = oneOf(fn, 'method', opts.method, PROPORTION_METHODS);
  if (typeof part !== 'number' || !(part >= 0 && part <= total) || total === 0) {
    if (total === 0) return noInterval(level, method);
    throw new TypeError(`${fn}: the result's counts are inconsistent, received ${excerpt(part)}`);
  }
  const i = proportionLimits((part / total) * n, n, level, method);
  return { ...i, lower: 100 * (i.lower as number), upper: 100 * (i.upper as number) };
}

/** The CES interval methods, the default first. */
const MEAN_METHODS: readonly ['t', 'hoeffding'] = ['t', 'hoeffding'];

/**
 * A mean's interval: Student t as requested, or by default t unless it collapses (one answer,
 * or no spread: every answer the same), where Hoeffding's bound is used instead.
 */
function meanScoreInterval(fn: string, result: unknown, options: unknown): Interval {
  const opts = readOptions(fn, options, ['level', 'method']);
  const level = checkLevel(fn, opts.level);
  const method = oneOf(fn, 'method', opts.method, MEAN_METHODS);
  const t = tallyOfResult(fn, result);
  if (t.total === 0) return noInterval(level, method);
  const m = momentsOf(t);
  const collapsed = !(m.nEffective > 1 && m.variance > 0);
  return method === 'hoeffding' || (opts.method === undefined && collapsed)
    ? hoeffdingInterval(t.scale, m.mean, m.nEffective, level)
    : tInterval(t, level);
}

/**
 * The interval of a result's `score`, in score units, by the result's metric (NPS: trinomial;
 * CSAT and proportions: a share in percent; CES: Student t on the mean, or Hoeffding's bound).
 * The result and its metric are read through their own fields only.
 */
export function scoreInterval(fn: string, result: ScoreResult, options: unknown): Interval {
  const r =
    typeof result === 'object' && (result as unknown) !== null ? ownFields(result) : undefined;
  const metric =
    typeof r?.metric === 'object' && r.metric !== null ? ownFields(r.metric) : undefined;
  if (r === undefined || metric === undefined) {
    throw new TypeError(`${fn}: expected a result with a metric, received ${excerpt(result)}`);
  }
  const { score, nEffective: ne, total } = r;
  if (score !== null && !(typeof score === 'number' && Number.isFinite(score))) {
    throw new TypeError(
      `${fn}: the result's score must be a finite number or null, received ${excerpt(score)}`,
    );
  }
  if (
    !(typeof ne === 'number' && ne < Infinity && (ne >= 1 || (Object.is(ne, 0) && total === 0)))
  ) {
    throw new TypeError(
      `${fn}: the result's nEffective must be 0 (no data) or a finite number ≥ 1, received ${excerpt(ne)}`,
    );
  }
  const name = metric.name;
  if (name === 'nps') {
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
  if (name === 'csat' || name === 'proportion') {
    if (typeof total !== 'number') {
      throw new TypeError(`${fn}: the result's total must be a number, received ${excerpt(total)}`);
    }
    return percentInterval(fn, options, name === 'csat' ? r.satisfied : r.successes, total, ne);
  }
  if (name === 'ces') return meanScoreInterval(fn, result, options);
  throw new TypeError(
    `${fn}: no interval is defined for the metric ${typeof name === 'string' ? quote(name) : excerpt(name)}`,
  );
}
