// Minimum information, as a property (docs/methodology.md): over random small samples (n ≤ 8), a target
// status of 'met' or 'missed' in confident mode implies that the exact one-sided test against the
// target has p ≤ (1 − level)/2. The exact references are computed here by brute force, never by
// the code under test:
// - shares (CSAT top box, proportion metrics, response rates): the binomial tail
//   Σ C(n, i) t^i (1 − t)^(n − i) over the outcomes at least as far on the claimed side;
// - NPS: the trinomial tail P(P − D ≥ k) (or ≤ k) by enumeration of every (P, D), maximised over
//   the nuisance promoter share q on a grid of 400 points of the line p − d = t (the supremum over
//   the whole null half is on that line: turning a detractor into a passive, or a passive into a
//   promoter, only raises P − D);
// - means (CES): the exact test of a bounded mean takes the supremum of P(X̄ ≥ x̄) over every
//   distribution on the scale's points with mean t. The reference takes it over the two-point
//   distributions on the scale's points (which include the extreme case, the scale's ends), a
//   lower bound of that supremum; Hoeffding's bound, which decides small samples, is above the
//   whole supremum by Hoeffding's theorem, so the property must hold against this reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cesMetric,
  checkTarget,
  csatMetric,
  type Direction,
  npsMetric,
  proportionMetric,
  responseRate,
  type Scale,
  tallyFromCounts,
} from '../../src/index.js';

type Kind = 'nps' | 'csat' | 'ces' | 'proportion' | 'rate';
const SCALES: Record<Kind, Scale> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  proportion: { min: 0, max: 1 },
  rate: { min: 0, max: 1 },
};
const METHODS: Record<Kind, readonly (string | undefined)[]> = {
  nps: [undefined, 'adjusted-wald', 'wald', 'score', 'exact'],
  csat: [undefined, 'wilson', 'wald', 'agresti-coull', 'jeffreys', 'clopper-pearson'],
  proportion: [undefined, 'wilson', 'wald', 'agresti-coull', 'jeffreys', 'clopper-pearson'],
  rate: [undefined, 'wilson', 'wald', 'agresti-coull', 'jeffreys', 'clopper-pearson'],
  ces: [undefined, 't', 'hoeffding'],
};

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/** P(X ≥ x) (up) or P(X ≤ x) for X ~ Binomial(n, t). */
function binomialTail(n: number, t: number, x: number, up: boolean): number {
  let s = 0;
  for (let i = 0; i <= n; i++) {
    if (up ? i >= x : i <= x) s += choose(n, i) * t ** i * (1 - t) ** (n - i);
  }
  return s;
}

/** sup over q of P(P − D ≥ k) (up) or ≤ k, by enumeration, on a grid of the nuisance share. */
function netTail(n: number, k: number, t: number, up: boolean): number {
  const lo = Math.max(0, t);
  const hi = (1 + t) / 2;
  let best = 0;
  for (let g = 0; g <= 400; g++) {
    const p = lo + ((hi - lo) * g) / 400;
    const d = Math.max(0, p - t);
    const a = Math.max(0, 1 - p - d);
    let s = 0;
    for (let i = 0; i <= n; i++) {
      for (let j = 0; i + j <= n; j++) {
        if (up ? i - j >= k : i - j <= k) {
          s += choose(n, i) * choose(n - i, j) * p ** i * d ** j * a ** (n - i - j);
        }
      }
    }
    best = Math.max(best, s);
  }
  return best;
}

/** sup over two-point distributions on the scale's points with mean t of P(X̄ ≥ x̄) (or ≤). */
function meanTail(scale: Scale, answers: number[], t: number, up: boolean): number {
  const n = answers.length;
  const sum = answers.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let a = scale.min; a <= t; a++) {
    for (let b = Math.max(a + 1, Math.ceil(t)); b <= scale.max; b++) {
      const w = (t - a) / (b - a); // the share at b
      // j answers at b: the sum is a(n − j) + bj.
      let s = 0;
      for (let j = 0; j <= n; j++) {
        const total = a * (n - j) + b * j;
        if (up ? total >= sum - 1e-9 : total <= sum + 1e-9)
          s += choose(n, j) * w ** j * (1 - w) ** (n - j);
      }
      best = Math.max(best, s);
    }
  }
  if (Number.isInteger(t)) best = Math.max(best, (up ? t >= sum / n : t <= sum / n) ? 1 : 0);
  return best;
}

const caseArb = fc.constantFrom<Kind>('nps', 'csat', 'ces', 'proportion', 'rate').chain((kind) => {
  const points = SCALES[kind].max - SCALES[kind].min + 1;
  return fc.record({
    kind: fc.constant(kind),
    answers: fc.array(fc.integer({ min: 0, max: points - 1 }), { minLength: 1, maxLength: 8 }),
    better: fc.constantFrom<Direction>('higher', 'lower'),
    // Targets on a grid of the range, so that percent and NPS targets are never slips.
    target: fc.integer({ min: 0, max: 40 }),
    level: fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99),
    method: fc.constantFrom(...METHODS[kind]),
  });
});

describe('minimum information for target checks', () => {
  it('a met or missed status on at most 8 answers implies the exact one-sided p ≤ (1 − level)/2', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const scale = SCALES[c.kind];
        const counts = Array<number>(scale.max - scale.min + 1).fill(0);
        for (const a of c.answers) counts[a] = (counts[a] as number) + 1;
        const n = c.answers.length;
        const t = tallyFromCounts(scale, counts);
        const frac = c.target / 40; // 0…1
        let result;
        let target: number;
        if (c.kind === 'rate') {
          result = responseRate(counts[1] as number, n);
          target = frac;
        } else if (c.kind === 'nps') {
          result = npsMetric.score(t);
          target = Math.round(-100 + 200 * frac);
        } else if (c.kind === 'csat') {
          result = csatMetric().score(t);
          target = 100 * frac;
        } else if (c.kind === 'proportion') {
          result = proportionMetric({ better: c.better }).score(t);
          target = 100 * frac;
        } else {
          result = cesMetric({ easier: c.better }).score(t);
          target = 1 + 6 * frac;
        }
        if (c.kind === 'nps' && target > -1 && target < 1) target = 0;
        const check = checkTarget(result, { target, level: c.level, method: c.method });
        if (check.status !== 'met' && check.status !== 'missed') return;
        // A target at the bad end of the range is met by every value (its null is empty, p = 0).
        if (check.status === 'met' && frac === (check.direction === 'higher' ? 0 : 1)) return;
        // The claimed side: above the target for met with higher-is-better, and so on.
        const up = (check.status === 'met') === (check.direction === 'higher');
        let p: number;
        if (c.kind === 'nps') {
          const k =
            (result as { promoters: number; detractors: number }).promoters -
            (result as { detractors: number }).detractors;
          p = netTail(n, k, target / 100, up);
        } else if (c.kind === 'ces') {
          p = meanTail(
            scale,
            c.answers.map((a) => a + scale.min),
            target,
            up,
          );
        } else {
          const x =
            c.kind === 'csat'
              ? (counts[3] as number) + (counts[4] as number)
              : (counts[1] as number);
          p = binomialTail(n, c.kind === 'rate' ? target : target / 100, x, up);
        }
        expect(p, JSON.stringify({ c, check })).toBeLessThanOrEqual((1 - c.level) / 2 + 1e-9);
      }),
    );
  });
});
