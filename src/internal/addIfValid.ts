import type { Tally } from '../core/types.js';
import type { Counter } from './count.js';

/**
 * Whether `x` is a count: a safe integer ≥ 0, or `undefined` (read as 0, as validateTally reads
 * skipped and invalid). A boolean, not the count itself: a helper returning either a count or a
 * marker was deoptimised ("not a Smi") and left merging 1.3× or 2× slower from run to run.
 */
function isCount(x: unknown): boolean {
  return x === undefined || (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0);
}

/**
 * Whether Object.prototype has no enumerable property, so that for…in over a plain object lists
 * its own keys only. Another module may have polluted it (`Object.prototype.weightSquares = 200`):
 * then mergeTallies sends every tally through the full validation.
 */
export function plainPrototype(): boolean {
  for (const _ in Object.prototype) return false;
  // Nor a non-enumerable min or max, which a scale lacking its own would inherit. (An inherited
  // non-enumerable tally field needs no check: it is read but not listed, so the key count of
  // addIfValid differs.)
  return !('min' in Object.prototype || 'max' in Object.prototype);
}

/** Whether `x` is a plain object (prototype Object.prototype or null). */
function plainObject(x: object): boolean {
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * The fast path of `mergeTallies`: adds `raw` to the counter if it is a tally `validateTally`
 * accepts on the counter's scale whose enumerable keys are exactly its own known fields that
 * have a value (nothing inherited), and reports whether it did (test/core/addIfValid.test.ts
 * holds it to exactly that; any tally it declines goes through the full validation, so a decline
 * is invisible in results). It checks the same rules without allocating: each field and count is
 * read once, and each count is checked and added in the same step into `buffers.spare` (a
 * buffer of one entry per point), which replaces the counter's counts only once everything is
 * checked; the old counts become the spare. So a getter or Proxy cannot hand it another value
 * after the check, and a rejected tally leaves the counter untouched. A tally that would take a
 * count past 2^53 − 1 is declined too: the full validation throws for it.
 */
export function addIfValid(c: Counter, raw: unknown, buffers: { spare: Float64Array }): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const t = raw as Partial<Record<keyof Tally, unknown>>;
  // No unknown or inherited keys: for…in must list exactly the own fields that have a value.
  // Counting is a third of the cost of looking every key up (bench/README.md). A plain object
  // lists only its own keys when Object.prototype has no enumerable property and none of the
  // fields read here (mergeTallies checks that once per call, see plainPrototype), so every
  // field read below is own, and an own non-enumerable one breaks the count. Anything unusual
  // (an own field set to undefined, another prototype) takes the full validation instead, which
  // reads own properties only. One check per tally (and per scale) rather than an Object.hasOwn
  // per key.
  if (!plainObject(t)) return false;
  let keys = 0;
  for (const _ in t) keys++;
  const { scale: s, counts, total, n, skipped, invalid, weightSquares: ws } = t;
  if (
    keys !==
    +(s !== undefined) +
      +(counts !== undefined) +
      +(total !== undefined) +
      +(n !== undefined) +
      +(skipped !== undefined) +
      +(invalid !== undefined) +
      +(ws !== undefined)
  )
    return false;
  const scale = s as Partial<Record<'min' | 'max', unknown>> | null | undefined;
  const acc = c.counts;
  const next = buffers.spare;
  const points = acc.length;
  if (
    typeof scale !== 'object' ||
    scale?.min !== c.scale.min ||
    scale.max !== c.scale.max ||
    !plainObject(scale)
  ) {
    return false;
  }
  if (!Array.isArray(counts) || counts.length !== points || typeof total !== 'number') return false;
  const weighted = ws !== undefined;
  let sum = 0;
  // Two loops rather than one with the weighted test inside: the unweighted one is the common
  // case and its check is the floor's (bench/targets/hand.mjs).
  if (weighted) {
    for (let k = 0; k < points; k++) {
      const x: unknown = counts[k];
      if (typeof x !== 'number' || !(x >= 0 && x < Infinity)) return false;
      next[k] = (acc[k] as number) + x;
      sum += x;
    }
  } else {
    for (let k = 0; k < points; k++) {
      const x: unknown = counts[k];
      if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) return false;
      next[k] = (acc[k] as number) + x;
      sum += x;
    }
  }
  if (!isCount(n) || !isCount(skipped) || !isCount(invalid)) return false;
  if (weighted) {
    if (
      n === undefined ||
      typeof ws !== 'number' ||
      !(ws >= 0 && ws < Infinity) ||
      !(Math.abs(total - sum) <= 1e-9 * sum)
    )
      return false;
    const nEff = sum * (sum / ws);
    if (!(sum === 0 ? ws === 0 : ws > 0 && nEff >= 1 - 1e-9 && nEff <= (n as number) * (1 + 1e-9)))
      return false;
  } else if (!Number.isSafeInteger(sum) || total !== sum || n !== sum) return false;
  const answers = weighted ? (n as number) : sum;
  const sk = (skipped as number | undefined) ?? 0;
  const inv = (invalid as number | undefined) ?? 0;
  // A count past 2^53 − 1 or an overflowing Σ w²: the full validation throws for it.
  const max = Number.MAX_SAFE_INTEGER;
  if (
    c.n + answers > max ||
    c.skipped + sk > max ||
    c.invalid + inv > max ||
    !(c.weightSquares + (weighted ? ws : sum) < Infinity)
  )
    return false;
  c.counts = next;
  buffers.spare = acc;
  c.n += answers;
  c.skipped += sk;
  c.invalid += inv;
  c.weightSquares += weighted ? ws : sum;
  c.weighted ||= weighted;
  return true;
}
