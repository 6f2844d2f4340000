import type { Tally } from '../core/types.js';
import { checkTally } from '../core/validateTally.js';
import { excerpt } from '../internal/excerpt.js';
import { readOptions } from '../internal/options.js';
import { ownFields } from '../internal/ownFields.js';
import { tQuantile } from './internal/distributions/studentT.js';
import { momentsOf } from './internal/moments.js';
import { checkLevel, clipped, noInterval } from './internal/shared.js';
import type { Interval } from './types.js';

/**
 * Options of {@link meanInterval}.
 *
 * @category Statistics
 * @since 0.1.0
 */
export interface MeanIntervalOptions {
  /** The confidence level in (0, 1); default 0.95. */
  readonly level?: number | undefined;
}

/**
 * Turns a tally or a result with `counts` and `metric.scale` into a checked tally, reading own
 * fields only (the copies have no prototype, so a polluted `Object.prototype` adds no field).
 */
export function tallyOfResult(fn: string, input: unknown): Tally {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(
      `${fn}: expected a result with counts or a tally, received ${excerpt(input)}`,
    );
  }
  const r = ownFields(input);
  // The checked tally is copied again without a prototype, so that readers downstream (the
  // effective n reads weightSquares) see no inherited field either.
  if (r.metric === undefined || r.counts === undefined) return ownTally(checkTally(fn, r));
  const base = ownFields({
    scale:
      typeof r.metric === 'object' && r.metric !== null ? ownFields(r.metric).scale : undefined,
    counts: r.counts,
    total: r.total,
    n: r.n,
    skipped: r.skipped,
    invalid: r.invalid,
  });
  // A weighted result carries nEffective, from which Σw² = total² / nEffective.
  if (typeof r.total === 'number' && typeof r.nEffective === 'number') {
    if (r.total !== r.n || r.nEffective !== r.n) {
      base.weightSquares = r.nEffective === 0 ? 0 : (r.total * r.total) / r.nEffective;
    }
  }
  return ownTally(checkTally(fn, base));
}

/** A checked tally as a null-prototype copy of its own fields. */
function ownTally(t: Tally): Tally {
  return ownFields(t) as unknown as Tally;
}

/**
 * Computes the Student t confidence interval for the mean answer of a tally: the CES score, the
 * CSAT mean, or any mean on an integer scale.
 *
 * x̄ ± t(1 − α/2, n − 1)·s/√n with the unbiased sample variance s², as R's `t.test`. Weighted data
 * use Kish's plug-in: n = n_eff, s² = Σ W_k (k − x̄)² / W · n_eff / (n_eff − 1) and a non-integer
 * df = n_eff − 1. Limits are clipped to the scale. With fewer than two answers (n_eff ≤ 1) the
 * variance is unknown and the limits are `null`; when every answer is the same, both limits
 * equal the mean.
 *
 * @param input - A tally, or a CES or CSAT result (anything with `counts` and `metric.scale`).
 * @param options - `level` (default 0.95).
 * @returns The interval on the answer scale, method `'t'`.
 * @throws RangeError for a level outside (0, 1) or an inconsistent tally.
 * @throws TypeError for an unknown option or an input that is neither a result nor a tally.
 * @example
 * ```ts
 * const i = meanInterval(ces([7, 6, 5, 4, 2]));
 * // R: t.test(c(7, 6, 5, 4, 2))$conf.int is 2.4116… 7.1884…; the upper limit is clipped to
 * // the scale's maximum, 7.
 * [i.lower?.toFixed(4), i.upper?.toFixed(4)]; // => ['2.4116', '7.0000']
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function meanInterval(
  input: Tally | { readonly counts: readonly number[] },
  options?: MeanIntervalOptions,
): Interval {
  const fn = 'meanInterval';
  const level = checkLevel(fn, readOptions(fn, options, ['level']).level);
  return tInterval(tallyOfResult(fn, input), level);
}

/** The Student t interval of a checked tally's mean, clipped to its scale. */
export function tInterval(t: Tally, level: number): Interval {
  if (t.total === 0) return noInterval(level, 't');
  const m = momentsOf(t);
  if (!(m.nEffective > 1)) return noInterval(level, 't');
  const h = tQuantile(1 - (1 - level) / 2, m.nEffective - 1) * Math.sqrt(m.variance / m.nEffective);
  return clipped(m.mean - h, m.mean + h, t.scale.min, t.scale.max, level, 't');
}
