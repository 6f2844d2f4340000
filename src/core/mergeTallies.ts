import { addIfValid, plainPrototype } from '../internal/addIfValid.js';
import {
  addTallyInto,
  type Counter,
  checkTallyRoom,
  newCounter,
  toTally,
} from '../internal/count.js';
import { excerpt } from '../internal/excerpt.js';
import { readOptions } from '../internal/options.js';
import { checkScale, sameScale, scaleText } from '../internal/scale.js';
import type { Scale, Tally } from './types.js';
import { checkTally } from './validateTally.js';

/**
 * Options of {@link mergeTallies}.
 *
 * @category Core
 * @since 0.1.0
 */
export interface MergeTalliesOptions {
  /** The scale every tally must have; required to merge nothing into an empty tally. */
  readonly scale?: Scale | undefined;
}

/**
 * Adds tallies on the same scale into one: counts, `n`, `skipped` and `invalid` add up.
 *
 * Merging is associative and commutative, and the empty tally is its identity — exactly for
 * integer counts, to about 1e-12 relative for weighted sums (floating-point addition is not
 * associative). An unweighted tally merges into a weighted one as answers of weight 1, so its
 * `weightSquares` contribution is its `total`. Each tally is validated as by `validateTally`.
 * Takes an iterable, not rest arguments, so 200,000 tallies cannot overflow the call stack.
 * Only own properties of a tally are read, each once. A merged count (`n`, `skipped`,
 * `invalid`, and so every unweighted count) past 2^53 − 1 would no longer be exact: that throws
 * a RangeError rather than returning a tally `validateTally` rejects (so does a Σ w² that would
 * overflow).
 *
 * @param tallies - The tallies to merge, in any order.
 * @param options - `scale`: the expected scale (required when `tallies` may be empty).
 * @returns A new tally; weighted when any input is weighted.
 * @throws RangeError when the scales differ, when there is nothing to merge and no `scale`, or
 *   when a merged count would pass 2^53 − 1 (or Σ w² overflow).
 * @throws TypeError when `tallies` is not iterable or an item is not a tally.
 * @example
 * ```ts
 * const scale = { min: 0, max: 10 };
 * const merged = mergeTallies([tally([10, 9], scale), tally([3], scale)]);
 * merged.counts; // => [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1]
 * merged.total; // => 3
 * ```
 * @category Core
 * @since 0.1.0
 */
export function mergeTallies(tallies: Iterable<Tally>, options?: MergeTalliesOptions): Tally {
  const fn = 'mergeTallies';
  const opts = readOptions(fn, options, ['scale']);
  let c: Counter | undefined =
    opts.scale === undefined ? undefined : newCounter(checkScale(fn, opts.scale));
  if (typeof (tallies as Partial<Iterable<Tally>> | null)?.[Symbol.iterator] !== 'function') {
    throw new TypeError(
      `${fn}: tallies must be an iterable of tallies, received ${excerpt(tallies)}`,
    );
  }
  // The fast path's spare buffer: a tally's counts are added into it and it replaces the
  // counter's once the tally is checked (see addIfValid).
  let buffers: { spare: Float64Array } | undefined;
  // A polluted Object.prototype would show in the fast path's key count: skip it then.
  const fast = plainPrototype();
  const one = (raw: unknown, i: number): void => {
    // The fast path checks a well-formed tally in place and adds it without copying; anything
    // it does not accept goes through the full validation, which names the problem.
    if (c !== undefined) buffers ??= { spare: new Float64Array(c.counts.length) };
    if (c === undefined || !fast || !addIfValid(c, raw, buffers as { spare: Float64Array })) {
      const t = checkTally(`${fn}: tally at index ${i}`, raw);
      c ??= newCounter(t.scale);
      if (!sameScale(c.scale, t.scale)) {
        throw new RangeError(
          `${fn}: tally at index ${i} has scale ${scaleText(t.scale)}, expected ${scaleText(c.scale)}`,
        );
      }
      checkTallyRoom(fn, c, t);
      addTallyInto(c, t);
    }
  };
  // Arrays by index: a for…of loop over 10⁴ tallies is compiled on stack (OSR) in the first call,
  // and that code made later calls 10–15 % slower in about half of all processes.
  if (Array.isArray(tallies)) for (let i = 0; i < tallies.length; i++) one(tallies[i], i);
  else {
    let i = 0;
    for (const raw of tallies) one(raw, i++);
  }
  if (c === undefined) {
    throw new RangeError(
      `${fn}: there are no tallies to merge; pass options.scale to get an empty tally`,
    );
  }
  return toTally(c);
}
