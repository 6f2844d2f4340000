import type { Scale, Tally } from '../core/types.js';
import { excerpt } from './excerpt.js';
import { nonNegative, wholeNumber } from './options.js';

/** Relative tolerance for consistency checks between floating-point weight sums. */
const TOLERANCE = 1e-9;

/** The parts of a tally besides its counts, as the caller supplied them (unchecked). */
export interface TallyParts {
  readonly n?: unknown;
  readonly skipped?: unknown;
  readonly invalid?: unknown;
  readonly weightSquares?: unknown;
}

/**
 * Checks counts and parts against a (checked) scale and returns a fresh tally; `total` is
 * recomputed as Σ counts in point order. Unweighted counts are safe integers; weighted ones
 * finite non-negative numbers whose `weightSquares` must be consistent (1 ≤ nEffective ≤ n).
 */
export function buildTally(
  fn: string,
  scale: Scale,
  counts: ArrayLike<unknown>,
  parts: TallyParts,
): Tally {
  const points = scale.max - scale.min + 1;
  if (counts.length !== points) {
    throw new RangeError(
      `${fn}: counts must have one entry per scale point (${points} for ${scale.min}–${scale.max}), received ${counts.length}`,
    );
  }
  const weighted = parts.weightSquares !== undefined;
  const out: number[] = [];
  let total = 0;
  for (let i = 0; i < points; i++) {
    let x = counts[i];
    // Checked inline; the message is only built for a bad count.
    if (
      !(
        typeof x === 'number' &&
        (weighted ? x >= 0 && x < Infinity : Number.isSafeInteger(x) && x >= 0)
      )
    ) {
      const name = `count of point ${scale.min + i}`;
      x = weighted ? nonNegative(fn, name, x) : wholeNumber(fn, name, x);
    }
    out.push((x as number) + 0);
    total += x as number;
  }
  if (!weighted && !Number.isSafeInteger(total)) {
    throw new RangeError(`${fn}: the counts add up to ${total}, beyond 2^53 − 1`);
  }
  if (weighted && parts.n === undefined) {
    throw new TypeError(
      `${fn}: n (the number of answers behind the weighted counts) is required with weightSquares`,
    );
  }
  const n = parts.n === undefined ? total : wholeNumber(fn, 'n', parts.n);
  if (!weighted && n !== total) {
    throw new RangeError(
      `${fn}: n must equal the sum of the counts (${total}) when unweighted, received ${n}`,
    );
  }
  const tally = {
    scale: { min: scale.min, max: scale.max },
    counts: out,
    total,
    n,
    skipped: parts.skipped === undefined ? 0 : wholeNumber(fn, 'skipped', parts.skipped),
    invalid: parts.invalid === undefined ? 0 : wholeNumber(fn, 'invalid', parts.invalid),
  };
  if (!weighted) return tally;
  const ws = nonNegative(fn, 'weightSquares', parts.weightSquares);
  // Σw² ≤ (Σw)² and (Σw)² ≤ n·Σw², i.e. 1 ≤ total·(total/Σw²) ≤ n; both zero when every weight
  // is 0. The ratio form cannot overflow for large weight sums.
  const nEff = total * (total / ws);
  const ok =
    total === 0 ? ws === 0 : ws > 0 && nEff >= 1 - TOLERANCE && nEff <= n * (1 + TOLERANCE);
  if (!ok) {
    throw new RangeError(
      `${fn}: weightSquares ${excerpt(ws)} does not fit total ${total} and n ${n}: total²/weightSquares (the effective sample size) must lie between 1 and n`,
    );
  }
  return { ...tally, weightSquares: ws };
}

/**
 * Kish's effective sample size of a tally: n unweighted, total²/Σw² weighted (kept within
 * [1, n] against rounding), 0 when empty. An unweighted tally has no own `weightSquares`: one
 * inherited from a polluted Object.prototype is not read.
 */
export function effectiveN(t: Tally): number {
  if (!Object.hasOwn(t, 'weightSquares')) return t.n;
  return t.total === 0 ? 0 : clamp(t.total * (t.total / (t.weightSquares as number)), 1, t.n);
}

/** Keeps a value within [lo, hi]: a weighted score may leave its range by an ulp of rounding. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
