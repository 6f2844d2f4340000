import type { MetricDescriptor, Scale, Tally } from '../core/types.js';
import { checkTally } from '../core/validateTally.js';
import { clamp, effectiveN } from './buildTally.js';
import { sameScale, scaleText } from './scale.js';

/** The leading fields of every result: the metric, then the sample sizes. */
export function resultBase<D extends MetricDescriptor>(
  metric: D,
  t: Tally,
): { metric: D; n: number; total: number; nEffective: number; skipped: number; invalid: number } {
  return {
    metric,
    n: t.n,
    total: t.total,
    nEffective: effectiveN(t),
    skipped: t.skipped,
    invalid: t.invalid,
  };
}

/** Validates a caller's tally for `fn` and checks that it is on `scale`. */
export function tallyOn(fn: string, scale: Scale, value: unknown): Tally {
  const t = checkTally(fn, value);
  if (!sameScale(t.scale, scale)) {
    throw new RangeError(
      `${fn}: the tally has scale ${scaleText(t.scale)}, but the metric counts on ${scaleText(scale)}`,
    );
  }
  return t;
}

/** `part / total`, or `null` when nothing was counted. */
export function ratio(part: number, total: number): number | null {
  return total === 0 ? null : part / total;
}

/** Σ of `counts[from..to)`. */
export function sum(counts: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += counts[i] as number;
  return s;
}

/** The mean point of a tally (kept on the scale against rounding), `null` when empty. */
export function meanOf(t: Tally): number | null {
  let s = 0;
  t.counts.forEach((c, i) => {
    s += i * c;
  });
  return t.total === 0 ? null : clamp(t.scale.min + s / t.total, t.scale.min, t.scale.max);
}
