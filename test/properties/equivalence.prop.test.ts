import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/index.js';
import {
  ces,
  cesMetric,
  csat,
  csatMetric,
  nps,
  npsFromCounts,
  npsMetric,
  proportionMetric,
  tally,
  tallyFromCounts,
} from '../../src/index.js';
import type { Answer } from './arbitraries.js';
import {
  answersArb,
  close,
  countMissing,
  MAX_LENGTH,
  messyAnswerArb,
  NPS_SCALE,
  pointsArb,
  scaleArb,
  weightedArb,
} from './arbitraries.js';

/** Answers with a random permutation of them. */
function withPermutation<T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return arb.chain((a) =>
    fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length, maxLength: a.length })),
  );
}

/** A generator over the items of an array (the non-array-like path). */
function* iterate<T>(a: readonly T[]): Generator<T> {
  yield* a;
}

const CSAT_SCALE = { min: 1, max: 5 };
const CES_SCALE = { min: 1, max: 7 };

describe('order independence', () => {
  it('shuffling the answers gives deep-equal NPS results', () => {
    fc.assert(
      fc.property(withPermutation(answersArb(NPS_SCALE)), ([a, b]) => {
        expect(nps(b)).toEqual(nps(a));
      }),
    );
  });

  it('shuffling the answers gives deep-equal CSAT results', () => {
    fc.assert(
      fc.property(withPermutation(answersArb(CSAT_SCALE)), ([a, b]) => {
        expect(csat(b)).toEqual(csat(a));
      }),
    );
  });

  it('shuffling the answers gives deep-equal CES results', () => {
    fc.assert(
      fc.property(withPermutation(answersArb(CES_SCALE)), ([a, b]) => {
        expect(ces(b)).toEqual(ces(a));
      }),
    );
  });

  it('shuffling messy answers under invalid: skip gives deep-equal tallies', () => {
    const arb = scaleArb.chain((scale) =>
      fc.tuple(
        fc.constant(scale),
        withPermutation(fc.array(messyAnswerArb(scale), { maxLength: MAX_LENGTH })),
      ),
    );
    fc.assert(
      fc.property(arb, ([scale, [a, b]]) => {
        expect(tally(b as Answers, scale, { invalid: 'skip' })).toEqual(
          tally(a as Answers, scale, { invalid: 'skip' }),
        );
      }),
    );
  });
});

describe('raw answers and pre-aggregated counts', () => {
  it('nps of answers deep-equals npsFromCounts of independently counted categories', () => {
    fc.assert(
      fc.property(fc.array(messyAnswerArb(NPS_SCALE), { maxLength: MAX_LENGTH }), (answers) => {
        const valid = answers.filter(
          (x): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10,
        );
        const skipped = countMissing(answers);
        const counts = {
          promoters: valid.filter((x) => x >= 9).length,
          passives: valid.filter((x) => x === 7 || x === 8).length,
          detractors: valid.filter((x) => x <= 6).length,
        };
        const invalid = answers.length - valid.length - skipped;
        expect(npsFromCounts(counts, { skipped, invalid })).toEqual(
          nps(answers as Answers, { invalid: 'skip' }),
        );
      }),
    );
  });

  it('every metric scores tallyFromCounts of the same counts like the raw answers', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), (answers) => {
        const skipped = countMissing(answers);
        const counts: Record<number, number> = {};
        for (const x of answers) if (typeof x === 'number') counts[x] = (counts[x] ?? 0) + 1;
        const t = tallyFromCounts(NPS_SCALE, counts, { skipped });
        expect(npsMetric.score(t)).toEqual(nps(answers));
        const c = csatMetric({ scale: NPS_SCALE, topBox: 3 });
        expect(c.score(t)).toEqual(csat(answers, { scale: NPS_SCALE, topBox: 3 }));
        const e = cesMetric({ scale: NPS_SCALE, easier: 'lower' });
        expect(e.score(t)).toEqual(ces(answers, { scale: NPS_SCALE, easier: 'lower' }));
      }),
    );
  });

  it('csatMetric().score of tallyFromCounts deep-equals csat of answers with the same counts', () => {
    fc.assert(
      fc.property(answersArb(CSAT_SCALE), (answers) => {
        const counts = [0, 0, 0, 0, 0];
        for (const x of answers)
          if (typeof x === 'number') counts[x - 1] = (counts[x - 1] ?? 0) + 1;
        const t = tallyFromCounts(CSAT_SCALE, counts, { skipped: countMissing(answers) });
        expect(csatMetric().score(t)).toEqual(csat(answers));
      }),
    );
  });

  it('cesMetric().score of tallyFromCounts deep-equals ces of answers with the same counts', () => {
    fc.assert(
      fc.property(answersArb(CES_SCALE), (answers) => {
        const counts = [0, 0, 0, 0, 0, 0, 0];
        for (const x of answers)
          if (typeof x === 'number') counts[x - 1] = (counts[x - 1] ?? 0) + 1;
        const t = tallyFromCounts(CES_SCALE, counts, { skipped: countMissing(answers) });
        expect(cesMetric().score(t)).toEqual(ces(answers));
      }),
    );
  });

  it('proportionMetric().score of tallyFromCounts deep-equals its score of the raw tally', () => {
    const metric = proportionMetric({ better: 'lower' });
    fc.assert(
      fc.property(answersArb(metric.scale), (answers) => {
        const ones = answers.filter((x) => x === 1).length;
        const zeros = answers.filter((x) => x === 0).length;
        const t = tallyFromCounts(metric.scale, [zeros, ones], { skipped: countMissing(answers) });
        expect(metric.score(t)).toEqual(metric.score(tally(answers, metric.scale)));
      }),
    );
  });

  it('a weighted pre-aggregate with weightSquares and n scores like the weighted raw answers', () => {
    fc.assert(
      fc.property(weightedArb(NPS_SCALE), ({ answers, weights }) => {
        const t = tally(answers, NPS_SCALE, { weight: weights });
        const pre = tallyFromCounts(NPS_SCALE, t.counts, {
          weightSquares: t.weightSquares,
          n: t.n,
          skipped: t.skipped,
        });
        expect(pre).toEqual(t);
        expect(npsMetric.score(pre)).toEqual(nps(answers, { weight: weights }));
      }),
    );
  });

  it('npsFromCounts of weighted category sums agrees with weighted nps to 1e-12', () => {
    fc.assert(
      fc.property(weightedArb(NPS_SCALE, 1), ({ answers, weights }) => {
        let promoters = 0;
        let passives = 0;
        let detractors = 0;
        let weightSquares = 0;
        let n = 0;
        answers.forEach((x, i) => {
          const w = weights[i] ?? 0;
          if (typeof x !== 'number') return;
          if (x >= 9) promoters += w;
          else if (x >= 7) passives += w;
          else detractors += w;
          weightSquares += w * w;
          n++;
        });
        const r = nps(answers, { weight: weights });
        const opts = { weightSquares, n, skipped: answers.length - n };
        const fromCounts = npsFromCounts({ promoters, passives, detractors }, opts);
        expect(fromCounts.n).toBe(r.n);
        expect(fromCounts.skipped).toBe(r.skipped);
        expect(fromCounts.score === null).toBe(r.score === null);
        expect(close(fromCounts.score ?? 0, r.score ?? 0, 1e-12, 100)).toBe(true);
        expect(close(fromCounts.nEffective, r.nEffective, 1e-12)).toBe(true);
      }),
    );
  });
});

describe('input shapes', () => {
  it('a Float64Array or Int8Array of answers gives the same result as the plain array', () => {
    fc.assert(
      fc.property(pointsArb(NPS_SCALE), (a) => {
        const expected = nps(a);
        expect(nps(Float64Array.from(a))).toEqual(expected);
        expect(nps(Int8Array.from(a))).toEqual(expected);
        expect(nps(Uint16Array.from(a))).toEqual(expected);
        expect(csat(Int8Array.from(a), { scale: NPS_SCALE })).toEqual(
          csat(a, { scale: NPS_SCALE }),
        );
      }),
    );
  });

  it('typed arrays with off-scale values skip them like plain arrays under invalid: skip', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -128, max: 127 }), { maxLength: MAX_LENGTH }), (a) => {
        const expected = nps(a, { invalid: 'skip' });
        expect(nps(Int8Array.from(a), { invalid: 'skip' })).toEqual(expected);
        expect(nps(Float32Array.from(a), { invalid: 'skip' })).toEqual(expected);
      }),
    );
  });

  it('a generator gives the same tally as the array, and an array-like object is refused', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), (a) => {
        const expected = tally(a, NPS_SCALE);
        expect(tally(iterate(a), NPS_SCALE)).toEqual(expected);
        const arrayLike: ArrayLike<Answer> = {
          length: a.length,
          ...Object.fromEntries(a.entries()),
        };
        expect(() => tally(arrayLike as unknown as Answer[], NPS_SCALE)).toThrow(TypeError);
      }),
    );
  });

  it('rows read through an accessor give the same result as the answers themselves', () => {
    fc.assert(
      fc.property(answersArb(NPS_SCALE), (a) => {
        const rows = a.map((q) => ({ q }));
        expect(nps(rows, (r) => r.q)).toEqual(nps(a));
        expect(csat(rows, (r) => r.q, { scale: NPS_SCALE })).toEqual(csat(a, { scale: NPS_SCALE }));
        expect(ces(rows, (r) => r.q, { scale: NPS_SCALE })).toEqual(ces(a, { scale: NPS_SCALE }));
        expect(tally(rows, NPS_SCALE, { value: (r) => r.q })).toEqual(tally(a, NPS_SCALE));
        expect(nps(iterate(rows), (r) => r.q)).toEqual(nps(a));
      }),
    );
  });
});

describe('scale-shift equivalence', () => {
  const shiftArb = fc.integer({ min: -1000, max: 1000 });

  it('CSAT on min…min+4 with shifted answers gives the same score, share and net, and a mean shifted by min − 1', () => {
    fc.assert(
      fc.property(answersArb(CSAT_SCALE), shiftArb, (a, m) => {
        const shifted = a.map((x) => (typeof x === 'number' ? x + m - 1 : x));
        const base = csat(a);
        const r = csat(shifted, { scale: { min: m, max: m + 4 } });
        expect(r.score).toEqual(base.score);
        expect(r.share).toEqual(base.share);
        expect(r.bottomShare).toEqual(base.bottomShare);
        expect(r.net).toEqual(base.net);
        expect(r.counts).toEqual(base.counts);
        expect(r.satisfied).toBe(base.satisfied);
        expect(r.dissatisfied).toBe(base.dissatisfied);
        expect(r.mean === null).toBe(base.mean === null);
        if (r.mean !== null && base.mean !== null) {
          expect(close(r.mean, base.mean + m - 1, 1e-12, 1000)).toBe(true);
        }
      }),
    );
  });

  it('CES on min…min+6 with shifted answers gives the same easy share and a mean shifted by min − 1', () => {
    fc.assert(
      fc.property(
        answersArb(CES_SCALE),
        shiftArb,
        fc.constantFrom('higher' as const, 'lower' as const),
        (a, m, easier) => {
          const shifted = a.map((x) => (typeof x === 'number' ? x + m - 1 : x));
          const base = ces(a, { easier });
          const r = ces(shifted, { scale: { min: m, max: m + 6 }, easier });
          expect(r.easyShare).toEqual(base.easyShare);
          expect(r.easy).toBe(base.easy);
          expect(r.counts).toEqual(base.counts);
          expect(r.metric.range).toEqual({ min: m, max: m + 6 });
          expect(r.score === null).toBe(base.score === null);
          if (r.score !== null && base.score !== null) {
            expect(close(r.score, base.score + m - 1, 1e-12, 1000)).toBe(true);
          }
        },
      ),
    );
  });

  it('reversing a CES scale and the easy end gives the same easy share and a mirrored mean', () => {
    fc.assert(
      fc.property(answersArb(CES_SCALE), (a) => {
        const mirrored = a.map((x) => (typeof x === 'number' ? 8 - x : x));
        const higher = ces(a, { easier: 'higher', easyBox: 3 });
        const lower = ces(mirrored, { easier: 'lower', easyBox: 3 });
        expect(lower.easyShare).toEqual(higher.easyShare);
        expect(lower.easy).toBe(higher.easy);
        if (lower.score !== null && higher.score !== null) {
          expect(close(lower.score, 8 - higher.score, 1e-12, 7)).toBe(true);
        }
      }),
    );
  });
});
