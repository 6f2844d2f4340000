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
export const TIE = 0.9999999; // 1 − 1e-7, a literal so bundlers can drop it

/**
 * The largest dynamic programme run: (distinct pooled points) × (m + 1) × (the range of the
 * smaller group's sum + 1) cells. A 0–10 scale with m = 29 needs 11 × 30 × 291 ≈ 96,000 cells,
 * a 0–100 slider 101 × 30 × 2,901 ≈ 8.8 M (about 50–100 ms here); a 10,001-point scale could
 * need 9e10. Above it the caller uses the normal approximation of the same distribution.
 */
const MEAN_PERMUTATION_CELLS = 1e7;

/**
 * The two-sided p-value P(|Δ̄| ≥ |Δ̄_obs|) of the difference in means between two groups of
 * integer counts on one scale (`a[k]`, `b[k]` answers at point k), under the permutation
 * distribution given the pooled answers (every split of the pooled answers into groups of the
 * observed sizes equally likely), as `coin::oneway_test(..., distribution = "exact")`.
 *
 * Algorithm: Δ̄ = (N·s − m·T)/(m·(N − m)) is monotone in the smaller group's sum s (m answers
 * of N, pooled sum T), so the test needs the distribution of s: a dynamic programme over the
 * scale points counts the splits by that sum, x of a point's c pooled answers being picked in
 * C(c, x) ways, and p = (splits with |Δ̄| ≥ |Δ̄_obs|) / (all splits). While the counts and the
 * products forming them stay below 2⁵³ (any 16 against 16 answers, 2 against 10⁷) they are exact
 * integers, so p is the exact fraction, correctly rounded (a p equal to 1 − level is never read
 * as below it); beyond, they are rounded to about 1e-15 relative. Past 2³² pooled answers each count is
 * scaled by N⁻ˣ (every split by the same N⁻ᵐ, so the ratio is unchanged) to stay below the
 * largest double. The cost is (distinct pooled points) × (m + 1) × (range of s + 1) cells,
 * O(k²·m³) at most; past {@link MEAN_PERMUTATION_CELLS} the answer is `null` (not computed).
 * Both groups must be non-empty.
 */
export function meanPermutationP(a: readonly number[], b: readonly number[]): number | null {
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
  if (values.length * (m + 1) * width > MEAN_PERMUTATION_CELLS) return null;
  const scale = N < 2 ** 32 ? 1 : 1 / N;
  let f = new Float64Array((m + 1) * width);
  let g = new Float64Array((m + 1) * width);
  f[0] = 1;
  let reach = 0;
  const weights = new Float64Array(m + 1);
  values.forEach((value, p) => {
    const v = value - lo;
    const c = pooled[p] as number;
    g.fill(0);
    // weights[x] = C(c, x)·scaleˣ: the ways to pick x of this point's c answers.
    const top = Math.min(c, m);
    for (let x = 0, ways = 1; x <= top; x++) {
      weights[x] = ways;
      ways = ((ways * (c - x)) / (x + 1)) * scale;
    }
    for (let j = 0; j <= m; j++) {
      const row = j * width;
      const last = j * reach;
      for (let x = 0; x <= Math.min(top, m - j); x++) {
        const w = weights[x] as number;
        const to = row + x * (width + v);
        for (let s = 0; s <= last; s++)
          g[to + s] = (g[to + s] as number) + (f[row + s] as number) * w;
      }
    }
    [f, g] = [g, f];
    reach = v;
  });
  let hits = 0;
  let all = 0;
  const row = m * width;
  for (let s = 0; s < width; s++) {
    const ways = f[row + s] as number;
    all += ways;
    if (Math.abs(N * s - m * T) >= observed * TIE) hits += ways;
  }
  return Math.min(1, hits / all);
}
