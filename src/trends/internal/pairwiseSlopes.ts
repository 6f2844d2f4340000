import { mulberry32 } from '../../stats/internal/trinomial.js';

/**
 * Order statistics of pairwise slopes and Kendall's S without the m(m − 1)/2 pairs in memory
 * (trendTest's Theil–Sen and Mann–Kendall). Points are (x, y) with x strictly increasing; the slope
 * of a pair i < j is the double `(y[j] − y[i]) / (x[j] − x[i])`, computed exactly as a brute
 * force over all pairs computes it, and `slopeRanks` returns the same doubles a sort of all the
 * slopes would.
 *
 * How: with g_t(i) = y[i] − t·x[i], a pair has slope < t exactly when g_t(j) < g_t(i), so the
 * number of slopes below t is an inversion count, O(m log m) by merge sort. A sample of pairs
 * brackets each rank, bisection on t narrows the bracket until it holds at most `cap` slopes, and
 * those are listed (the inversions of one order against another) and sorted. Rounding in g_t
 * can misplace only slopes within a tiny margin of t (see `margin`), so every bracket keeps that
 * margin and the selected value is checked to lie clear of it, else the bracket is widened.
 * When more than `cap` slopes lie within the margins of one value (ties), they are streamed into
 * counts per distinct double instead of stored. Time O(m log m) per bisection step (about 20
 * steps), memory O(m + cap).
 */

/** The number of pairs i < j whose key2 is less at j than at i, with `order` read as given. */
function inversions(
  order: Int32Array,
  key: Float64Array,
  visit?: (p: number, q: number) => void,
): number {
  const n = order.length;
  let a = Int32Array.from(order);
  let b = new Int32Array(n);
  // key2 = (key, index): ties in key are broken by the index, so an inversion needs a smaller key.
  let count = 0;
  for (let w = 1; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(lo + w, n);
      const hi = Math.min(lo + 2 * w, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const r = a[j] as number;
        const l = a[i] as number;
        const kr = key[r] as number;
        const kl = key[l] as number;
        if (kr < kl || (kr === kl && r < l)) {
          // r comes before every element left in the left half: all are inversions with r.
          count += mid - i;
          if (visit) for (let t = i; t < mid; t++) visit(a[t] as number, r);
          b[k++] = r;
          j++;
        } else {
          b[k++] = l;
          i++;
        }
      }
      while (i < mid) b[k++] = a[i++] as number;
      while (j < hi) b[k++] = a[j++] as number;
    }
    [a, b] = [b, a];
  }
  return count;
}

/** Kendall's S = Σᵢ<ⱼ sign(y[j] − y[i]) for x strictly increasing, with `ties` = Σ t(t − 1)/2. */
export function kendallS(y: readonly number[], ties: number): number {
  const m = y.length;
  const order = new Int32Array(m).map((_, i) => i);
  const down = inversions(order, Float64Array.from(y));
  return (m * (m - 1)) / 2 - ties - 2 * down;
}

/**
 * The slopes of the given 1-based ranks among the sorted pairwise slopes. `cap` bounds the slopes
 * held at once (default 8m, at least 65,536); it is a parameter so that tests can force every path
 * on small series.
 */
export function slopeRanks(
  x: readonly number[],
  y: readonly number[],
  ranks: readonly number[],
  cap: number = Math.max(65536, 8 * x.length),
): number[] {
  const m = x.length;
  const N = (m * (m - 1)) / 2;
  const slope = (i: number, j: number): number =>
    ((y[j] as number) - (y[i] as number)) / ((x[j] as number) - (x[i] as number));
  if (N <= cap) {
    const all = new Float64Array(N);
    let k = 0;
    for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) all[k++] = slope(i, j);
    all.sort();
    return ranks.map((r) => all[r - 1] as number);
  }
  let Y = 0;
  let X = 0;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < m; i++) {
    Y = Math.max(Y, Math.abs(y[i] as number));
    X = Math.max(X, Math.abs(x[i] as number));
    minY = Math.min(minY, y[i] as number);
    maxY = Math.max(maxY, y[i] as number);
  }
  // Rounding in y − t·x is below 2.3e-16·(Y + 2|t|X) per point, so a pair is misclassified at t
  // only if its slope lies within 4.5e-16·(Y + 2|t|X) of t (x differences are at least 1); the
  // slope's own rounding adds 2.3e-16·|slope|. The margin is 200 times their sum.
  const margin = (t: number): number => 1e-13 * (Y + Math.abs(t) * (2 * X + 1)) + 1e-300;
  // Every slope lies within ±(maxY − minY): these bounds hold all pairs below them or none.
  const span = maxY - minY;
  const MIN = -2 * span - 1;
  const MAX = 2 * span + 1;
  const identity = new Int32Array(m).map((_, i) => i);
  const keys = (t: number): Float64Array =>
    Float64Array.from(x, (xi, i) => (y[i] as number) - t * xi);
  const below = (t: number): number => inversions(identity, keys(t));
  // The slopes classified in [t1, t2): the inversions of (g_t2, index) in the order of (g_t1, index).
  // Such a pair is i < j with g_t1(j) ≥ g_t1(i), so i comes first: visit(p, q) has p < q.
  const between = (t1: number, t2: number, visit: (p: number, q: number) => void): void => {
    const k1 = keys(t1);
    // A stable sort of the index order: ties in g_t1 stay in index order.
    const order = Int32Array.from(identity).sort((p, q) => (k1[p] as number) - (k1[q] as number));
    inversions(order, keys(t2), visit);
  };
  // A sample of pairs, sorted, brackets each rank by its quantiles.
  const random = mulberry32(0x5e115e11);
  const size = Math.min(cap, 4 * m);
  const sample = new Float64Array(size).map(() => {
    const i = Math.floor(random() * m);
    let j = Math.floor(random() * (m - 1));
    if (j >= i) j++;
    return i < j ? slope(i, j) : slope(j, i);
  });
  sample.sort();
  const spread = 3 * Math.sqrt(size);
  // Slopes equal to 0 (equal scores) are the common tie: y[j] − y[i] is 0 exactly when the scores
  // are equal and its sign is exact otherwise, so the ranks of 0 are known from one count (unless
  // a subnormal difference could round to 0 in the division, or a −0 is present).
  const exact = y.every((v) => (v === 0 ? !Object.is(v, -0) : Math.abs(v) >= 2 ** -960));
  const zeroFrom = inversions(identity, Float64Array.from(y));
  const zeroTo = exact
    ? N -
      inversions(
        identity,
        Float64Array.from(y, (v) => -v),
      )
    : zeroFrom;
  // The last listed bracket, sorted: the median's two ranks usually share one.
  let last: [number, Float64Array, number, number] = [0, new Float64Array(0), MIN, MAX];
  // The slopes below t1 are below t1 + margin, those from t2 up above t2 − margin: a value listed
  // from [t1, t2) is the k-th only if it lies clear of both.
  const low = (v: number, t1: number): boolean => t1 !== MIN && v < t1 + margin(t1);
  const high = (v: number, t2: number): boolean => t2 !== MAX && v > t2 - margin(t2);
  return ranks.map((k) => {
    if (zeroFrom < k && k <= zeroTo) return 0;
    const [c0, got, u1, u2] = last;
    const cached = got[k - c0 - 1];
    if (cached !== undefined && !low(cached, u1) && !high(cached, u2)) return cached;
    const q = (k / N) * size;
    const a = Math.floor(q - spread);
    const b = Math.ceil(q + spread);
    // The bracket [t1, t2) with c1 < k ≤ c2 slopes below its ends; a probe at u moves one end.
    let [t1, c1, t2, c2] = [MIN, 0, MAX, N];
    const probe = (u: number): void => {
      if (u > t1 && u < t2) {
        const c = below(u);
        if (c < k) [t1, c1] = [u, c];
        else [t2, c2] = [u, c];
      }
    };
    // First the sample's quantiles around the rank (each kept clear of its value by the margin).
    if (a >= 0) probe((sample[a] as number) - margin(sample[a] as number));
    if (b < size) probe((sample[b] as number) + margin(sample[b] as number));
    // Bisection runs once: after a widening the bracket is only listed again.
    let narrow = true;
    for (;;) {
      // Narrow the bracket until it holds at most cap slopes or is as narrow as the margins allow:
      // a window of about cap/2 slopes around the interpolated position, or, when that did not
      // halve the bracket, bisection.
      let interpolate = true;
      while (narrow && c2 - c1 > cap && t2 - t1 > 4 * (margin(t1) + margin(t2))) {
        const before = c2 - c1;
        const width = t2 - t1;
        if (interpolate) {
          const t = t1 + (width * (k - c1 - 0.5)) / before;
          const w = (width * cap) / 4 / before;
          probe(t - w);
          probe(t + w);
        } else probe(t1 + width / 2);
        interpolate = c2 - c1 <= before / 2;
      }
      let v: number;
      if (c2 - c1 <= cap) {
        const got = new Float64Array(c2 - c1);
        let n = 0;
        between(t1, t2, (p, q) => {
          got[n++] = slope(p, q);
        });
        got.sort();
        v = got[k - c1 - 1] as number;
        last = [c1, got, t1, t2];
      } else {
        // Ties: more than cap slopes within the margins of one value, counted per distinct double.
        const counts = new Map<number, number>();
        between(t1, t2, (p, q) => {
          const s = slope(p, q);
          counts.set(s, (counts.get(s) ?? 0) + 1);
        });
        const values = [...counts.keys()].sort((u, w) => u - w);
        let seen = c1;
        v = values.find((u) => (seen += counts.get(u) as number) >= k) as number;
      }
      // Else widen the bracket and select again.
      const under = low(v, t1);
      const over = high(v, t2);
      if (!under && !over) return v;
      narrow = false;
      if (under) c1 = below((t1 -= 4 * margin(t1)));
      if (over) c2 = below((t2 += 4 * margin(t2)));
    }
  });
}
