import { excerpt } from '../../internal/excerpt.js';
import { ownFields } from '../../internal/ownFields.js';
import type { Interval } from '../types.js';
import { binomialDraw } from './binomialDraw.js';
import { exactNetLimits } from './exactNet.js';
import { clipped, noInterval, zFor } from './shared.js';

/**
 * A net score's sample: positive (promoters, top box), neutral and negative (detractors, bottom
 * box) amounts as counts or weight sums, with the effective sample size.
 */
export interface Trinomial {
  readonly positive: number;
  readonly negative: number;
  readonly total: number;
  /** Kish's effective sample size (= total when unweighted). */
  readonly nEffective: number;
  /** Whether the amounts are plain integer counts (total = number of answers). */
  readonly integer: boolean;
}

/**
 * The interval methods for a net score (NPS, CSAT net).
 *
 * @category Statistics
 * @since 0.1.0
 */
export type NetMethod = 'adjusted-wald' | 'wald' | 'score' | 'exact' | 'bootstrap';

/** The methods, the default first. */
export const NET_METHODS: readonly [NetMethod, ...NetMethod[]] = [
  'adjusted-wald',
  'wald',
  'score',
  'exact',
  'bootstrap',
];

/** Trinomial variance of one answer's score in {−1, 0, 1}: p + d − (p − d)². */
export function netVariance(p: number, d: number): number {
  return Math.max(0, p + d - (p - d) * (p - d));
}

/** Reads a net-score sample from a result-like object's own fields with the given names. */
export function trinomialFrom(
  fn: string,
  value: unknown,
  positive: string,
  negative: string,
  neutral: string,
): Trinomial {
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(`${fn}: expected a result or a tally, received ${excerpt(value)}`);
  }
  const r = ownFields(value);
  const read = (key: string): number => {
    const x = r[key];
    if (typeof x !== 'number' || !(x >= 0 && x < Infinity)) {
      throw new TypeError(
        `${fn}: the result's ${key} must be a finite non-negative number, received ${excerpt(x)}`,
      );
    }
    return x;
  };
  const pos = read(positive);
  const neg = read(negative);
  const neu = read(neutral);
  const total = read('total');
  const n = read('n');
  const nEffective = read('nEffective');
  // Shares above 1 or an effective n below 1 would turn into NaN or ±Infinity downstream.
  if (!(pos + neg <= total * (1 + 1e-9) && (nEffective >= 1 || total === 0))) {
    throw new RangeError(
      `${fn}: the result's counts are inconsistent: ${pos} + ${neg} of ${total}, nEffective ${excerpt(nEffective)}`,
    );
  }
  return {
    positive: pos,
    negative: neg,
    total,
    nEffective,
    integer: total === n && Number.isInteger(pos) && Number.isInteger(neg) && Number.isInteger(neu),
  };
}

/** The most answers the exact interval takes: it costs O(n²) per p-value (about 0.4 s at 200). */
export const EXACT_MAX = 200;

/** The most bootstrap resamples: each costs O(log n), and the sort O(B log B) with B resamples. */
export const MAX_RESAMPLES = 100_000;

/** Mulberry32: a small, fast, seedable 32-bit generator (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Quantile of sorted values, R's type 7 (linear interpolation between order statistics). */
export function quantile7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

/**
 * The constrained maximum-likelihood share of positives q under p − d = delta, for effective
 * counts (pos, neu, neg): the root of P/q − 2A/(1 − 2q + Δ) + D/(q − Δ), decreasing in q on
 * (max(0, Δ), (1 + Δ)/2), found by bisection (boundary when the sign does not change).
 */
export function constrainedShare(pos: number, neu: number, neg: number, delta: number): number {
  let lo = Math.max(0, delta);
  let hi = (1 + delta) / 2;
  const g = (q: number): number =>
    (pos === 0 ? 0 : pos / q) -
    (neu === 0 ? 0 : (2 * neu) / (1 - 2 * q + delta)) +
    (neg === 0 ? 0 : neg / (q - delta));
  for (let i = 0; i < 200 && hi - lo > 0; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (g(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Bisection for the point in [lo, hi] where `inside` turns from true (at `from`) to false. */
function edge(inside: (x: number) => boolean, from: number, to: number): number {
  let a = from;
  let b = to;
  if (inside(b)) return b;
  for (let i = 0; i < 200; i++) {
    const mid = (a + b) / 2;
    if (mid === a || mid === b) break;
    if (inside(mid)) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/**
 * The interval of a net score 100·(p − d) in −100…100 by `method`:
 * - `wald`: 100(p − d) ± z·100·√(V/n) with V = p + d − (p − d)², n the effective sample size;
 * - `adjusted-wald` (Rocks 2016 as evaluated by MeasuringU): add 0.75 positive, 1.5 neutral and
 *   0.75 negative answers (n + 3), then Wald around the adjusted score;
 * - `score`: all Δ whose score test is not rejected, (Δ̂ − Δ)² ≤ z²·V(Δ)/n with V(Δ) from the
 *   constrained maximum-likelihood shares, limits by bisection;
 * - `exact`: the inversion of the exact one-sample test of the net score (see exactNet.ts);
 *   integer counts only;
 * - `bootstrap`: percentile interval (R's quantile type 7) of `resamples` multinomial resamples
 *   of the counts (exact binomial draws, see binomialDraw.ts) from a seeded Mulberry32
 *   generator; integer counts only.
 * All limits are clipped to −100…100.
 */
export function trinomialInterval(
  fn: string,
  t: Trinomial,
  level: number,
  method: NetMethod,
  resamples: number,
  seed: number,
): Interval {
  if (t.total === 0) return noInterval(level, method);
  const n = t.nEffective;
  const p = t.positive / t.total;
  const d = t.negative / t.total;
  const z = zFor(level);
  if (method === 'wald' || method === 'adjusted-wald') {
    const add = method === 'wald' ? 0 : 3;
    const m = n + add;
    const pa = (p * n + add / 4) / m;
    const da = (d * n + add / 4) / m;
    const h = z * Math.sqrt(netVariance(pa, da) / m);
    return clipped(100 * (pa - da - h), 100 * (pa - da + h), -100, 100, level, method);
  }
  if (method === 'score') {
    const pos = p * n;
    const neg = d * n;
    const neu = Math.max(0, n - pos - neg);
    const observed = p - d;
    const inside = (delta: number): boolean => {
      const q = constrainedShare(pos, neu, neg, delta);
      const v = Math.max(0, 2 * q - delta - delta * delta);
      return (observed - delta) ** 2 <= (z * z * v) / n;
    };
    const lower = edge(inside, observed, -1);
    const upper = edge(inside, observed, 1);
    return clipped(100 * lower, 100 * upper, -100, 100, level, method);
  }
  if (!t.integer) {
    throw new RangeError(
      `${fn}: the ${method === 'exact' ? 'exact interval' : 'bootstrap'} needs unweighted integer counts; use another method for weighted data`,
    );
  }
  const total = t.total;
  if (method === 'exact') {
    if (total > EXACT_MAX) {
      throw new RangeError(
        `${fn}: the exact interval is limited to ${EXACT_MAX} answers (its cost grows with n²), received ${total}; use 'adjusted-wald' or 'score'`,
      );
    }
    const [lower, upper] = exactNetLimits(total, t.positive - t.negative, level);
    return clipped(100 * lower, 100 * upper, -100, 100, level, method);
  }
  // Multinomial resamples from the counts: positives ~ Bin(n, p), then negatives among the rest
  // ~ Bin(n − positives, d/(1 − p)); each draw costs O(log n), not O(n).
  const random = mulberry32(seed);
  const rest = p < 1 ? d / (1 - p) : 0;
  const scores = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    const pos = binomialDraw(total, p, random);
    const neg = binomialDraw(total - pos, Math.min(1, rest), random);
    scores[b] = (100 * (pos - neg)) / total;
  }
  scores.sort();
  const a = (1 - level) / 2;
  return clipped(quantile7(scores, a), quantile7(scores, 1 - a), -100, 100, level, method);
}
