import { describe } from '../core/describe.js';
import { oneOf } from '../core/options.js';

/**
 * Multiple-comparison adjustments, as in R's `p.adjust`.
 *
 * @category Statistics
 * @since 0.1.0
 */
export type AdjustMethod = 'holm' | 'hochberg' | 'bonferroni' | 'bh' | 'by';

/**
 * Adjusts p-values for multiple comparisons (many segments, many periods), exactly as R's
 * `p.adjust`: `holm` (step-down, controls the family-wise error rate; the usual choice),
 * `hochberg` (step-up, FWER under independence), `bonferroni`, `bh` (Benjamini–Hochberg, controls
 * the false discovery rate) and `by` (Benjamini–Yekutieli, FDR under any dependence).
 *
 * `null` entries (a comparison without a p-value) stay `null` and do not count in the number of
 * tests, as R treats `NA`. The output has the input's order and length; values are capped at 1.
 *
 * @param pValues - The p-values, each in [0, 1] or `null`.
 * @param method - The adjustment.
 * @returns The adjusted p-values.
 * @throws RangeError for a p-value outside [0, 1].
 * @throws TypeError for a non-array, a non-number entry or an unknown method.
 * @example
 * ```ts
 * // R: p.adjust(c(0.01, 0.04, 0.03, 0.2), "holm") is 0.04 0.09 0.09 0.2
 * adjustPValues([0.01, 0.04, 0.03, 0.2], 'holm'); // => [0.04, 0.09, 0.09, 0.2]
 * adjustPValues([0.01, null, 0.02], 'bonferroni'); // => [0.02, null, 0.04]
 * ```
 * @category Statistics
 * @since 0.1.0
 */
export function adjustPValues(
  pValues: readonly (number | null)[],
  method: AdjustMethod,
): (number | null)[] {
  const fn = 'adjustPValues';
  const m = oneOf(fn, 'method', method, ['holm', 'hochberg', 'bonferroni', 'bh', 'by']);
  if (!Array.isArray(pValues)) {
    throw new TypeError(`${fn}: pValues must be an array, received ${describe(pValues)}`);
  }
  const present: { p: number; at: number }[] = [];
  pValues.forEach((p: unknown, at) => {
    if (p === null) return;
    if (typeof p !== 'number')
      throw new TypeError(
        `${fn}: p-value at index ${at} must be a number or null, received ${describe(p)}`,
      );
    if (!(p >= 0 && p <= 1))
      throw new RangeError(
        `${fn}: p-value at index ${at} must lie in [0, 1], received ${describe(p)}`,
      );
    present.push({ p, at });
  });
  const out: (number | null)[] = pValues.map(() => null);
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
