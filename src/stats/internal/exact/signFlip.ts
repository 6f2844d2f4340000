/**
 * The exact sign-flip permutation test of a mean paired change.
 *
 * Internal module (not part of the public API): the callers pass checked counts.
 */
import { TIE } from './meanPermutation.js';

/**
 * log₂ P(X = k) for X ~ Binomial(n, ½), k = 0…n: from log₂ 2⁻ⁿ = −n by the ratios (n − k)/(k + 1)
 * up to the middle, then mirrored (P(X = k) = P(X = n − k)), so both ends, 2⁻ⁿ, are exact.
 */
function halfBinomialLog2(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  out[0] = -n;
  out[n] = -n;
  for (let k = 0; k + 1 <= n - k - 1; k++) {
    const next = (out[k] as number) + Math.log2((n - k) / (k + 1));
    out[k + 1] = next;
    out[n - k - 1] = next;
  }
  return out;
}

/** C(n, k) for k = 0…n by Pascal's rule: exact integers for n ≤ 56. */
function pascalRow(n: number): Float64Array {
  const row = new Float64Array(n + 1);
  row[0] = 1;
  for (let i = 1; i <= n; i++) {
    for (let k = i; k > 0; k--) row[k] = (row[k] as number) + (row[k - 1] as number);
  }
  return row;
}

/**
 * The two-sided p-value P(|S| ≥ |S_obs|) of the sum S = ΣΔᵢ of paired changes under the
 * sign-flip distribution (each non-zero change keeps or flips its sign with probability ½,
 * independently), for changes of size 1 (`ones` of them) and size 2 (`twos`) — a paired NPS
 * change Δ = s_a − s_b with s ∈ {−1, 0, 1}. Pairs without change do not move S.
 *
 * Algorithm: S = (2P₁ − n₁) + 2(2P₂ − n₂) with P₁ ~ Bin(n₁, ½) and P₂ ~ Bin(n₂, ½) independent,
 * so the test sums the products of the two binomial probabilities over the (n₁ + 1)(n₂ + 1)
 * outcomes with |S| ≥ |S_obs| — as exact counts up to 52 changes (p is then the exact fraction
 * k/2ⁿ, correctly rounded), beyond as base-2 logarithms, so that 2⁻¹⁰⁰⁰ stays representable and
 * exact; ties are counted with the relative tolerance {@link TIE} (S is an integer, so they are
 * exact). When
 * every change is equal (a collapsed z test) one of the counts is 0 and the cost is O(n).
 */
export function signFlipP(ones: number, twos: number, sum: number): number {
  // Up to 52 changes the outcomes are counted exactly (C(n₁, P₁)·C(n₂, P₂) ≤ C(52, 26) < 2⁴⁹),
  // so p is the exact fraction k/2ⁿ; beyond, base-2 logarithms of the probabilities.
  const counting = ones + twos <= 52;
  const l1 = counting ? pascalRow(ones) : halfBinomialLog2(ones);
  const l2 = counting ? pascalRow(twos) : halfBinomialLog2(twos);
  const observed = Math.abs(sum) * TIE;
  let pValue = 0;
  for (let p1 = 0; p1 <= ones; p1++) {
    for (let p2 = 0; p2 <= twos; p2++) {
      if (Math.abs(2 * p1 - ones + 2 * (2 * p2 - twos)) >= observed) {
        const a = l1[p1] as number;
        const b = l2[p2] as number;
        pValue += counting ? a * b : 2 ** (a + b);
      }
    }
  }
  return Math.min(1, counting ? pValue / 2 ** (ones + twos) : pValue);
}
