import type { Tally } from '../core/types.js';
import { intIn, oneOf, readOptions, wholeNumber } from '../internal/options.js';
import { tallyOn } from '../internal/scoring.js';
import { scoreNps } from '../nps/internal/scoreNps.js';
import type { NpsResult } from '../nps/types.js';
import { checkLevel } from './internal/shared.js';
import {
  MAX_RESAMPLES,
  NET_METHODS,
  type NetMethod,
  trinomialFrom,
  trinomialInterval,
} from './internal/trinomial.js';
import type { Interval } from './types.js';

/**
 * Options of {@link npsInterval} and {@link netInterval}.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface NetIntervalOptions {
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** The method; default `'adjusted-wald'`. */
  readonly method?: NetMethod | undefined;
  /** Bootstrap resamples (method `'bootstrap'`), an integer from 1 to 100,000; default 2000. */
  readonly resamples?: number | undefined;
  /** Bootstrap seed, an integer (method `'bootstrap'`); default 1, so results are reproducible. */
  readonly seed?: number | undefined;
}

/** Reads the options shared by the net-score intervals. */
export function readNetOptions(
  fn: string,
  options: unknown,
): { level: number; method: NetMethod; resamples: number; seed: number } {
  const opts = readOptions(fn, options, ['level', 'method', 'resamples', 'seed']);
  return {
    level: checkLevel(fn, opts.level),
    method: oneOf(fn, 'method', opts.method, NET_METHODS),
    resamples:
      opts.resamples === undefined
        ? 2000
        : intIn(fn, 'resamples', opts.resamples, 1, MAX_RESAMPLES),
    seed: opts.seed === undefined ? 1 : wholeNumber(fn, 'seed', opts.seed),
  };
}

/**
 * Computes a confidence interval for the Net Promoter Score, in NPS points (−100…100).
 *
 * The variance of one answer's score in {−1, 0, 1} is trinomial, V = p + d − (p − d)² with p and
 * d the promoter and detractor shares — never the binomial p(1 − p) of a single share. Methods:
 * `adjusted-wald` (default; Rocks 2016, as evaluated by MeasuringU: add 0.75 promoters, 1.5
 * passives and 0.75 detractors, n + 3, then a Wald interval centred on the adjusted score; it
 * never collapses, even when every answer is a promoter), `wald` (as the textbook computes it:
 * a point when every answer falls in one category), `score` (inverting the score test with
 * constrained maximum-likelihood variances, found by root finding), `exact` (inverting the exact
 * one-sample test of the NPS, maximised over the passive share: what target checks use below 30
 * answers; unweighted counts up to 200 answers, as its cost grows with n²) and `bootstrap`
 * (percentile, seeded, reproducible; unweighted counts only; at most 100,000 resamples, each
 * drawn from the trinomial counts by exact binomial draws, so its cost does not grow with the
 * number of answers). Limits are clipped to −100…100. Weighted results use Kish's effective
 * sample size as n. With no answers the limits are `null`. The reported score stays the raw
 * NPS: the adjusted-Wald centre is not the estimate.
 *
 * @param input - An NPS result (from `nps`, `npsFromCounts`, `npsMetric.score`) or a tally on 0–10.
 * @param options - `level` (default 0.95), `method` (default `'adjusted-wald'`), `resamples` (1 to 100,000, default 2000), `seed`.
 * @returns The interval in NPS points.
 * @throws RangeError for a level outside (0, 1), a tally on another scale, `resamples` outside 1…100,000, the exact interval past 200 answers, or the bootstrap or exact interval on weighted data.
 * @throws TypeError for an unknown option or method, or an input that is neither a result nor a tally.
 * @example
 * ```ts
 * const r = npsFromCounts({ promoters: 50, passives: 30, detractors: 20 });
 * const i = npsInterval(r);
 * // R: the adjusted-Wald formula with qnorm(0.975) gives 14.0511… 44.2013…
 * [i.lower?.toFixed(2), i.upper?.toFixed(2)]; // => ['14.05', '44.20']
 * npsInterval(r, { method: 'wald' }).method; // => 'wald'
// Ten promoters: Wald collapses to [100, 100]; the exact lower limit is 100 · (2 · 0.025^(1/10) − 1).
npsInterval(npsFromCounts({ promoters: 10, passives: 0, detractors: 0 }), { method: 'exact' }).lower?.toFixed(2); // => '38.30'
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function npsInterval(input: NpsResult | Tally, options?: NetIntervalOptions): Interval {
  const fn = 'npsInterval';
  const o = readNetOptions(fn, options);
  const result =
    typeof input === 'object' && (input as unknown) !== null && 'counts' in input
      ? scoreNps(tallyOn(fn, { min: 0, max: 10 }, input))
      : input;
  const t = trinomialFrom(fn, result, 'promoters', 'detractors', 'passives');
  return trinomialInterval(fn, t, o.level, o.method, o.resamples, o.seed);
}
