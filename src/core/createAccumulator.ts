import {
  addOne,
  addTallyInto,
  checkTallyRoom,
  newCounter,
  readPolicy,
  toTally,
} from '../internal/count.js';
import { readOptions } from '../internal/options.js';
import { checkScale, sameScale, scaleText } from '../internal/scale.js';
import type { AnswerOptions, Scale, Tally } from './types.js';
import { checkTally } from './validateTally.js';

/**
 * A mutable builder for answers that arrive one at a time (a live dashboard, a queue consumer).
 * It is the only mutable object in the library; its snapshots are immutable tallies.
 *
 * @category Core
 * @since 0.1.0
 */
export interface Accumulator {
  /** The scale answers are counted on. */
  readonly scale: Scale;
  /**
   * Counts one answer under the input policy, with an optional weight (default 1). The answer's
   * position in error messages is the number of answers added before it.
   */
  add(answer: number | null | undefined, weight?: number): Accumulator;
  /** Adds a whole tally on the same scale (validated as by `validateTally`). */
  addTally(tally: Tally): Accumulator;
  /** A snapshot of what has been counted so far, as a new plain tally. */
  tally(): Tally;
}

/**
 * Creates an accumulator that counts answers one at a time into a tally.
 *
 * The same input policy as {@link tally} applies to every `add`: missing answers are counted in
 * `skipped`; invalid ones throw or, with `invalid: 'skip'`, are counted in `invalid`. Once any
 * answer is added with a weight, or a weighted tally is added, snapshots are weighted tallies in
 * which the other answers have weight 1. A call of `add` or `addTally` that throws leaves the
 * accumulator as it was (a refused `add(8, -1)` does not make later snapshots weighted), and so
 * does one that would take a count past 2^53 − 1, where counts stop being exact (a RangeError).
 * Methods name themselves in errors: `createAccumulator.add`, `createAccumulator.addTally`.
 *
 * @param scale - The integer scale, e.g. `{ min: 0, max: 10 }`.
 * @param options - `invalid` and `nan` of the input policy.
 * @returns A new, empty accumulator.
 * @throws RangeError for a bad scale; `add` throws as {@link tally} does, and `add`/`addTally`
 *   when a count would pass 2^53 − 1.
 * @throws TypeError for an unknown option.
 * @example
 * ```ts
 * const acc = createAccumulator({ min: 0, max: 10 });
 * acc.add(10).add(9).add(null).add(2);
 * acc.tally().n; // => 3
 * acc.tally().skipped; // => 1
 * ```
 * @category Core
 * @since 0.1.0
 */
export function createAccumulator(
  scale: Scale,
  options?: Pick<AnswerOptions, 'invalid' | 'nan'>,
): Accumulator {
  const fn = 'createAccumulator';
  // The methods' names, built once: a template literal per add would allocate a string each time.
  const add = 'createAccumulator.add';
  const addTally = 'createAccumulator.addTally';
  const s = checkScale(fn, scale);
  const policy = readPolicy(fn, readOptions(fn, options, ['invalid', 'nan']));
  const c = newCounter(s);
  let position = 0;
  const acc: Accumulator = {
    scale: { min: s.min, max: s.max },
    add(answer, weight) {
      // The position moves on only once the answer is counted: a refused add changes nothing.
      addOne(add, c, policy, answer, weight !== undefined, weight, position);
      position++;
      return acc;
    },
    addTally(value) {
      const t = checkTally(addTally, value);
      if (!sameScale(t.scale, s)) {
        throw new RangeError(
          `${addTally}: the tally has scale ${scaleText(t.scale)}, expected ${scaleText(s)}`,
        );
      }
      checkTallyRoom(addTally, c, t);
      addTallyInto(c, t);
      return acc;
    },
    tally: () => toTally(c),
  };
  return acc;
}
