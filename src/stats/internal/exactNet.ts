/**
 * The exact one-sample test of a net score (NPS, CSAT net) and the interval that inverts it, for
 * unweighted integer counts below the minimum-information threshold.
 *
 * The statistic is the observed net count k = P − D of n answers. Under a true net score t
 * (on −1…1) the promoter share q is a nuisance parameter: p = q, d = q − t, passives 1 − 2q + t,
 * for q from max(0, t) to (1 + t)/2. The one-sided p-value for "the score is above t" is
 * sup_q P(P − D ≥ k), for "below t" sup_q P(P − D ≤ k); both suprema over the whole null half
 * (scores ≤ t, resp. ≥ t) are reached on the line p − d = t, because moving an answer from
 * detractor to passive or from passive to promoter makes P − D stochastically larger. The
 * supremum is found on a grid of `GRID` shares refined by golden-section search around the best
 * grid point. The interval is {t : neither p-value ≤ (1 − level)/2}, its limits found by
 * bisection and reported on the side where the p-value is ≤ (1 − level)/2, so a limit that
 * clears a target always means the p-value at that target does too.
 */

/** Grid points over the nuisance share before the golden-section refinement. */
const GRID = 16;

/** Work arrays of the convolution, padded by one zero on each side; grown on demand. */
let dist = /* @__PURE__ */ new Float64Array(0);
let next = /* @__PURE__ */ new Float64Array(0);

/** P(P − D ≥ k) (upper) or P(P − D ≤ k) for n trinomial answers with shares p, a, d. */
function netTail(n: number, p: number, a: number, d: number, k: number, upper: boolean): number {
  // dist[v + n + 1] = P(P − D = v) after the answers so far: n steps of a three-point convolution.
  if (dist.length < 2 * n + 3) {
    dist = new Float64Array(2 * n + 3);
    next = new Float64Array(2 * n + 3);
  }
  dist.fill(0, 0, 2 * n + 3);
  next.fill(0, 0, 2 * n + 3);
  dist[n + 1] = 1;
  for (let i = 1; i <= n; i++) {
    for (let v = n + 1 - i; v <= n + 1 + i; v++) {
      next[v] = a * (dist[v] as number) + p * (dist[v - 1] as number) + d * (dist[v + 1] as number);
    }
    [dist, next] = [next, dist];
  }
  let s = 0;
  const from = upper ? Math.max(k, -n) : -n;
  const to = upper ? n : Math.min(k, n);
  for (let v = from; v <= to; v++) s += dist[v + n + 1] as number;
  return Math.min(1, s);
}

/** sup over the nuisance share of the tail at net score t (−1…1). */
export function exactNetTail(n: number, k: number, t: number, upper: boolean): number {
  const lo = Math.max(0, t);
  const hi = (1 + t) / 2;
  const at = (q: number): number =>
    netTail(n, q, Math.max(0, 1 - 2 * q + t), Math.max(0, q - t), k, upper);
  if (!(hi > lo)) return at(lo);
  const step = (hi - lo) / GRID;
  let best = 0;
  let bestAt = 0;
  for (let i = 0; i <= GRID; i++) {
    const v = at(lo + i * step);
    if (v > best) {
      best = v;
      bestAt = i;
    }
  }
  // Golden-section search for a maximum between the best point's neighbours.
  let a = lo + Math.max(0, bestAt - 1) * step;
  let b = lo + Math.min(GRID, bestAt + 1) * step;
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let e = a + g * (b - a);
  let fc = at(c);
  let fe = at(e);
  for (let i = 0; i < 24; i++) {
    if (fc >= fe) {
      b = e;
      e = c;
      fe = fc;
      c = b - g * (b - a);
      fc = at(c);
    } else {
      a = c;
      c = e;
      fc = fe;
      e = a + g * (b - a);
      fe = at(e);
    }
  }
  return Math.max(best, fc, fe);
}

/** The exact one-sided p-values [above t, below t] for net count k of n answers. */
export function exactNetTails(n: number, k: number, t: number): [number, number] {
  return [exactNetTail(n, k, t, true), exactNetTail(n, k, t, false)];
}

/** The exact interval's limits on −1…1 for net count k of n answers at `level`. */
export function exactNetLimits(n: number, k: number, level: number): [number, number] {
  const half = (1 - level) / 2;
  // The lower limit is the largest t whose "above t" p-value is ≤ half (that p-value grows
  // with t), the upper limit the smallest t whose "below t" p-value is ≤ half. Illinois
  // (regula falsi) steps on p − half keep the bracket [inside, outside] and its invariant.
  const limit = (upper: boolean): number => {
    const f = (t: number): number => exactNetTail(n, k, t, !upper) - half;
    let inside = upper ? 1 : -1;
    let outside = upper ? -1 : 1;
    let fi = f(inside);
    if (fi > 0) return inside;
    let fo = f(outside);
    for (let i = 0; i < 100 && Math.abs(outside - inside) > 1e-12; i++) {
      let mid = inside - (fi * (outside - inside)) / (fo - fi);
      // Fall back to bisection when the secant step would not shrink the bracket enough.
      if (!(Math.abs(mid - inside) > 1e-13 && Math.abs(mid - outside) > 1e-13) || i % 4 === 3) {
        mid = (inside + outside) / 2;
      }
      const fm = f(mid);
      if (fm <= 0) {
        inside = mid;
        fi = fm;
        fo /= 2;
      } else {
        outside = mid;
        fo = fm;
        fi /= 2;
      }
    }
    return inside;
  };
  return [limit(false), limit(true)];
}
