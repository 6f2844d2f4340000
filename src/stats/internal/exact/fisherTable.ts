import { binomialRows, relative, tableWeight } from './binomialRows.js';

/** The most 2 × k tables the exact test enumerates; beyond it the chi-square approximation is used. */
export const MAX_TABLES = 200_000;

/**
 * Fisher's exact test of a 2 × k table of integer counts (the Freeman–Halton extension, as R's
 * `fisher.test(rbind(a, b))`): conditional on the column totals, the smaller row's counts are
 * multivariate hypergeometric; p is the probability of every table no more likely than the
 * observed one, with R's relative tolerance 1e-7. `null` when there are more than `MAX_TABLES`
 * tables (counted first, in O(k·m²) for the smaller row's total m).
 */
export function fisherTableP(a: readonly number[], b: readonly number[]): number | null {
  const sa = a.reduce((s, x) => s + x, 0);
  const sb = b.reduce((s, x) => s + x, 0);
  const [row, m] = sa <= sb ? [a, sa] : [b, sb];
  const columns = a.map((x, j) => x + (b[j] as number));
  // ways[r]: the number of ways to place r answers in the columns seen so far (capped).
  let ways = [1];
  for (const c of columns) {
    const next = new Array<number>(m + 1).fill(0);
    ways.forEach((w, r) => {
      for (let x = 0; x <= c && r + x <= m; x++) {
        next[r + x] = Math.min(MAX_TABLES + 1, (next[r + x] as number) + w);
      }
    });
    ways = next;
  }
  if ((ways[m] as number) > MAX_TABLES) return null;
  const { rows, log } = binomialRows(columns, m);
  // room[j]: how many answers the columns from j on can still take, to prune dead ends.
  const room = columns.map((_, j) => columns.slice(j).reduce((s, c) => s + Math.min(c, m), 0));
  const weights: number[] = [];
  let observed = 0;
  const entries: number[] = [];
  const visit = (j: number, left: number, isObserved: boolean): void => {
    if (j === columns.length) {
      if (isObserved) observed = weights.length;
      weights.push(tableWeight(entries, log));
      return;
    }
    const r = rows[j] as number[];
    for (let x = Math.max(0, left - (room[j + 1] ?? 0)); x < r.length && x <= left; x++) {
      entries.push(r[x] as number);
      visit(j + 1, left - x, isObserved && x === row[j]);
      entries.pop();
    }
  };
  visit(0, m, true);
  const w = relative(weights, log);
  const limit = (w[observed] as number) * (1 + 1e-7);
  let total = 0;
  let tail = 0;
  for (const wi of w) {
    total += wi;
    if (wi <= limit) tail += wi;
  }
  return Math.min(1, tail / total);
}
