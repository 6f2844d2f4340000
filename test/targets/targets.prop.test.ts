import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cesMetric,
  checkTarget,
  csat,
  csatMetric,
  type Direction,
  nps,
  npsMetric,
  proportionMetric,
  responseRate,
  type Scale,
  type TargetInput,
  tallyFromCounts,
} from '../../src/index.js';

type Kind = 'nps' | 'csat' | 'ces' | 'proportion' | 'rate';
const METHODS: Record<Kind, readonly (string | undefined)[]> = {
  nps: [undefined, 'adjusted-wald', 'wald', 'score'],
  csat: [undefined, 'wilson', 'wald', 'agresti-coull', 'jeffreys', 'clopper-pearson'],
  proportion: [undefined, 'wilson', 'wald', 'agresti-coull', 'jeffreys', 'clopper-pearson'],
  rate: [undefined, 'wilson', 'wald', 'agresti-coull', 'jeffreys', 'clopper-pearson'],
  ces: [undefined, 't', 'hoeffding'],
};
const SCALES: Record<Kind, Scale> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  proportion: { min: 0, max: 1 },
  rate: { min: 0, max: 1 },
};
const RANGES: Record<Kind, [number, number]> = {
  nps: [-100, 100],
  csat: [0, 100],
  proportion: [0, 100],
  ces: [1, 7],
  rate: [0, 1],
};

/** A result of the kind from counts on its scale, optionally weighted (Kish n_eff = n / spread). */
function resultOf(
  kind: Kind,
  counts: number[],
  w: number,
  spread: number,
  better: Direction,
): TargetInput {
  const n = counts.reduce((a, b) => a + b, 0);
  if (kind === 'rate') return responseRate(counts[1] as number, n);
  const scale = SCALES[kind];
  const t =
    w === 1 || n === 0
      ? tallyFromCounts(scale, counts)
      : tallyFromCounts(
          scale,
          counts.map((c) => c * w),
          { n, weightSquares: w * w * n * Math.min(spread, n) },
        );
  if (kind === 'nps') return npsMetric.score(t);
  if (kind === 'csat') return csatMetric().score(t);
  if (kind === 'ces') return cesMetric({ easier: better }).score(t);
  return proportionMetric({ better }).score(t);
}

/**
 * A target in the kind's range; percent targets are never fractions strictly between 0 and 1,
 * NPS targets never strictly between −1 and 1 but 0 (both are refused as slips).
 */
function targetArb(kind: Kind): fc.Arbitrary<number> {
  const [lo, hi] = RANGES[kind];
  return fc.oneof(
    fc.constantFrom(lo, hi, (lo + hi) / 2),
    fc
      .double({ min: lo, max: hi, noNaN: true })
      .map((t) =>
        RANGES[kind][1] === 100 && t > 0 && t < 1
          ? 1
          : kind === 'nps' && t > -1 && t < 0
            ? -1
            : t + 0,
      ),
  );
}

const caseArb = fc.constantFrom<Kind>('nps', 'csat', 'ces', 'proportion', 'rate').chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    counts: fc.array(
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2000 })),
      {
        minLength: SCALES[kind].max - SCALES[kind].min + 1,
        maxLength: SCALES[kind].max - SCALES[kind].min + 1,
      },
    ),
    w: fc.constantFrom(1, 1, 0.5, 2.5),
    spread: fc.constantFrom(1, 1.7),
    better: fc.constantFrom<Direction>('higher', 'lower'),
    direction: fc.constantFrom<Direction | undefined>(undefined, 'higher', 'lower'),
    target: targetArb(kind),
    level: fc.oneof(
      fc.constantFrom(0.8, 0.9, 0.95, 0.99),
      fc.double({ min: 0.5, max: 0.999, noNaN: true }),
    ),
    method: fc.constantFrom(...METHODS[kind]),
  }),
);

describe('target properties', () => {
  it('in confident mode, met ⇔ the one-sided p-value ≤ (1 − level)/2, up to ties at the limit', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = resultOf(c.kind, c.counts, c.w, c.spread, c.better);
        const check = checkTarget(r, {
          target: c.target,
          direction: c.direction,
          level: c.level,
          method: c.method,
        });
        if (check.status === 'insufficient-data') return;
        const alpha = (1 - c.level) / 2;
        const p = check.pValue as number;
        expect(p >= 0 && p <= 1).toBe(true);
        // Ties: the target sits on the interval's limit (in p, or within rounding of the limit).
        const { lower, upper } = check.interval as { lower: number; upper: number };
        const near = (x: number) =>
          Math.abs(x - c.target) <= 1e-12 * (RANGES[c.kind][1] - RANGES[c.kind][0]);
        if (Math.abs(p - alpha) < 1e-9 || near(lower) || near(upper)) return;
        expect(check.status === 'met', JSON.stringify(check)).toBe(p <= alpha);
      }),
    );
  });

  it('straddles is exactly "confident mode would say inconclusive", and point mode follows the gap', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = resultOf(c.kind, c.counts, c.w, c.spread, c.better);
        const options = {
          target: c.target,
          direction: c.direction,
          level: c.level,
          method: c.method,
        };
        const confident = checkTarget(r, options);
        const point = checkTarget(r, { ...options, mode: 'point' });
        expect(point.straddles).toBe(confident.straddles);
        expect(point.pValue).toBe(confident.pValue);
        if (confident.status === 'insufficient-data') {
          expect(point.status).toBe('insufficient-data');
          return;
        }
        expect(confident.straddles).toBe(confident.status === 'inconclusive');
        expect(point.status).toBe((point.gap as number) >= 0 ? 'met' : 'missed');
        const { lower, upper } = confident.interval as { lower: number; upper: number };
        const higher = confident.direction === 'higher';
        if (confident.status === 'met')
          expect(higher ? lower >= c.target : upper <= c.target).toBe(true);
        if (confident.status === 'missed')
          expect(higher ? upper < c.target : lower > c.target).toBe(true);
      }),
    );
  });

  it('no input without data — no answers, only missing answers, weights summing to 0 — is ever met', () => {
    const kindArb = fc.constantFrom<Kind>('nps', 'csat', 'ces', 'proportion', 'rate');
    fc.assert(
      fc.property(
        kindArb.chain((kind) =>
          fc.record({
            kind: fc.constant(kind),
            target: targetArb(kind),
            how: fc.constantFrom('empty', 'missing', 'zero-weights'),
            length: fc.integer({ min: 1, max: 20 }),
            mode: fc.constantFrom<'point' | 'confident'>('point', 'confident'),
            direction: fc.constantFrom<Direction | undefined>(undefined, 'higher', 'lower'),
            method: fc.constantFrom(...METHODS[kind]),
            minN: fc.constantFrom(undefined, 0, 30),
          }),
        ),
        (c) => {
          const scale = SCALES[c.kind];
          const answers =
            c.how === 'empty'
              ? []
              : Array.from({ length: c.length }, (_, i) =>
                  c.how === 'missing' ? null : scale.min + (i % 2),
                );
          const weight = c.how === 'zero-weights' ? answers.map(() => 0) : undefined;
          const r: TargetInput =
            c.kind === 'rate'
              ? responseRate(0, 0)
              : c.kind === 'nps'
                ? nps(answers, { weight })
                : c.kind === 'csat'
                  ? csat(answers, { weight })
                  : c.kind === 'ces'
                    ? cesMetric().score(
                        tallyFromCounts(scale, Array(7).fill(0) as number[], {
                          skipped: answers.length,
                        }),
                      )
                    : proportionMetric().score(
                        tallyFromCounts(scale, [0, 0], { skipped: answers.length }),
                      );
          const check = checkTarget(r, {
            target: c.target,
            mode: c.mode,
            direction: c.direction,
            method: c.method,
            minN: c.minN,
          });
          expect(check.status).toBe('insufficient-data');
          expect(check.value).toBeNull();
          expect(check.pValue).toBeNull();
        },
      ),
    );
  });
});
