/**
 * C(n, k) for k = 0 … min(n, upTo) as exact integers by C(n, k + 1) = C(n, k)·(n − k)/(k + 1),
 * or `null` as soon as a product leaves the safe integers.
 */
function exactChooses(n: number, upTo: number): number[] | null {
  const out = [1];
  let c = 1;
  for (let k = 0; k < Math.min(n, upTo); k++) {
    const q = c * (n - k);
    if (q > Number.MAX_SAFE_INTEGER) return null;
    c = q / (k + 1);
    out.push(c);
  }
  return out;
}

/** log C(n, k) for k = 0 … min(n, upTo), by the same recurrence (error growing only with k). */
function logChooses(n: number, upTo: number): number[] {
  const out = [0];
  let acc = 0;
  for (let k = 0; k < Math.min(n, upTo); k++) {
    acc += Math.log((n - k) / (k + 1));
    out.push(acc);
  }
  return out;
}

/**
 * The binomial rows C(nᵢ, k), k ≤ min(nᵢ, m), of a (multivariate) hypergeometric law: category
 * totals nᵢ, a group of m ≤ N/2 drawn from N = Σnᵢ. When C(N, m) is a safe integer every table
 * weight (a product of one entry per row, at most C(N, m)) is an exact integer, so the tail sums
 * and the p-value are exact — and a p-value of exactly 1 − level is never read as below it.
 * Otherwise the rows are logarithms (`log: true`), combined by `tableWeight` and scaled by
 * `relative`; no factorial of N is formed, so N may be in the millions.
 */
export function binomialRows(ns: readonly number[], m: number): { rows: number[][]; log: boolean } {
  const total = exactChooses(
    ns.reduce((s, n) => s + n, 0),
    m,
  );
  // C(n, k) ≤ C(N, k) for n ≤ N, and C(N, k) ≤ C(N, m) for k ≤ m ≤ N/2: the rows are exact too.
  if (total !== null) return { rows: ns.map((n) => exactChooses(n, m) as number[]), log: false };
  return { rows: ns.map((n) => logChooses(n, m)), log: true };
}

/** The weight of one table from its entries in the rows: their product, or the sum of logs. */
export function tableWeight(entries: readonly number[], log: boolean): number {
  return entries.reduce((w, e) => (log ? w + e : w * e), log ? 0 : 1);
}

/** The table weights as comparable numbers: as they are, or exp(log − max) from logarithms. */
export function relative(weights: readonly number[], log: boolean): number[] {
  if (!log) return [...weights];
  // A loop, not Math.max(...weights): up to MAX_TABLES arguments would overflow the stack.
  const max = weights.reduce((a, b) => Math.max(a, b), -Infinity);
  return weights.map((l) => Math.exp(l - max));
}
