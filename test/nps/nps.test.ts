import { describe, expect, it } from 'vitest';
import {
  nps,
  npsCategory,
  npsFromCounts,
  npsMetric,
  tally,
  tallyFromCounts,
} from '../../src/index.js';

const NPS = { min: 0, max: 10 };

describe('nps', () => {
  it('classifies 9–10 as promoters, 7–8 as passives, 0–6 as detractors', () => {
    const r = nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([r.detractors, r.passives, r.promoters]).toEqual([7, 2, 2]);
  });

  it('computes 100 × (promoters − detractors) / total from hand counts', () => {
    // 2 promoters, 2 passives, 3 detractors out of 7.
    const r = nps([10, 9, 8, 7, 6, 5, 0]);
    expect(r.score).toBe((100 * (2 - 3)) / 7);
  });

  it('gives 46.15… for 120 promoters, 45 passives and 30 detractors', () => {
    const answers = [
      ...Array<number>(120).fill(10),
      ...Array<number>(45).fill(8),
      ...Array<number>(30).fill(2),
    ];
    expect(nps(answers).score).toBe(9000 / 195);
    expect(nps(answers).score?.toFixed(2)).toBe('46.15');
  });

  it('reaches 100 and −100 at the extremes and 0 (never −0) when balanced', () => {
    expect(nps([9, 10]).score).toBe(100);
    expect(nps([0, 6]).score).toBe(-100);
    expect(Object.is(nps([10, 0]).score, 0)).toBe(true);
    expect(Object.is(nps([8, 7]).score, 0)).toBe(true);
  });

  it('returns null score when every answer is missing', () => {
    const r = nps([null, undefined, null]);
    expect(r.score).toBeNull();
    expect([r.n, r.total, r.skipped, r.nEffective]).toEqual([0, 0, 3, 0]);
  });

  it('returns null score for no answers at all', () => {
    expect(nps([]).score).toBeNull();
  });

  it('puts the metric first, then sample sizes, then counts, then the score', () => {
    expect(Object.keys(nps([10]))).toEqual([
      'metric',
      'n',
      'total',
      'nEffective',
      'skipped',
      'invalid',
      'promoters',
      'passives',
      'detractors',
      'score',
    ]);
    expect(nps([10]).metric).toEqual({
      name: 'nps',
      scale: NPS,
      range: { min: -100, max: 100 },
      better: 'higher',
    });
  });

  it('names the function, the index and the value in errors', () => {
    const answers = Array<number>(17).fill(9);
    answers.push(11);
    expect(() => nps(answers)).toThrowExactly(
      new RangeError('nps: answer at index 17 must be an integer from 0 to 10, received 11'),
    );
    expect(() => nps([9, '9' as never])).toThrowExactly(
      new TypeError(
        'nps: answer at index 1 must be an integer from 0 to 10, received "9" (strings are not coerced)',
      ),
    );
  });

  it("skips and counts every kind of invalid answer under invalid: 'skip', never giving NaN", () => {
    const messy = [
      10,
      11,
      -1,
      9.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '9',
      true,
      {},
      0,
    ] as never[];
    const r = nps(messy, { invalid: 'skip' });
    expect(r.invalid).toBe(8);
    expect(r.n).toBe(2);
    expect(r.score).toBe(0);
  });

  it('reads rows through an accessor that receives the index', () => {
    const rows = [{ q: 10 }, { q: 3 }, { q: 9 }, { q: null }];
    expect(nps(rows, (row) => row.q).score).toBe((100 * (2 - 1)) / 3);
    expect(nps(rows, (_row, i) => (i === 1 ? 10 : null)).score).toBe(100);
  });

  it('takes options after an accessor', () => {
    const rows = [{ q: 10 }, { q: 42 }];
    expect(nps(rows, (r) => r.q, { invalid: 'skip' }).invalid).toBe(1);
  });

  it('rejects a non-function accessor followed by options', () => {
    expect(() => nps([10], {} as never, {})).toThrowExactly(
      new TypeError('nps: the accessor must be a function, received an object'),
    );
  });

  it('rejects unknown options such as a misspelt level', () => {
    expect(() => nps([10], { confidence: 0.9 } as never)).toThrowExactly(
      new TypeError('nps: unknown option "confidence"'),
    );
  });

  it('weights answers and reports Kish effective sample size', () => {
    // weights 2, 1, 1 on 10, 3, 9: P = 3, D = 1 of total 4; nEff = 4² / (4 + 1 + 1).
    const r = nps([10, 3, 9], { weight: [2, 1, 1] });
    expect(r.score).toBe((100 * (3 - 1)) / 4);
    expect(r.promoters).toBe(3);
    expect(r.nEffective).toBe(16 / 6);
    expect(r.n).toBe(3);
  });

  it('gives null score when all weights are zero', () => {
    const r = nps([10, 0], { weight: [0, 0] });
    expect(r.score).toBeNull();
    expect(r.nEffective).toBe(0);
  });

  it('is the same for a typed array and a plain array', () => {
    expect(nps(Int8Array.of(10, 3, 7))).toEqual(nps([10, 3, 7]));
  });
});

describe('npsCategory', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ])('classifies %i as a %s', (answer, category) => {
    expect(npsCategory(answer)).toBe(category);
  });

  it.each([[11], [-1], [9.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'throws a RangeError for %s',
    (bad) => {
      expect(() => npsCategory(bad)).toThrowExactly(
        new RangeError(
          `npsCategory: answer must be an integer from 0 to 10, received ${String(bad)}`,
        ),
      );
    },
  );

  it('throws a TypeError for strings and null', () => {
    expect(() => npsCategory('9' as never)).toThrowExactly(
      new TypeError('npsCategory: answer must be a number, received "9" (strings are not coerced)'),
    );
    expect(() => npsCategory(null as never)).toThrow(TypeError);
  });
});

describe('npsFromCounts', () => {
  it('deep-equals nps over answers with the same counts, skipped and invalid included', () => {
    const answers = [10, 10, 9, 8, 7, 6, 0, 3, null, 42];
    expect(
      npsFromCounts({ promoters: 3, passives: 2, detractors: 3 }, { skipped: 1, invalid: 1 }),
    ).toEqual(nps(answers, { invalid: 'skip' }));
  });

  it('requires all three counts, so a typo cannot count as zero', () => {
    expect(() => npsFromCounts({ promoters: 1, passives: 2 } as never)).toThrowExactly(
      new TypeError('npsFromCounts: detractors must be a number, received undefined'),
    );
    expect(() =>
      npsFromCounts({ promotors: 1, passives: 2, detractors: 3 } as never),
    ).toThrowExactly(
      new TypeError(
        'npsFromCounts: unknown count "promotors"; expected promoters, passives and detractors',
      ),
    );
    expect(() =>
      npsFromCounts(Object.create({ promoters: 1, passives: 0, detractors: 0 }) as never),
    ).toThrow(/promoters must be a number, received undefined/);
    expect(() => npsFromCounts(null as never)).toThrow(TypeError);
  });

  it('rejects negative and (unweighted) non-integer counts', () => {
    expect(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 })).toThrow(RangeError);
    expect(() => npsFromCounts({ promoters: 1.5, passives: 0, detractors: 0 })).toThrow(RangeError);
  });

  it('takes weighted counts with weightSquares and n', () => {
    const r = npsFromCounts(
      { promoters: 3, passives: 0, detractors: 1 },
      { weightSquares: 6, n: 3 },
    );
    expect(r).toEqual(nps([10, 3, 9], { weight: [2, 1, 1] }));
    expect(() =>
      npsFromCounts({ promoters: -0.5, passives: 0, detractors: 1 }, { weightSquares: 1, n: 2 }),
    ).toThrow(RangeError);
  });

  it('returns null score for zero counts', () => {
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 }).score).toBeNull();
  });
});

describe('npsMetric', () => {
  it('describes NPS: scale 0–10, range −100…100, higher is better', () => {
    expect([npsMetric.name, npsMetric.scale, npsMetric.range, npsMetric.better]).toEqual([
      'nps',
      NPS,
      { min: -100, max: 100 },
      'higher',
    ]);
  });

  it('scores a tally exactly as nps scores the answers', () => {
    const answers = [10, 9, 3, null, 7];
    expect(npsMetric.score(tally(answers, NPS))).toEqual(nps(answers));
  });

  it('validates the tally and its scale', () => {
    expect(() => npsMetric.score(tallyFromCounts({ min: 1, max: 5 }, {}))).toThrowExactly(
      new RangeError('npsMetric.score: the tally has scale 1–5, but the metric counts on 0–10'),
    );
    expect(() =>
      npsMetric.score({ scale: NPS, counts: [], total: 0, n: 0, skipped: 0, invalid: 0 }),
    ).toThrow(RangeError);
    expect(() => npsMetric.score(null as never)).toThrow(TypeError);
  });
});
