/**
 * log Γ, log B, the regularized incomplete beta function and its inverse, and the shared
 * numerical helpers of the gamma and t modules.
 *
 * Internal module (not part of the public API). Every function takes and returns plain numbers;
 * an invalid argument (NaN, a non-positive shape, a probability outside [0, 1]) gives NaN, since
 * the callers validate their inputs first.
 */

import { normalQuantile } from './normal.js';

/** ½·ln(2π). */
const HALF_LOG_2PI = 0.9189385332046728;
/** The Euler–Mascheroni constant γ. */
const EULER = 0.5772156649015329;
/** (ζ(k) − 1)/k for k = 2…26: the Taylor coefficients of ln Γ(1 + a) + γa − (a − ln(1 + a)). */
const ZETA = [
  0.3224670334241132, 0.06735230105319809, 0.020580808427784546, 0.007385551028673986,
  0.0028905103307415234, 0.001192753911703261, 0.0005096695247430425, 0.00022315475845357939,
  0.00009945751278180853, 0.00004492623673813314, 0.00002050721277567069, 0.000009439488275268397,
  0.000004374866789907488, 0.000002039215753801366, 9.55141213040742e-7, 4.492469198764566e-7,
  2.1207184805554667e-7, 1.00432248239681e-7, 4.7698101693639804e-8, 2.2711094608943164e-8,
  1.0838659214896955e-8, 5.183475041970047e-9, 2.4836745438024785e-9, 1.1921401405860912e-9,
  5.731367241678862e-10,
];

/** Σₖ₌₂²⁶ (−1)ᵏ (ζ(k) − 1)/k · aᵏ, for |a| ≤ ½ (error below 1e-17). */
function zetaSeries(a: number): number {
  let s = 0;
  for (let k = ZETA.length - 1; k >= 0; k--) s = s * -a + (ZETA[k] as number);
  return s * a * a;
}

/**
 * φ(u) = u − ln(1 + u) ≥ 0 for u > −1, without cancellation (the role of RLOG1 in DiDonato &
 * Morris 1992, ACM TOMS 18): for |u| ≤ ½ by the series φ = u·s − 2(s³/3 + s⁵/5 + …) with
 * s = u/(2 + u) (from ln(1 + u) = 2 artanh s, Abramowitz & Stegun 4.1.28), else directly.
 */
function log1pmx(u: number): number {
  if (!(Math.abs(u) <= 0.5)) return u - Math.log1p(u);
  const s = u / (2 + u);
  const s2 = s * s;
  let term = s * s2;
  let sum = 0;
  for (let k = 3; Math.abs(term) > 1e-17 * Math.abs(sum) + 1e-300; k += 2) {
    sum += term / k;
    term *= s2;
  }
  return u * s - 2 * sum;
}

/**
 * The Stirling-series remainder Δ(x) = ln Γ(x) − [(x − ½)ln x − x + ½ln(2π)] for x ≥ 10, from the
 * first eight terms Σ B₂ₖ / (2k(2k − 1)x²ᵏ⁻¹) of Abramowitz & Stegun 6.1.40 (absolute error below
 * 2e-18).
 */
export function stirlingError(x: number): number {
  const t = 1 / (x * x);
  return (
    ((((((((-3617 / 122400) * t + 1 / 156) * t - 691 / 360360) * t + 1 / 1188) * t - 1 / 1680) * t +
      1 / 1260) *
      t -
      1 / 360) *
      t +
      1 / 12) /
    x
  );
}

/**
 * Computes ln Γ(x) for x > 0.
 *
 * Algorithm: for ½ ≤ x ≤ 2½ the Taylor series of ln Γ about 1 and 2 with the coefficients
 * (ζ(k) − 1)/k (Abramowitz & Stegun 6.1.33, split as in DiDonato & Morris 1992, ACM TOMS 18),
 * which keeps full relative accuracy next to the zeros at 1 and 2; below ½ the recurrence
 * ln Γ(x) = ln Γ(x + 1) − ln x; from 2½ to 10 the recurrence downwards; from 10 on Stirling's
 * series with eight terms (A&S 6.1.40). About 1e-15 relative everywhere.
 *
 * @param x - The argument, > 0.
 * @returns ln Γ(x); +Infinity for +Infinity; NaN for NaN or x ≤ 0.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) return logGamma1p(x) - Math.log(x);
  if (x <= 1.5) return logGamma1p(x - 1);
  if (x <= 2.5) return (1 - EULER) * (x - 2) + zetaSeries(x - 2);
  if (x < 10) {
    let prod = 1;
    let z = x;
    while (z > 2.5) {
      z -= 1;
      prod *= z;
    }
    return logGamma(z) + Math.log(prod);
  }
  if (x === Infinity) return Infinity;
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + stirlingError(x);
}

/** ln Γ(1 + a) for |a| ≤ ½. */
function logGamma1p(a: number): number {
  return -EULER * a + log1pmx(a) + zetaSeries(a);
}

/**
 * Computes ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0.
 *
 * Algorithm: directly from {@link logGamma} when both are below 10; otherwise with the Stirling
 * forms that cancel the large terms analytically (as in DiDonato & Morris 1992, ACM TOMS 18,
 * ALGORITHM 708, BETALN): one large shape, ln Γ(b) − ln Γ(a + b) = −(b − ½)ln(1 + a/b) − a ln(a + b)
 * + a + Δ(b) − Δ(a + b); both large, ½ln(2π) − ½ln(a + b) + (a − ½)ln(a/(a + b)) +
 * (b − ½)ln(b/(a + b)) + Δ(a) + Δ(b) − Δ(a + b), with Δ the Stirling remainder.
 *
 * @param a - The first shape, > 0.
 * @param b - The second shape, > 0.
 * @returns ln B(a, b); NaN for NaN, a non-positive or an infinite shape.
 */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (!(p > 0 && q < Infinity)) return Number.NaN;
  if (q < 10) return logGamma(p) + logGamma(q) - logGamma(p + q);
  const corr = stirlingError(q) - stirlingError(p + q);
  if (p < 10) return logGamma(p) - (q - 0.5) * Math.log1p(p / q) - p * Math.log(p + q) + p + corr;
  return (
    HALF_LOG_2PI -
    0.5 * Math.log(p + q) +
    (p - 0.5) * Math.log(p / (p + q)) -
    (q - 0.5) * Math.log1p(p / q) +
    stirlingError(p) +
    corr
  );
}

/** Veltkamp's splitting constant 2²⁷ + 1. */
const SPLIT = 134217729;

/**
 * s·x − c, with s·x formed exactly (Dekker 1971, the error-free product by Veltkamp splitting),
 * so that the difference keeps full relative accuracy when s·x is close to c.
 */
function productMinus(s: number, x: number, c: number): number {
  const p = s * x;
  const sa = SPLIT * s;
  const sh = sa - (sa - s);
  const sl = s - sh;
  const xa = SPLIT * x;
  const xh = xa - (xa - x);
  const xl = x - xh;
  const err = sh * xh - p + sh * xl + sl * xh + sl * xl;
  return p - c + err;
}

/**
 * φ(u) for u = t/t₀ − 1 where t/t₀ = `ratio` is also known directly: the direct ratio keeps
 * relative accuracy when t ≪ t₀ (u near −1), where 1 + u would cancel.
 */
export function phiOf(u: number, ratio: number): number {
  return u < -0.5 ? u - Math.log(ratio) : log1pmx(u);
}

/**
 * The beta density kernel xᵃ yᵇ / B(a, b) with y = 1 − x, where x, y, ln x and ln y are passed in
 * with full relative accuracy each.
 *
 * Algorithm: when both shapes are ≥ 10, the exponent is written as −(a·φ(u) + b·φ(v)) about the
 * mode x₀ = a/(a + b), with u = x/x₀ − 1 = λ/a, v = y/y₀ − 1 = −λ/b and φ(u) = u − ln(1 + u),
 * plus the Stirling remainders (DiDonato & Morris 1992, ACM TOMS 18, ALGORITHM 708, BRCOMP), so no
 * large logarithms cancel; λ = (a + b)x − a is passed in, formed with an exact product. Otherwise
 * exp(a ln x + b ln y − ln B(a, b)).
 */
function betaKernel(
  a: number,
  b: number,
  x: number,
  y: number,
  lx: number,
  ly: number,
  lambda: number,
): number {
  if (a < 10 || b < 10) return Math.exp(a * lx + b * ly - logBeta(a, b));
  const s = a + b;
  const e = a * phiOf(lambda / a, (x * s) / a) + b * phiOf(-lambda / b, (y * s) / b);
  const corr = stirlingError(s) - stirlingError(a) - stirlingError(b);
  return Math.exp(corr - e) * Math.sqrt((a * b) / (2 * Math.PI * s));
}

/**
 * The even contraction of the continued fraction for I_x(a, b) (Abramowitz & Stegun 26.5.8, DLMF
 * 8.17.22), written with λ = (a + b)x − a and y = 1 − x so that no partial denominator cancels
 * (the form of DiDonato & Morris 1992, ACM TOMS 18, ALGORITHM 708, BFRAC):
 * I_x(a, b) = xᵃyᵇ/B(a, b) / (β₀ + α₁/(β₁ + α₂/(β₂ + …))), evaluated by the modified Lentz method
 * (Thompson & Barnett 1986). Converges fast for x < (a + 1)/(a + b + 2), that is λ < (b − a)/(a + b + 2).
 * There β₀ = a(1 − λ)/(a + 1) > 0 and the Lentz denominators stay above half the partial
 * denominator βₘ (checked over 1e5 random cases with shapes from 1e-3 to 1e8), so no zero guard
 * is needed.
 */
function betaFraction(a: number, b: number, x: number, y: number, lambda: number): number {
  const s = a + b;
  let f = (a * (1 - lambda)) / (a + 1);
  let c = f;
  let d = 0;
  let delta = 0;
  for (let m = 1; m < 1e6 && Math.abs(delta - 1) > 1e-16; m++) {
    const am = a + m;
    const r = a + 2 * m - 1;
    const alpha = ((am - 1) * (s + m - 1) * m * (b - m) * x * x) / (r * r);
    const beta =
      (am * (2 * m + 1 - lambda + m * y) + m * (m + 1)) / (r + 2) + (m * (b - m) * x) / r;
    d = 1 / (beta + alpha * d);
    c = beta + alpha / c;
    delta = c * d;
    f *= delta;
  }
  return f;
}

/**
 * Both tails [I_x(a, b), 1 − I_x(a, b)] of the regularized incomplete beta function, for
 * 0 < x < 1 given as x, y = 1 − x, ln x and ln y, each with full relative accuracy. The smaller
 * tail comes from the continued fraction (with the symmetry I_x(a, b) = 1 − I_y(b, a) when
 * x ≥ (a + 1)/(a + b + 2)), the other as its complement. The third entry is the kernel
 * xᵃyᵇ/B(a, b) (the density times x·y), for Newton steps.
 */
export function betaTails(
  a: number,
  b: number,
  x: number,
  y: number,
  lx: number,
  ly: number,
): [number, number, number] {
  const s = a + b;
  // λ = (a + b)x − a = b − (a + b)y, from the smaller of x and y with an exact product.
  const lambda = x <= y ? productMinus(s, x, a) : -productMinus(s, y, b);
  if (lambda * (s + 2) < b - a) {
    const k = betaKernel(a, b, x, y, lx, ly, lambda);
    const w = k / betaFraction(a, b, x, y, lambda);
    return [w, 1 - w, k];
  }
  const k = betaKernel(b, a, y, x, ly, lx, -lambda);
  const w = k / betaFraction(b, a, y, x, -lambda);
  return [1 - w, w, k];
}

/** Whether a and b are valid shapes (positive and finite). */
function validShapes(a: number, b: number): boolean {
  return a > 0 && b > 0 && a < Infinity && b < Infinity;
}

/** x, 1 − x, ln x and ln(1 − x), each accurate, for 0 < x < 1. */
function fromX(x: number): [number, number, number, number] {
  const y = 1 - x;
  return x <= 0.5 ? [x, y, Math.log(x), Math.log1p(-x)] : [x, y, Math.log1p(-y), Math.log(y)];
}

/**
 * Computes the regularized incomplete beta function I_x(a, b), the Beta(a, b) distribution
 * function (R's `pbeta(x, a, b)`).
 *
 * Algorithm: the continued fraction of Abramowitz & Stegun 26.5.8 by the modified Lentz method,
 * with the symmetry swap I_x(a, b) = 1 − I_{1−x}(b, a) for x ≥ (a + 1)/(a + b + 2) (Press et al.,
 * Numerical Recipes §6.4); the front factor xᵃ(1 − x)ᵇ/B(a, b) as in DiDonato & Morris (1992,
 * ACM TOMS 18, ALGORITHM 708), so large shapes (up to 1e7 and beyond) keep their accuracy.
 *
 * @param x - The quantile; values ≤ 0 give 0 and values ≥ 1 give 1.
 * @param a - The first shape, > 0 (real).
 * @param b - The second shape, > 0 (real).
 * @returns I_x(a, b); NaN for NaN arguments or a non-positive or infinite shape.
 */
export function betaCdf(x: number, a: number, b: number): number {
  if (!validShapes(a, b) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const [u, v, lu, lv] = fromX(x);
  return betaTails(a, b, u, v, lu, lv)[0];
}

/**
 * Solves I_x(a, b) = p for x, returning [x, 1 − x] with both parts accurate (so that a caller can
 * use the small one, as the t quantile does); 0 < p < 1 and valid shapes.
 *
 * Algorithm: safeguarded Newton iteration on ln(tail) against ln w, where the tail is the smaller
 * of p and 1 − p and w is x or 1 − x, whichever side of ½ holds the root (found by comparing p with
 * I_½(a, b)); steps that leave the bracket become geometric bisections. The start is the normal
 * approximation of A&S 26.5.22 or the small-w power law (Cran, Martin & Thomas 1977, AS 109).
 * Typically 4 iterations, at most about 15.
 */
export function betaQuantilePair(p: number, a: number, b: number): [number, number] {
  // Match the smaller tail: the lower one (F = p) or the upper one (1 − F = 1 − p).
  const lower = p <= 0.5;
  const target = lower ? p : 1 - p;
  // Work in w = x when the root is ≤ ½, else in w = 1 − x (Beta(b, a)), so w ∈ (0, ½] keeps
  // full relative accuracy; `rising` says whether the matched tail increases with w.
  const onX = p <= betaTails(a, b, 0.5, 0.5, -Math.LN2, -Math.LN2)[0];
  const sa = onX ? a : b;
  const sb = onX ? b : a;
  const rising = lower === onX;
  // The root is at most ½ (up to rounding in the comparison with I_½), so ¾ is a safe upper end.
  let lo = 0;
  let hi = 0.75;
  let w = startingPoint(target, sa, sb, rising);
  let previous = Infinity;
  for (let it = 0; it < 100 && w > 0; it++) {
    const [f, g, k] = betaTails(sa, sb, w, 1 - w, Math.log(w), Math.log1p(-w));
    const t = rising ? f : g;
    // The root lies above w when the matched tail is short of the target while rising (or
    // beyond it while falling).
    const short = t < target;
    if (short === rising) lo = w;
    else hi = w;
    const residual = Math.log1p((target - t) / t);
    const size = Math.abs(residual);
    // Done when the tail matches to its rounding level. Near the root Newton shrinks the residual
    // quadratically; when a Newton step no longer shrinks it fourfold, the residual is rounding
    // noise and w is as good as it gets.
    if (size <= 1e-15 || (size < 1e-9 && !(size < previous / 4))) break;
    // Newton on ln(tail) against ln w: d ln(tail)/d ln w = ±w·density/tail = ±k/((1 − w)·tail).
    const slope = k / ((1 - w) * t);
    const next = w * Math.exp(residual / (rising ? slope : -slope));
    if (Math.abs(next - w) <= 1e-15 * w) {
      w = next;
      break;
    }
    // Outside the bracket: geometric bisection (or a big step down while no lower end is known).
    const inside = next > lo && next < hi;
    previous = inside ? size : Infinity;
    w = inside ? next : lo > 0 ? Math.sqrt(lo) * Math.sqrt(hi) : hi * 1e-16;
  }
  return onX ? [w, 1 - w] : [1 - w, w];
}

/**
 * A starting point w ∈ (0, ½) for tail(w) = target under Beta(a, b): the normal approximation of
 * Abramowitz & Stegun 26.5.22 when both shapes are at least 1, else the small-w power law
 * I_w(a, b) ≈ wᵃ/(a B(a, b)) for a rising tail (Cran, Martin & Thomas 1977, AS 109, use both).
 */
function startingPoint(target: number, a: number, b: number, rising: boolean): number {
  if (a >= 1 && b >= 1) {
    // The upper-tail normal deviate of the lower-tail probability of w.
    const y = rising ? -normalQuantile(target) : normalQuantile(target);
    const l = (y * y - 3) / 6;
    const ia = 1 / (2 * a - 1);
    const ib = 1 / (2 * b - 1);
    const h = 2 / (ia + ib);
    const e = (y * Math.sqrt(h + l)) / h - (ib - ia) * (l + 5 / 6 - 2 / (3 * h));
    const w = a / (a + b * Math.exp(2 * e));
    // Kept inside the bracket (0, ¾); an underflow starts low, Newton climbs in a few steps.
    return Math.min(Math.max(w, 1e-300), 0.5);
  }
  // The power law is exact as w → 0: when it underflows, so does the root.
  return rising ? Math.min(Math.exp((Math.log(target * a) + logBeta(a, b)) / a), 0.5) : 0.25;
}

/**
 * Computes the Beta(a, b) quantile: the x with I_x(a, b) = p (R's `qbeta(p, a, b)`).
 *
 * Algorithm: safeguarded Newton iteration on ln(tail probability) against ln x (or ln(1 − x),
 * whichever side of ½ holds the root), on the smaller tail so that p down to 1e-300 and
 * 1 − p down to 1e-16 keep full relative accuracy; every step is kept inside a shrinking bracket,
 * with geometric bisection when Newton would leave it (Press et al., Numerical Recipes §6.4,
 * "invbetai"; Cran, Martin & Thomas 1977, AS 109 for the idea). Used for the Clopper–Pearson
 * (qbeta(α/2, x, n − x + 1)) and Jeffreys (qbeta(p, x + ½, n − x + ½)) intervals, also with
 * non-integer x and n up to 1e7.
 *
 * @param p - The probability, in [0, 1].
 * @param a - The first shape, > 0 (real).
 * @param b - The second shape, > 0 (real).
 * @returns The quantile in [0, 1] (0 for p = 0, 1 for p = 1); NaN for NaN, p outside [0, 1] or a
 * non-positive or infinite shape.
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!validShapes(a, b) || !(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return betaQuantilePair(p, a, b)[0];
}
