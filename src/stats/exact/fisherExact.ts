import { binomialRows, relative, tableWeight } from './binomialRows.js';

/**
 * Fisher's exact test of two shares, two-sided as R's `fisher.test`: conditional on the pooled
 * successes, the first group's successes are hypergeometric; the p-value is the probability of
 * every table no more likely than the observed one, with R's relative tolerance 1e-7 so that
 * ties are counted. Integer counts; the work is O(min(n1, n2)), and the p-value is exact
 * (a ratio of exact integers) whenever C(n1 + n2, min(n1, n2)) is below 2⁵³.
 */
export function fisherExactP(x1: number, n1: number, x2: number, n2: number): number {
  // Enumerate the smaller group: the test is symmetric in the two groups.
  const [x, m, n] = n1 <= n2 ? [x1, n1, n2] : [x2, n2, n1];
  const k = x1 + x2;
  const { rows, log } = binomialRows([k, m + n - k], m);
  const [rk, rrest] = rows as [number[], number[]];
  const support: number[] = [];
  const weights: number[] = [];
  for (let j = Math.max(0, k - n); j <= Math.min(m, k); j++) {
    support.push(j);
    weights.push(tableWeight([rk[j] as number, rrest[m - j] as number], log));
  }
  const w = relative(weights, log);
  const observed = (w[support.indexOf(x)] as number) * (1 + 1e-7);
  let total = 0;
  let tail = 0;
  for (const wj of w) {
    total += wj;
    if (wj <= observed) tail += wj;
  }
  return Math.min(1, tail / total);
}
