// The distributions against base R: every value in test/fixtures/distributions/distributions.json
// was produced by test/fixtures/distributions/generate.R and carries the exact R call in `call`.
// Agreement: 1e-12 relative; an expected 0 (R underflows) allows up to 1e-300, and a subnormal
// expected value (below 2.2e-308, where a double carries fewer digits) allows 4 units of the
// smallest subnormal on top.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  betaCdf,
  betaQuantile,
  betaQuantilePair,
  betaTails,
  logBeta,
  logGamma,
} from '../../src/stats/internal/distributions/beta.js';
import {
  chiSquareCdf,
  chiSquareSf,
  gammaP,
  gammaQ,
} from '../../src/stats/internal/distributions/gamma.js';
import {
  normalCdf,
  normalQuantile,
  normalSf,
} from '../../src/stats/internal/distributions/normal.js';
import { tCdf, tQuantile, tSf } from '../../src/stats/internal/distributions/studentT.js';

interface Fixture {
  readonly fn: string;
  readonly args: readonly number[];
  readonly call: string;
  readonly expected: number;
}

const FIXTURES = JSON.parse(
  readFileSync(new URL('../fixtures/distributions/distributions.json', import.meta.url), 'utf8'),
) as readonly Fixture[];

type Fn = (args: readonly number[]) => number;
const one =
  (f: (x: number) => number): Fn =>
  (a) =>
    f(a[0] as number);
const two =
  (f: (x: number, y: number) => number): Fn =>
  (a) =>
    f(a[0] as number, a[1] as number);
const three =
  (f: (x: number, y: number, z: number) => number): Fn =>
  (a) =>
    f(a[0] as number, a[1] as number, a[2] as number);

const FUNCTIONS: Readonly<Record<string, Fn>> = {
  normalCdf: one(normalCdf),
  normalSf: one(normalSf),
  normalQuantile: one(normalQuantile),
  tCdf: two(tCdf),
  tSf: two(tSf),
  tQuantile: two(tQuantile),
  logGamma: one(logGamma),
  logBeta: two(logBeta),
  betaCdf: three(betaCdf),
  betaQuantile: three(betaQuantile),
  gammaP: two(gammaP),
  gammaQ: two(gammaQ),
  chiSquareCdf: two(chiSquareCdf),
  chiSquareSf: two(chiSquareSf),
};

/** The allowed deviation from an R value. */
function tolerance(expected: number): number {
  if (expected === 0) return 1e-300;
  const subnormal = Math.abs(expected) < 2.2250738585072014e-308 ? 4 * Number.MIN_VALUE : 0;
  return 1e-12 * Math.abs(expected) + subnormal;
}

/** Checks every fixture of the named functions, naming the R call of any that fails. */
function checkFamily(names: readonly string[]): void {
  const cases = FIXTURES.filter((c) => names.includes(c.fn));
  expect(cases.length).toBeGreaterThan(10);
  for (const c of cases) {
    const f = FUNCTIONS[c.fn] as Fn;
    const got = f(c.args);
    expect(
      Math.abs(got - c.expected),
      `${c.call} is ${c.expected}, got ${got}`,
    ).toBeLessThanOrEqual(tolerance(c.expected));
  }
}

/** Relative distance of `got` from a non-zero `want`. */
function rel(got: number, want: number): number {
  return Math.abs(got - want) / Math.abs(want);
}

describe('distributions against R', () => {
  it('normalCdf, normalSf and normalQuantile agree with pnorm and qnorm to 1e-12 relative', () => {
    checkFamily(['normalCdf', 'normalSf', 'normalQuantile']);
  });

  it('tCdf, tSf and tQuantile agree with pt and qt to 1e-12 relative for df from 1 to 1e6', () => {
    checkFamily(['tCdf', 'tSf', 'tQuantile']);
  });

  it('logGamma and logBeta agree with lgamma and lbeta to 1e-12 relative', () => {
    checkFamily(['logGamma', 'logBeta']);
  });

  it('betaCdf and betaQuantile agree with pbeta and qbeta to 1e-12 relative, Clopper–Pearson and Jeffreys shapes included', () => {
    checkFamily(['betaCdf', 'betaQuantile']);
  });

  it('gammaP, gammaQ, chiSquareCdf and chiSquareSf agree with pgamma and pchisq to 1e-12 relative', () => {
    checkFamily(['gammaP', 'gammaQ', 'chiSquareCdf', 'chiSquareSf']);
  });
});

describe('distributions where R itself is less accurate', () => {
  // Reference values from mpmath 1.3 at 50–60 digits (Python), with the arguments passed as the
  // same doubles (mpf(float)), e.g. for the first:
  //   f = lambda lt: log(0.5*betainc(2.5, 0.5, 0, 5/(5+exp(2*lt)), regularized=True)) - log(1e-300)
  //   exp(findroot(f, log(1.568e60)))
  it('tQuantile is exact far in the tail where qt loses digits', () => {
    // qt(1e-300, 5) gives -1.5683925619292198e+60 (1.8e-9 off).
    expect(rel(tQuantile(1e-300, 5), -1.5683925590993378e60)).toBeLessThan(1e-13);
    // qt(0.9999999999841764, 0.3845423859724996) gives 7.072797265180279e+26 (1.4e-5 off).
    expect(
      rel(tQuantile(0.9999999999841764, 0.3845423859724996), 7.072700479227097e26),
    ).toBeLessThan(1e-13);
  });

  it('logGamma keeps full relative accuracy next to its zeros at 1 and 2', () => {
    // lgamma() takes log(gamma(x)) there: lgamma(1 + 1e-9) is 1.4e-8 off, lgamma(2 + 1e-12) 1.2e-4.
    expect(rel(logGamma(1.000000001), -5.772157118381039e-10)).toBeLessThan(1e-14);
    expect(rel(logGamma(2.000000000001), 4.2282192087238456e-13)).toBeLessThan(1e-14);
  });

  it('betaCdf is exact for huge shapes where pbeta rounds λ = (a + b)x − a', () => {
    // pbeta(0.41907383676045634, 6055544.121681973, 8381813.029777983) is 6e-13 off; the
    // reference is the continued fraction of A&S 26.5.8 summed in mpmath at 60 digits.
    expect(
      rel(betaCdf(0.41907383676045634, 6055544.121681973, 8381813.029777983), 0.002659043048499368),
    ).toBeLessThan(1e-14);
  });
});

describe('distributions at the ends of their domains', () => {
  it('normalSf stays positive far into the tail while the value is representable', () => {
    expect(normalSf(38)).toBeGreaterThan(2.8e-316);
    expect(normalSf(38)).toBeLessThan(2.9e-316);
    expect(normalCdf(-38.4)).toBeGreaterThan(0);
    expect(normalSf(39)).toBe(0);
    expect(normalSf(41)).toBe(0);
  });

  it('normal functions map infinite and invalid arguments to their limits or NaN', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalSf(Infinity)).toBe(0);
    expect(normalSf(-Infinity)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
    expect(normalSf(Number.NaN)).toBeNaN();
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(0.5)).toBe(0);
    for (const p of [Number.NaN, -0.1, 1.1, Infinity]) expect(normalQuantile(p)).toBeNaN();
  });

  it('t functions give the normal distribution for df = Infinity and for df above 1e22', () => {
    for (const t of [-5, -1, 0.3, 2]) {
      expect(tCdf(t, Infinity)).toBe(normalCdf(t));
      expect(tSf(t, 1e23)).toBe(normalSf(t));
    }
    expect(tQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(rel(tCdf(-3, 1e21), normalCdf(-3))).toBeLessThan(1e-14);
    expect(rel(tQuantile(0.025, 1e21), normalQuantile(0.025))).toBeLessThan(1e-14);
  });

  it('t functions map infinite and invalid arguments to their limits or NaN', () => {
    expect(tCdf(-Infinity, 3)).toBe(0);
    expect(tCdf(Infinity, 3)).toBe(1);
    expect(tSf(Infinity, 3)).toBe(0);
    expect(tCdf(0, 3)).toBe(0.5);
    expect(tQuantile(0, 3)).toBe(-Infinity);
    expect(tQuantile(1, 3)).toBe(Infinity);
    expect(tQuantile(0.5, 3)).toBe(0);
    expect(tCdf(Number.NaN, 3)).toBeNaN();
    for (const df of [0, -1, Number.NaN]) {
      expect(tCdf(1, df)).toBeNaN();
      expect(tSf(1, df)).toBeNaN();
      expect(tQuantile(0.9, df)).toBeNaN();
    }
    for (const p of [Number.NaN, -0.1, 1.1]) expect(tQuantile(p, 3)).toBeNaN();
  });

  it('beta functions map the ends of [0, 1] and invalid arguments to their limits or NaN', () => {
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(betaCdf(-1, 2, 3)).toBe(0);
    expect(betaCdf(1, 2, 3)).toBe(1);
    expect(betaCdf(2, 2, 3)).toBe(1);
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    for (const [a, b] of [
      [0, 1],
      [1, 0],
      [-1, 1],
      [Number.NaN, 1],
      [1, Infinity],
      [Infinity, 1],
    ] as const) {
      expect(betaCdf(0.5, a, b)).toBeNaN();
      expect(betaQuantile(0.5, a, b)).toBeNaN();
      expect(logBeta(a, b)).toBeNaN();
    }
    expect(betaCdf(Number.NaN, 2, 3)).toBeNaN();
    for (const p of [Number.NaN, -0.1, 1.1]) expect(betaQuantile(p, 2, 3)).toBeNaN();
  });

  it('betaQuantile returns 0 when the quantile is below the smallest double', () => {
    // I_x(0.01, 1) = x^0.01 = 1e-12 needs x = 1e-1200.
    expect(betaQuantile(1e-12, 0.01, 1)).toBe(0);
  });

  it('logGamma is NaN for non-positive or NaN arguments and Infinity at Infinity', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-2.5)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
    expect(logGamma(Infinity)).toBe(Infinity);
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });

  it('gamma and chi-square functions map x ≤ 0, x = Infinity and invalid arguments to their limits or NaN', () => {
    expect(gammaP(2, 0)).toBe(0);
    expect(gammaQ(2, 0)).toBe(1);
    expect(gammaP(2, -1)).toBe(0);
    expect(gammaP(2, Infinity)).toBe(1);
    expect(gammaQ(2, Infinity)).toBe(0);
    expect(chiSquareCdf(-3, 4)).toBe(0);
    expect(chiSquareSf(0, 4)).toBe(1);
    expect(chiSquareSf(Infinity, 4)).toBe(0);
    for (const a of [0, -1, Number.NaN, Infinity]) {
      expect(gammaP(a, 1)).toBeNaN();
      expect(gammaQ(a, 1)).toBeNaN();
      expect(chiSquareCdf(1, a)).toBeNaN();
      expect(chiSquareSf(1, a)).toBeNaN();
    }
    expect(gammaP(2, Number.NaN)).toBeNaN();
    expect(chiSquareSf(Number.NaN, 2)).toBeNaN();
  });
});

describe('distributions against closed forms', () => {
  it('tSf with df = 1 is the Cauchy tail atan2(1, t)/π and with df = 2 is ½(1 − t/√(2 + t²))', () => {
    for (const t of [1e-8, 0.3, 1, 7, 1e5, 1e150]) {
      expect(rel(tSf(t, 1), Math.atan2(1, t) / Math.PI)).toBeLessThan(1e-13);
      const s = Math.sqrt(2 + t * t);
      expect(rel(tSf(t, 2), 1 / (s * (s + t)))).toBeLessThan(1e-13);
    }
  });

  it('chiSquareSf with df = 2 is exp(−x/2)', () => {
    for (const x of [1e-6, 0.5, 3, 40, 700, 1400]) {
      expect(rel(chiSquareSf(x, 2), Math.exp(-x / 2))).toBeLessThan(1e-13);
    }
  });

  it('betaQuantile(p, 1, n) is the Clopper–Pearson upper limit at x = 0, 1 − (1 − p)^(1/n)', () => {
    for (const n of [1, 10, 1000, 1e7]) {
      for (const p of [0.95, 0.975, 0.995]) {
        expect(rel(betaQuantile(p, 1, n), -Math.expm1(Math.log1p(-p) / n))).toBeLessThan(1e-14);
      }
    }
  });

  it('logGamma of an integer n is ln((n − 1)!)', () => {
    let factorial = 1;
    for (let n = 3; n <= 30; n++) {
      factorial *= n - 1; // exact up to 22!
      expect(rel(logGamma(n), Math.log(factorial))).toBeLessThan(1e-14);
    }
  });
});

describe('betaQuantilePair', () => {
  it('returns both x and 1 − x with full relative accuracy when the root is close to 1', () => {
    // Beta(1e7, 1): the 2.5 % point is x = 0.025^(1e-7), 1 − x = −expm1(ln(0.025)/1e7).
    const [x, y] = betaQuantilePair(0.025, 1e7, 1);
    expect(rel(y, -Math.expm1(Math.log(0.025) / 1e7))).toBeLessThan(1e-14);
    expect(x).toBe(1 - y);
    const [lower] = betaTails(1e7, 1, x, y, Math.log1p(-y), Math.log(y));
    expect(rel(lower, 0.025)).toBeLessThan(1e-12);
  });
});

describe('tCdf monotonicity', () => {
  it('tCdf two ulps apart near −40 at df 0.5047 is ordered within 1e-14 relative (seed -93728689)', () => {
    // The property's counterexample: the continued fraction is right to ~1e-15 relative, so the
    // two values may come out one ulp in either order; their true difference is below one ulp.
    const df = 0.5046557609211844;
    const lo = tCdf(-39.99999999999972, df);
    const hi = tCdf(-39.9999999999997, df);
    expect(lo - hi).toBeLessThanOrEqual(1e-14 * hi);
    // R 4.2: sprintf('%.17g', pt(-39.9999999999997, 0.5046557609211844)) is 0.049778221129663749.
    expect(Math.abs(hi - 0.049778221129663749)).toBeLessThan(1e-14 * hi);
  });

  it('tQuantile of two probabilities near 1e-12 at df ≈ 1e6 is ordered within 1e-14 relative (seed -774640423)', () => {
    const df = 999999.9962611095;
    const lo = tQuantile(1.0000000000000188e-12, df);
    const hi = tQuantile(1.0000000000000222e-12, df);
    expect(lo - hi).toBeLessThanOrEqual(1e-14 * Math.abs(hi));
    // R 4.2: sprintf('%.17g', qt(1.0000000000000188e-12, 999999.9962611095)) is -7.0345726084115867.
    expect(Math.abs(lo + 7.0345726084115867)).toBeLessThan(1e-14 * 7.03);
  });
});
