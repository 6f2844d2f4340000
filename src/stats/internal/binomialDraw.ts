/**
 * Exact binomial draws whose cost does not grow with n, for the trinomial bootstrap: Knuth's
 * recursion on order statistics (TAOCP vol. 2, §3.4.1, exercise 27, after Devroye 1986, §X.4):
 * the a-th smallest of n uniforms, a = 1 + ⌊n/2⌋, is Beta(a, n + 1 − a); if it lies at or above
 * p, the count is a draw from the a − 1 uniforms below it with success share p/Y, otherwise a
 * plus a draw from the n − a uniforms above it with share (p − Y)/(1 − Y). Each step halves n,
 * so a draw costs O(log n) beta draws, until n·min(p, 1 − p) < 30, where the count is drawn by
 * inversion of its distribution (expected O(n·p) steps). Beta draws are ratios of gamma draws
 * (Marsaglia & Tsang 2000, with normal draws by Marsaglia's polar method). Every step is exact
 * in distribution; only floating-point rounding separates the draws from the binomial law.
 */

/** Below this mean the count is drawn by inversion. */
const INVERSION_BELOW = 30;

/** A standard normal draw by Marsaglia's polar method. */
function normalDraw(random: () => number): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia & Tsang 2000). */
function gammaDraw(shape: number, random: () => number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalDraw(random);
    const v = (1 + c * x) ** 3;
    // v ≤ 0 makes ln v NaN or −Infinity, so the comparison is false and the draw is rejected.
    if (Math.log(random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A Binomial(n, p) draw by inversion (n·p small; p ≤ ½). */
function inversionDraw(n: number, p: number, random: () => number): number {
  const r = p / (1 - p);
  let f = (1 - p) ** n;
  let u = random();
  let x = 0;
  while (u > f && x < n) {
    u -= f;
    x++;
    f *= (r * (n - x + 1)) / x;
  }
  return x;
}

/** A Binomial(n, p) draw for an integer n ≥ 0 and p in [0, 1]. */
export function binomialDraw(n: number, p: number, random: () => number): number {
  let count = 0;
  let m = n;
  let share = p;
  // Each pass adds the successes settled so far with the right sign (flipped for share > ½).
  let sign = 1;
  for (;;) {
    if (share > 0.5) {
      count += sign * m;
      sign = -sign;
      share = 1 - share;
    }
    if (m === 0 || share === 0) return count;
    if (m * share < INVERSION_BELOW) return count + sign * inversionDraw(m, share, random);
    const a = 1 + Math.floor(m / 2);
    const b = m + 1 - a;
    const ga = gammaDraw(a, random);
    const y = ga / (ga + gammaDraw(b, random));
    if (y >= share) {
      m = a - 1;
      share /= y;
    } else {
      count += sign * a;
      m = b - 1;
      share = (share - y) / (1 - y);
    }
  }
}
