/**
 * The minimum-information rule, stated once for every comparison and target check.
 *
 * A verdict (`higher`/`lower`, `met`/`missed`) needs information from the data, and is never
 * more significant than the exact distribution allows:
 * - Below `EXACT_BELOW` effective answers in a group (two-group comparisons: in either group),
 *   unweighted integer counts are decided by an exact test — two NPS by the permutation test of
 *   the NPS difference given the pooled category counts, two shares by Fisher's exact test, two
 *   means by the permutation test given the pooled answers, paired NPS by the exact sign-flip
 *   test — and the result's `test` names it. Weighted groups below it (non-integer effective
 *   counts) use the adjusted counterpart instead, and `test` says so.
 * - A collapsed method (any per-group variance of 0: Wald at a share of 0 or 1, a unanimous NPS
 *   group, a mean with no spread or one answer, paired changes that are all equal), even when
 *   chosen explicitly, is replaced for the decision by its exact (below the threshold) or
 *   adjusted (above it) counterpart; `test` and `interval.method` say which one was used.
 *
 * Why 30: below about 30 answers per group the normal approximations of a difference of shares,
 * nets or means can be far off (a one-answer segment against 499 answers got p ≈ 1e-272 from
 * the z test), while every exact test here is cheap at that size — the NPS permutation visits
 * O(n²) tables, Fisher's test O(n), the mean permutation's dynamic programme O(k²·n³) for the
 * smaller group's n < 30 on a k-point scale, the sign-flip O(n²) — whatever the other group's
 * size. Above it the asymptotic methods keep their R parity.
 */
export const EXACT_BELOW = 30;
