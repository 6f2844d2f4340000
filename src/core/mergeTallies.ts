import { addTallyInto, type Counter, newCounter, toTally } from './count.js';
import { describe } from './describe.js';
import { readOptions } from './options.js';
import { checkScale, sameScale, scaleText } from './scale.js';
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
 *
 * @param tallies - The tallies to merge, in any order.
 * @param options - `scale`: the expected scale (required when `tallies` may be empty).
 * @returns A new tally; weighted when any input is weighted.
 * @throws RangeError when the scales differ, or when there is nothing to merge and no `scale`.
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
      `${fn}: tallies must be an iterable of tallies, received ${describe(tallies)}`,
    );
  }
  const one = (raw: unknown, i: number): void => {
    // The fast path checks a well-formed tally in place and adds it without copying; anything
    // it does not accept goes through the full validation, which names the problem.
    if (c === undefined || !addIfValid(c, raw)) {
      const t = checkTally(`${fn} (tally at index ${i})`, raw);
      c ??= newCounter(t.scale);
      if (!sameScale(c.scale, t.scale)) {
        throw new RangeError(
          `${fn}: tally at index ${i} has scale ${scaleText(t.scale)}, expected ${scaleText(c.scale)}`,
        );
      }
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

/**
 * Whether `x` is a count: a safe integer ≥ 0, or `undefined` (read as 0, as validateTally reads
 * skipped and invalid). A boolean, not the count itself: a helper returning either a count or a
 * marker was deoptimised ("not a Smi") and left merging 1.3× or 2× slower from run to run.
 */
function isCount(x: unknown): boolean {
  return x === undefined || (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0);
}

/**
 * Adds `raw` to the counter if it is a tally `validateTally` accepts on the counter's scale, and
 * reports whether it did. It checks the same rules without allocating: first everything, then it
 * adds, so a rejected tally leaves the counter untouched.
 */
function addIfValid(c: Counter, raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const t = raw as Partial<Record<keyof Tally, unknown>>;
  // No unknown keys: for…in must list exactly the fields that have a value. Counting is a third
  // of the cost of looking every key up (bench/README.md); anything unusual (an own field set to
  // undefined, an inherited or non-enumerable one) takes the full validation instead.
  let keys = 0;
  for (const _ in t) keys++;
  if (
    keys !==
    +(t.scale !== undefined) +
      +(t.counts !== undefined) +
      +(t.total !== undefined) +
      +(t.n !== undefined) +
      +(t.skipped !== undefined) +
      +(t.invalid !== undefined) +
      +(t.weightSquares !== undefined)
  )
    return false;
  const scale = t.scale as Partial<Record<'min' | 'max', unknown>> | null | undefined;
  const counts = t.counts;
  const acc = c.counts;
  const points = acc.length;
  if (typeof scale !== 'object' || scale?.min !== c.scale.min || scale.max !== c.scale.max) {
    return false;
  }
  if (!Array.isArray(counts) || counts.length !== points || typeof t.total !== 'number')
    return false;
  const ws = t.weightSquares;
  const weighted = ws !== undefined;
  let sum = 0;
  // Two loops rather than one with the weighted test inside: the unweighted one is the common
  // case and its check is the floor's (bench/targets/hand.mjs).
  if (weighted) {
    for (let k = 0; k < points; k++) {
      const x: unknown = counts[k];
      if (typeof x !== 'number' || !(x >= 0 && x < Infinity)) return false;
      sum += x;
    }
  } else {
    for (let k = 0; k < points; k++) {
      const x: unknown = counts[k];
      if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) return false;
      sum += x;
    }
  }
  const { n, skipped, invalid } = t;
  if (!isCount(n) || !isCount(skipped) || !isCount(invalid)) return false;
  if (weighted) {
    if (
      t.n === undefined ||
      typeof ws !== 'number' ||
      !(ws >= 0 && ws < Infinity) ||
      !(Math.abs(t.total - sum) <= 1e-9 * sum)
    )
      return false;
    const nEff = sum * (sum / ws);
    if (!(sum === 0 ? ws === 0 : ws > 0 && nEff >= 1 - 1e-9 && nEff <= (n as number) * (1 + 1e-9)))
      return false;
  } else if (!Number.isSafeInteger(sum) || t.total !== sum || t.n !== sum) return false;
  for (let k = 0; k < points; k++) acc[k] = (acc[k] as number) + (counts[k] as number);
  c.n += weighted ? (n as number) : sum;
  c.skipped += (skipped as number | undefined) ?? 0;
  c.invalid += (invalid as number | undefined) ?? 0;
  c.weightSquares += weighted ? ws : sum;
  c.weighted ||= weighted;
  return true;
}
