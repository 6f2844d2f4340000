/**
 * The standard normal distribution: Φ, its upper tail and its quantile.
 *
 * Internal module (not part of the public API). Every function takes and returns plain numbers;
 * an invalid argument (NaN, or a probability outside [0, 1]) gives NaN, since the callers
 * validate their inputs first.
 */

/** 1/√(2π). */
const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Computes exp(−x²/2) · r without losing accuracy to the rounding of x² (Cody 1993, ALGORITHM 715
 * ANORM): x is split into a 1/16-multiple `h`, whose square is exact, and the rest.
 */
function gaussTimes(x: number, r: number): number {
  const h = Math.trunc(x * 16) / 16;
  const d = (x - h) * (x + h);
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
    const num =
      (((0.065682337918207449113 * s + 2.2352520354606839287) * s + 161.02823106855587881) * s +
        1067.6894854603709582) *
        s +
      18154.981253343561249;
    const den =
      (((s + 47.20258190468824187) * s + 976.09855173777669322) * s + 10260.932208618978205) * s +
      45507.789335026729956;
    return 0.5 + (x * num) / den;
  }
  if (y <= 5.656854248) {
    const num =
      (((((((1.0765576773720192317e-8 * y + 0.39894151208813466764) * y + 8.8831497943883759412) *
        y +
        93.506656132177855979) *
        y +
        597.27027639480026226) *
        y +
        2494.5375852903726711) *
        y +
        6848.1904505362823326) *
        y +
        11602.651437647350124) *
        y +
      9842.7148383839780218;
    const den =
      (((((((y + 22.266688044328115691) * y + 235.38790178262499861) * y + 1519.377599407554805) *
        y +
        6485.558298266760755) *
        y +
        18615.571640885098091) *
        y +
        34900.952721145977266) *
        y +
        38912.003286093271411) *
        y +
      19685.429676859990727;
    return gaussTimes(y, num / den);
  }
  // Beyond 40 the result is below the smallest subnormal number (and y·16 stays finite).
  if (y > 40) return 0;
  const s = 1 / (x * x);
  const num =
    ((((0.02307344176494017303 * s + 0.21589853405795699) * s + 0.1274011611602473639) * s +
      0.022235277870649807) *
      s +
      0.001421619193227893466) *
      s +
    2.9112874951168792e-5;
  const den =
    ((((s + 1.28426009614491121) * s + 0.468238212480865118) * s + 0.0659881378689285515) * s +
      0.00378239633202758244) *
      s +
    7.29751555083966205e-5;
  return gaussTimes(y, (INV_SQRT_2PI - (s * num) / den) / y);
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
    return (
      (q *
        (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) *
          r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) *
        r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  const tail = q < 0 ? p : 1 - p;
  if (tail === 0) return q < 0 ? -Infinity : Infinity;
  let r = Math.sqrt(-Math.log(tail));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z =
      (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r +
        0.24178072517745061177) *
        r +
        1.27045825245236838258) *
        r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r +
        0.0151986665636164571966) *
        r +
        0.14810397642748007459) *
        r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    z =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r +
        0.0012426609473880784386) *
        r +
        0.026532189526576123093) *
        r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r +
        1.8463183175100546818e-5) *
        r +
        7.868691311456132591e-4) *
        r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -z : z;
}
