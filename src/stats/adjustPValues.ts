import { excerpt } from '../internal/excerpt.js';
import { oneOf } from '../internal/options.js';

/**
 * Multiple-comparison adjustments, as in R's `p.adjust`.
 *
 * @category Statistics
 * @since 0.1.0
 */
export type AdjustMethod = 'holm' | 'hochberg' | 'bonferroni' | 'bh' | 'by';

/** The most p-values adjusted in one call (2²⁴): the output has one entry per input index. */
const MAX_P_VALUES = 16_777_216;

/**
 * Adjusts p-values for multiple comparisons (many segments, many periods), exactly as R's
 * `p.adjust`: `holm` (step-down, controls the family-wise error rate; the usual choice),
 * `hochberg` (step-up, FWER under independence), `bonferroni`, `bh` (Benjamini–Hochberg, controls
 * the false discovery rate) and `by` (Benjamini–Yekutieli, FDR under any dependence).
 *
 * `null` entries (a comparison without a p-value) stay `null` and do not count in the number of
 * tests, as R treats `NA`; so do `undefined` entries and the holes of a sparse array (a
 * missing p-value): each is `null` in the output, which is always a dense array with the
 * input's order and length. Values are capped at 1 and never −0 (a p of −0 reads as 0). At
 * most 2²⁴ (16,777,216) entries are adjusted at once.
 *
 * @param pValues - The p-values, each in [0, 1], or `null` / `undefined` / a hole for a missing one.
 * @param method - The adjustment.
 * @returns The adjusted p-values.
 * @throws RangeError for a p-value outside [0, 1] or more than 2²⁴ entries.
 * @throws TypeError for a non-array, a non-number entry or an unknown method.
 * @example
 * ```ts
 * // R: p.adjust(c(0.01, 0.04, 0.03, 0.2), "holm") is 0.04 0.09 0.09 0.2
 * adjustPValues([0.01, 0.04, 0.03, 0.2], 'holm'); // => [0.04, 0.09, 0.09, 0.2]
 * adjustPValues([0.01, null, 0.02], 'bonferroni'); // => [0.02, null, 0.04]
 * adjustPValues([0.01, , 0.02], 'bonferroni'); // => [0.02, null, 0.04]
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function adjustPValues(
  pValues: readonly (number | null | undefined)[],
  method: AdjustMethod,
): (number | null)[] {
  const fn = 'adjustPValues';
  if (!Array.isArray(pValues)) {
    throw new TypeError(`${fn}: pValues must be an array, received ${excerpt(pValues)}`);
  }
  const length = pValues.length;
  if (length > MAX_P_VALUES) {
    throw new RangeError(
      `${fn}: pValues has ${length} entries; at most ${MAX_P_VALUES} are adjusted at once`,
    );
  }
  const m = oneOf(fn, 'method', method, ['holm', 'hochberg', 'bonferroni', 'bh', 'by']);
  const present: { p: number; at: number }[] = [];
  // An index loop, so that the holes of a sparse array are read (as undefined: missing).
  for (let at = 0; at < length; at++) {
    const p: unknown = pValues[at];
    if (p === null || p === undefined) continue;
    if (typeof p !== 'number')
      throw new TypeError(
        `${fn}: p-value at index ${at} must be a number or null, received ${excerpt(p)}`,
      );
    if (!(p >= 0 && p <= 1))
      throw new RangeError(
        `${fn}: p-value at index ${at} must lie in [0, 1], received ${excerpt(p)}`,
      );
    present.push({ p: p + 0, at });
  }
  const out: (number | null)[] = new Array<number | null>(length).fill(null);
  const n = present.length;
  if (m === 'bonferroni') {
    for (const { p, at } of present) out[at] = Math.min(1, n * p);
    return out;
  }
  // Stable sorts, as R's order(): ascending for holm, descending for the step-up methods.
  if (m === 'holm') {
    const order = [...present].sort((x, y) => x.p - y.p);
    let running = 0;
    order.forEach(({ p, at }, i) => {
      running = Math.max(running, (n - i) * p);
      out[at] = Math.min(1, running);
    });
    return out;
  }
  const q =
    m === 'by' ? Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((s, x) => s + x, 0) : 1;
  const order = [...present].sort((x, y) => y.p - x.p);
  let running = Infinity;
  order.forEach(({ p, at }, j) => {
    const i = n - j; // the rank from the smallest, n for the largest p
    const factor = m === 'hochberg' ? n - i + 1 : (q * n) / i;
    running = Math.min(running, factor * p);
    out[at] = Math.min(1, running);
  });
  return out;
}
