/**
 * The standard normal distribution: Φ, its upper tail and its quantile.
 *
 * Internal module (not part of the public API). Every function takes and returns plain numbers;
 * an invalid argument (NaN, or a probability outside [0, 1]) gives NaN, since the callers
 * validate their inputs first.
 */

/** 1/√(2π). */
const INV_SQRT_2PI = 0.3989422804014327;

// Cody's coefficients (ACM TOMS 715, ANORM), lowest degree first and rounded to doubles.
/** Φ(x) − ½ = x·P(x²)/Q(x²) for |x| ≤ 0.66291. */
const CENTER_NUM = [
  18154.98125334356, 1067.6894854603709, 161.02823106855587, 2.2352520354606837,
  0.06568233791820745,
];
const CENTER_DEN = [
  45507.78933502673, 10260.932208618979, 976.0985517377767, 47.202581904688245, 1,
];
/** Φ(−y) = exp(−y²/2)·P(y)/Q(y) for 0.66291 < y ≤ √32. */
const MIDDLE_NUM = [
  9842.714838383978, 11602.65143764735, 6848.190450536283, 2494.5375852903726, 597.2702763948002,
  93.50665613217785, 8.883149794388377, 0.39894151208813466, 1.0765576773720192e-8,
];
const MIDDLE_DEN = [
  19685.429676859992, 38912.00328609327, 34900.95272114598, 18615.571640885097, 6485.558298266761,
  1519.3775994075547, 235.387901782625, 22.266688044328117, 1,
];
/** Φ(−y) = exp(−y²/2)·(1/√(2π) − s·P(s)/Q(s))/y with s = 1/y², for y > √32. */
const TAIL_NUM = [
  0.000029112874951168793, 0.0014216191932278934, 0.022235277870649807, 0.12740116116024736,
  0.215898534057957, 0.023073441764940174,
];
const TAIL_DEN = [
  0.00007297515550839662, 0.0037823963320275824, 0.06598813786892856, 0.4682382124808651,
  1.284260096144911, 1,
];

// Wichura's coefficients (AS 241, PPND16), lowest degree first and rounded to doubles.
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const B = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const D = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
];
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

/** Σ cᵢxⁱ by Horner's rule (coefficients lowest degree first). */
function poly(c: readonly number[], x: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * x + (c[i] as number);
  return s;
}

/**
 * Computes exp(−y²/2) · r without losing accuracy to the rounding of y² (Cody 1993, ALGORITHM 715
 * ANORM): y is split into a 1/16-multiple `h`, whose square is exact, and the rest.
 */
function gaussTimes(y: number, r: number): number {
  const h = Math.trunc(y * 16) / 16;
  const d = (y - h) * (y + h);
  return Math.exp(-h * h * 0.5) * Math.exp(-d * 0.5) * r;
}

/**
 * The lower tail Φ(x) for x ≤ 0 (the smaller tail), by the rational Chebyshev approximations of
 * Cody (1969, Math. Comp. 23, 631–637) in the normal-distribution form of ANORM (Cody 1993,
 * ACM TOMS 19, 22–32, ALGORITHM 715 SPECFUN). Accurate to a few units in the last place down to
 * the smallest subnormal number (Φ(−38) ≈ 2.9e-316); 0 below that.
 */
function lowerTail(x: number): number {
  const y = -x;
  if (y <= 0.66291) {
    const s = x * x;
    return 0.5 + (x * poly(CENTER_NUM, s)) / poly(CENTER_DEN, s);
  }
  if (y <= 5.656854248) return gaussTimes(y, poly(MIDDLE_NUM, y) / poly(MIDDLE_DEN, y));
  // Beyond 40 the result is below the smallest subnormal number (and y·16 stays finite).
  if (y > 40) return 0;
  const s = 1 / (x * x);
  return gaussTimes(y, (INV_SQRT_2PI - (s * poly(TAIL_NUM, s)) / poly(TAIL_DEN, s)) / y);
}

/**
 * Computes the standard normal distribution function Φ(x) = P(Z ≤ x).
 *
 * Algorithm: Cody's rational Chebyshev approximations (W. J. Cody 1969, "Rational Chebyshev
 * approximations for the error function", Math. Comp. 23; as ANORM in ACM TOMS ALGORITHM 715,
 * 1993), the same approximations R's `pnorm` uses. The smaller tail is computed directly, so
 * `normalCdf(-38)` is ≈ 2.9e-316 (a subnormal number) instead of 0.
 *
 * @param x - The quantile; ±Infinity give 0 and 1.
 * @returns Φ(x), or NaN when x is NaN.
 */
export function normalCdf(x: number): number {
  return x > 0 ? 1 - lowerTail(-x) : lowerTail(x);
}

/**
 * Computes the standard normal upper tail 1 − Φ(x) = P(Z > x) without cancellation.
 *
 * Algorithm: Φ(−x) by Cody's approximations (see {@link normalCdf}); accurate far into the tail
 * (`normalSf(38)` ≈ 2.9e-316, 0 only once the value is below the smallest subnormal number).
 *
 * @param x - The quantile; ±Infinity give 1 and 0.
 * @returns 1 − Φ(x), or NaN when x is NaN.
 */
export function normalSf(x: number): number {
  return normalCdf(-x);
}

/**
 * Computes the standard normal quantile Φ⁻¹(p).
 *
 * Algorithm: Wichura (1988), "Algorithm AS 241: The percentage points of the normal
 * distribution", Applied Statistics 37, 477–484, function PPND16 — three rational approximations
 * (|p − ½| ≤ 0.425, and r = √(−ln min(p, 1 − p)) ≤ 5 or > 5), about 1e-16 relative; the same
 * algorithm as R's `qnorm`.
 *
 * @param p - The probability, in [0, 1].
 * @returns Φ⁻¹(p): −Infinity for p = 0, +Infinity for p = 1, NaN for NaN or p outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  const tail = q < 0 ? p : 1 - p;
  if (tail === 0) return q < 0 ? -Infinity : Infinity;
  const r = Math.sqrt(-Math.log(tail));
  const z = r <= 5 ? poly(C, r - 1.6) / poly(D, r - 1.6) : poly(E, r - 5) / poly(F, r - 5);
  return q < 0 ? -z : z;
}
