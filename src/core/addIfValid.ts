import type { Counter } from './count.js';
import type { Tally } from './types.js';

/**
 * Whether `x` is a count: a safe integer ≥ 0, or `undefined` (read as 0, as validateTally reads
 * skipped and invalid). A boolean, not the count itself: a helper returning either a count or a
 * marker was deoptimised ("not a Smi") and left merging 1.3× or 2× slower from run to run.
 */
function isCount(x: unknown): boolean {
  return x === undefined || (typeof x === 'number' && Number.isSafeInteger(x) && x >= 0);
}

/**
 * The fast path of `mergeTallies`: adds `raw` to the counter if it is a tally `validateTally`
 * accepts on the counter's scale whose enumerable keys are exactly its known fields that have a
 * value, and reports whether it did (test/core/addIfValid.test.ts holds it to exactly that; any
 * tally it declines goes through the full validation, so a decline is invisible in results). It
 * checks the same rules without allocating: first everything, then it adds, so a rejected tally
 * leaves the counter untouched.
 */
export function addIfValid(c: Counter, raw: unknown): boolean {
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
