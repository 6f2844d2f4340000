import { binomialRows, relative, tableWeight } from './binomialRows.js';
import { TIE } from './meanPermutation.js';

/** Integer category counts of one group: promoters, passives, detractors. */
export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/**
 * The exact permutation test of a difference of two NPS, conditional on the pooled promoter,
 * passive and detractor counts: every relabelling of the answers into groups of the observed
 * sizes is equally likely under the null, so the smaller group's (promoters, passives) follow a
 * multivariate hypergeometric law. The tables with those margins are enumerated (O(m²) for the
 * smaller group's size m, whatever the other's); the two-sided p-value is P(|Δ| ≥ |Δ_obs|) with
 * a relative tolerance of 1e-7, so ties are counted. |Δ| is compared as the integer
 * |net_s·n_o − net_o·n_s| (Δ times n_s·n_o), exact for any realistic n; the table weights are
 * exact integers (and so is the p-value's ratio) whenever C(N, m) is below 2⁵³.
 */
export function npsPermutationP(a: NpsCounts, b: NpsCounts): number {
  const na = a.promoters + a.passives + a.detractors;
  const nb = b.promoters + b.passives + b.detractors;
  const [s, m, n] = na <= nb ? [a, na, nb] : [b, nb, na];
  const P = a.promoters + b.promoters;
  const A = a.passives + b.passives;
  const D = a.detractors + b.detractors;
  const stat = (x: number, z: number): number => Math.abs((x - z) * n - (P - x - (D - z)) * m);
  const limit = stat(s.promoters, s.detractors) * TIE;
  const { rows, log } = binomialRows([P, A, D], m);
  const [lp, la, ld] = rows as [number[], number[], number[]];
  const weights: number[] = [];
  const extreme: boolean[] = [];
  for (let x = 0; x < lp.length; x++) {
    for (let y = 0; y < la.length && x + y <= m; y++) {
      const z = m - x - y;
      if (z < ld.length) {
        weights.push(tableWeight([lp[x] as number, la[y] as number, ld[z] as number], log));
        extreme.push(stat(x, z) >= limit);
      }
    }
  }
  const w = relative(weights, log);
  let total = 0;
  let tail = 0;
  w.forEach((wi, i) => {
    total += wi;
    if (extreme[i] === true) tail += wi;
  });
  return Math.min(1, tail / total);
}
