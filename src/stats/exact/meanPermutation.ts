/**
 * The exact permutation test of a difference in means on an integer scale.
 *
 * Internal module (not part of the public API): the callers pass checked integer counts.
 */

/**
 * The comparison |D| ≥ |D_obs| of the exact tests is |D| ≥ |D_obs|·TIE, a relative tolerance of
 * 1e-7 (as R's `fisher.test` compares probabilities), so that ties are counted whatever the
 * rounding. Here D takes values N·s − m·T that are N apart and at most N·(k − 1)·m from 0, so
 * on a scale of at most 10,001 points with m < 30 the tolerance never merges two distinct values.
 */
export const TIE: number = 1 - 1e-7;

/**
 * The largest dynamic programme run: (distinct pooled points) × (m + 1) × (the range of the
 * smaller group's sum + 1) cells. A 0–10 scale with m = 29 needs 11 × 30 × 291 ≈ 96,000 cells,
 * a 0–100 slider 101 × 30 × 2,901 ≈ 8.8 M (about 50–100 ms here); a 10,001-point scale could
 * need 9e10. Above it the caller uses the normal approximation of the same distribution.
 */
export const MEAN_PERMUTATION_CELLS = 1e7;

/** Binomial coefficients C(d, x) for d ≤ m, exact (all below 2⁵³ for m < 57). */
function pascal(m: number): number[][] {
  const rows: number[][] = [[1]];
  for (let d = 1; d <= m; d++) {
    const prev = rows[d - 1] as number[];
    const row = [1];
    for (let x = 1; x < d; x++) row.push((prev[x - 1] as number) + (prev[x] as number));
    row.push(1);
    rows.push(row);
  }
  return rows;
}

/**
 * C(N, m), the number of splits, when counting them is exact in doubles: C(N, m)·m ≤ 2⁵³, which
 * bounds every C(c, x)·x (c ≤ N, x ≤ m ≤ N/2) and every partial count; 0 otherwise.
 */
function exactSplits(N: number, m: number): number {
  let ways = 1;
  for (let i = 1; i <= m; i++) {
    // ways·(N − m + i) = C(N − m + i, i)·i ≤ C(N, m)·m.
    if (ways * (N - m + i) > 2 ** 53 / m) return 0;
    ways = (ways * (N - m + i)) / i;
  }
  return ways;
}

/**
 * The number of cells the dynamic programme of {@link meanPermutationP} visits for these counts
 * (see {@link MEAN_PERMUTATION_CELLS}).
 */
export function meanPermutationCells(a: readonly number[], b: readonly number[]): number {
  let na = 0;
  let nb = 0;
  let lo = -1;
  let hi = -1;
  let points = 0;
  a.forEach((c, k) => {
    const pooled = c + (b[k] as number);
    na += c;
    nb += b[k] as number;
    if (pooled > 0) {
      if (lo < 0) lo = k;
      hi = k;
      points++;
    }
  });
  const m = Math.min(na, nb);
  return points * (m + 1) * ((hi - lo) * m + 1);
}

/**
 * The two-sided p-value P(|Δ̄| ≥ |Δ̄_obs|) of the difference in means between two groups of
 * integer counts on one scale (`a[k]`, `b[k]` answers at point k), under the permutation
 * distribution given the pooled answers (every split of the pooled answers into groups of the
 * observed sizes equally likely), as `coin::oneway_test(..., distribution = "exact")`.
 *
 * Algorithm: Δ̄ = (N·s − m·T)/(m·(N − m)) is monotone in the smaller group's sum s (m answers
 * of N, pooled sum T), so the test needs the distribution of s: a dynamic programme over the
 * scale points. When the C(N, m) splits can be counted exactly in doubles (C(N, m)·m ≤ 2⁵³: every
 * case up to 16 against 16 answers, two answers against 10⁷), it counts them (x of the c pooled
 * answers at a point in C(c, x) ways), so p is the exact fraction, correctly rounded, and a p
 * equal to 1 − level is never read as below it. Otherwise it draws x of the c pooled answers at
 * each point from the R not yet assigned with the conditional (hypergeometric) probability
 * C(d, x)·Π(c − i)/(R − i)·Π(R − c − i)/(R − x − i) for d = m − j still to draw, so every cell
 * holds a probability and nothing overflows (about 1e-14 relative). The cost is
 * {@link meanPermutationCells}, O(k²·m³) at most.
 * Both groups must be non-empty.
 */
export function meanPermutationP(a: readonly number[], b: readonly number[]): number {
  let na = 0;
  let nb = 0;
  let sa = 0;
  let sb = 0;
  const values: number[] = [];
  const pooled: number[] = [];
  a.forEach((c, k) => {
    const cb = b[k] as number;
    na += c;
    nb += cb;
    sa += k * c;
    sb += k * cb;
    if (c + cb > 0) {
      values.push(k);
      pooled.push(c + cb);
    }
  });
  const m = Math.min(na, nb);
  const N = na + nb;
  const lo = values[0] as number;
  const span = (values[values.length - 1] as number) - lo;
  // Sums as offsets from m·lo, so the array is as short as the data allow.
  const T = sa + sb - N * lo;
  const observed = Math.abs(N * ((na <= nb ? sa : sb) - m * lo) - m * T);
  const width = span * m + 1;
  const total = exactSplits(N, m);
  const binom = pascal(m);
  let f = new Float64Array((m + 1) * width);
  let g = new Float64Array((m + 1) * width);
  f[0] = 1;
  let remaining = N;
  let reach = 0;
  const weights = new Float64Array(m + 1);
  values.forEach((value, p) => {
    const v = value - lo;
    const c = pooled[p] as number;
    const R = remaining;
    g.fill(0);
    for (let j = 0; j <= m; j++) {
      const d = m - j;
      const top = Math.min(c, d);
      for (let x = 0, ways = 1; x <= top; x++) {
        if (total > 0) {
          // Counting: C(c, x) ways to pick x of this point's c answers (an exact integer).
          weights[x] = ways;
          ways = (ways * (c - x)) / (x + 1);
          continue;
        }
        // weights[x] = P(x of the d still to draw fall on this point).
        let w = (binom[d] as number[])[x] as number;
        for (let i = 0; i < x; i++) w *= (c - i) / (R - i);
        for (let i = 0; i < d - x; i++) w *= (R - c - i) / (R - x - i);
        weights[x] = w;
      }
      const row = j * width;
      const last = j * reach;
      for (let x = 0; x <= top; x++) {
        const w = weights[x] as number;
        const to = row + x * (width + v);
        for (let s = 0; s <= last; s++)
          g[to + s] = (g[to + s] as number) + (f[row + s] as number) * w;
      }
    }
    [f, g] = [g, f];
    remaining -= c;
    reach = v;
  });
  let pValue = 0;
  const row = m * width;
  for (let s = 0; s < width; s++) {
    if (Math.abs(N * s - m * T) >= observed * TIE) pValue += f[row + s] as number;
  }
  return Math.min(1, total > 0 ? pValue / total : pValue);
}
