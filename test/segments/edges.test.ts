import { describe, expect, it } from 'vitest';
import type { Tally } from '../../src/index.js';
import {
  compareSegments,
  csatMetric,
  loyaltyOutcomes,
  mixRate,
  npsMetric,
  segment,
  segmentContribution,
  sortSegments,
  tallyFromCounts,
  themes,
} from '../../src/index.js';
import { without } from '../../src/segments/internal/shared.js';

// Cases mutation testing (npm run mutation -- segments) found unpinned. Expected values are
// worked out by hand in the comments.

const S = { min: 0, max: 2 };
const tallyOf = (t: Omit<Tally, 'scale'>): Tally => ({ scale: S, ...t });

describe('without (overall minus a segment)', () => {
  it('subtracts counts, n, skipped and invalid exactly when unweighted', () => {
    const all = tallyFromCounts(S, [3, 2, 5], { skipped: 4, invalid: 2 });
    const t = tallyFromCounts(S, [1, 2, 0], { skipped: 1, invalid: 1 });
    expect(without(all, t)).toEqual({
      scale: S,
      counts: [2, 0, 5],
      total: 7,
      n: 7,
      skipped: 3,
      invalid: 1,
    });
    expect(without(all, all)).toMatchObject({ counts: [0, 0, 0], total: 0, n: 0 });
  });

  it('sets weighted rounding residue (within 1e-9 of the overall total) and empty rests to 0', () => {
    // 0.1 + 0.2 = 0.30000000000000004: both residues (±5.6e-17) are below 1e-9 × 2.3.
    const all = tallyOf({
      counts: [0.1 + 0.2, 2, 0],
      total: 2.3,
      n: 3,
      skipped: 0,
      invalid: 0,
      weightSquares: 4.09,
    });
    const t = tallyOf({
      counts: [0.3, 1, 0],
      total: 1.3,
      n: 2,
      skipped: 0,
      invalid: 0,
      weightSquares: 1.09,
    });
    const rest = without(all, t);
    expect(rest.counts).toEqual([0, 1, 0]);
    expect(rest.weightSquares).toBeCloseTo(3, 12);
    const t2 = tallyOf({
      counts: [0.3, 2, 0],
      total: 2.3,
      n: 2,
      skipped: 0,
      invalid: 0,
      weightSquares: 4.09,
    });
    // One answer left (n 1) but no weight: counts 0, weightSquares 0.
    expect(without(all, t2)).toMatchObject({ counts: [0, 0, 0], total: 0, n: 1, weightSquares: 0 });
    // A residue in Σw² alone (1e-17 of 4.09) is 0 too.
    const t3 = tallyOf({
      counts: [0, 1, 0],
      total: 1,
      n: 1,
      skipped: 0,
      invalid: 0,
      weightSquares: 4.09 - 1e-16,
    });
    expect(without(all, t3).weightSquares).toBe(0);
    // No answers left (n 0): whatever the sums say, the rest is empty.
    const t4 = tallyOf({
      counts: [0.2, 1, 0],
      total: 1.2,
      n: 3,
      skipped: 0,
      invalid: 0,
      weightSquares: 1,
    });
    expect(without(all, t4)).toMatchObject({ counts: [0, 0, 0], total: 0, n: 0, weightSquares: 0 });
  });
});

describe('segment, on a scale that does not start at 0', () => {
  const rows = [
    { k: 'a', x: 5 },
    { k: 'a', x: 1 },
    { k: true, x: 4 },
    { k: 7, x: 5 },
  ];
  it('counts each answer at its point and takes string, boolean and number keys', () => {
    const s = segment(rows, { by: (r) => r.k, value: (r) => r.x, metric: csatMetric() });
    expect(s.segments.map((g) => [g.key, g.tally?.counts])).toEqual([
      ['a', [1, 0, 0, 0, 1]],
      [true, [0, 0, 0, 1, 0]],
      [7, [0, 0, 0, 0, 1]],
    ]);
  });

  it('names a bad answer, option or input', () => {
    const opts = { by: (): string => 'a', metric: csatMetric() };
    expect(() => segment([{ x: '3' }], { ...opts, value: (r) => r.x as never })).toThrowExactly(
      new TypeError(
        'segment: answer at index 0 must be an integer from 1 to 5, received "3" (strings are not coerced)',
      ),
    );
    expect(() => segment([{ x: 2.5 }], { ...opts, value: (r) => r.x as never })).toThrowExactly(
      new RangeError('segment: answer at index 0 must be an integer from 1 to 5, received 2.5'),
    );
    expect(() => segment([{ x: 6 }], { ...opts, value: (r) => r.x as never })).toThrowExactly(
      new RangeError('segment: answer at index 0 must be an integer from 1 to 5, received 6'),
    );
    const v = { ...opts, value: (r: { x: unknown }) => r.x as never };
    expect(() => segment([{ x: 1 }], { ...v, minN: -1 })).toThrowExactly(
      new RangeError('segment: option minN must be a finite non-negative number, received -1'),
    );
    expect(() => segment([{ x: 1 }], { ...v, small: 'x' as never })).toThrowExactly(
      new TypeError(
        `segment: option small must be 'flag' or 'suppress', received "x" (strings are not coerced)`,
      ),
    );
    expect(() => segment([{ x: 1 }], { ...v, weight: 5 as never })).toThrowExactly(
      new TypeError('segment: option weight must be a function or an array of numbers, received 5'),
    );
    expect(() => segment(5 as never, v)).toThrowExactly(
      new TypeError('segment: rows must be an array, a typed array or an iterable, received 5'),
    );
    // A weight array one entry short, where the only row has no answer (its weight is not read).
    expect(() => segment([{ x: null }], { ...v, weight: [] })).toThrowExactly(
      new RangeError('segment: option weight has 0 entries but there are 1 rows'),
    );
  });
});

describe('mixRate per segment', () => {
  it('splits the change into (w₁ − w₀)(r̄ − R̄) and w̄(r₁ − r₀) for each segment', () => {
    // Before: a = 4 answers NPS +50 (3 promoters, 1 detractor), b = 4 answers NPS +25
    // (2 promoters, 1 passive, 1 detractor).
    // After:  a = 6 answers NPS 0 (3 promoters, 3 detractors), b = 2 answers NPS +100.
    // R0 ≠ 0 and R0 ≠ R1, so a sign slip on either overall score shows in every segment.
    const before = [10, 10, 10, 0, 10, 10, 7, 0].map((x, i) => ({ k: i < 4 ? 'a' : 'b', x }));
    const after = [10, 10, 10, 0, 0, 0, 10, 10].map((x, i) => ({ k: i < 6 ? 'a' : 'b', x }));
    const seg = (rows: typeof before) =>
      segment(rows, { by: (r) => r.k, value: (r) => r.x, metric: npsMetric });
    const m = mixRate(seg(before), seg(after));
    // R0 = 0.5·50 + 0.5·25 = 37.5; R1 = 0.75·0 + 0.25·100 = 25; change −12.5.
    // a: mix (0.75 − 0.5)·((50 + 0 − 37.5 − 25)/2) = −1.5625, rate 0.625·(0 − 50) = −31.25
    // b: mix (0.25 − 0.5)·((25 + 100 − 37.5 − 25)/2) = −7.8125, rate 0.375·(100 − 25) = 28.125
    expect(m.scores).toEqual([37.5, 25]);
    expect(m.segments.map((s) => [s.key, s.mix, s.rate])).toEqual([
      ['a', -1.5625, -31.25],
      ['b', -7.8125, 28.125],
    ]);
    expect([m.change, m.mix, m.rate]).toEqual([-12.5, -9.375, -3.125]);
    // Equal shares and a falling score: the mix parts are 0, never −0.
    const same = mixRate(
      seg(after.slice(0, 4).map((r) => ({ ...r, k: 'a' }))),
      seg(before.slice(0, 4)),
    );
    expect(Object.is(same.segments[0]?.mix, 0)).toBe(true);
    expect(Object.is(same.mix, 0)).toBe(true);
  });
});

describe('themes, compareSegments, loyaltyOutcomes, sortSegments', () => {
  it('themes sorts by detractor share minus promoter share, a missing share counting as 0', () => {
    // No detractors at all: gaps are 0 − 1 for "a" (its promoter) and 0 − 0 for "b" (a passive).
    const t = themes(
      [
        { tags: ['a'], x: 10 },
        { tags: ['b'], x: 8 },
      ],
      { tags: (r) => r.tags, value: (r) => r.x },
    );
    expect(t.map((x) => [x.theme, x.detractorShare, x.promoterShare])).toEqual([
      ['b', null, 0],
      ['a', null, 1],
    ]);
    expect(() => themes([], { tags: 1 as never, value: (r) => r })).toThrow(/^themes: /);
    expect(() =>
      themes([], { tags: () => [], value: (r: number) => r, x: 1 } as never),
    ).toThrowExactly(new TypeError('themes: unknown option "x"'));
  });

  it('compareSegments passes the level to each comparison and to the omnibus test', () => {
    const rows = [10, 10, 9, 0, 3, 10, 8, 0, 1, 2].map((x, i) => ({ k: i % 2 ? 'a' : 'b', x }));
    const s = segment(rows, { by: (r) => r.k, value: (r) => r.x, metric: npsMetric });
    const c = compareSegments(s, npsMetric, { level: 0.8 });
    const a = s.segments[0]?.tally as Tally;
    expect(c.segments[0]?.comparison).toEqual(
      npsMetric.compare(a, without(s.overall, a), { level: 0.8 }),
    );
    expect(c.omnibus?.level).toBe(0.8);
    expect(() => compareSegments(s, {} as never)).toThrow(/^compareSegments: metric must be/);
    expect(() => compareSegments(s, npsMetric, { adjust: 'x' as never })).toThrow(
      /^compareSegments: option adjust/,
    );
  });

  it('loyaltyOutcomes names an NPS answer off the scale and passes the level on', () => {
    const rows = [
      { nps: 10, y: 1 },
      { nps: 9, y: 1 },
      { nps: 7, y: 0 },
      { nps: 8, y: 1 },
      { nps: 2, y: 0 },
      { nps: 0, y: 0 },
    ];
    const o = { nps: (r: { nps: unknown }) => r.nps as number, outcome: (r: { y: number }) => r.y };
    for (const bad of [11, -1, 2.5, '9']) {
      expect(() => loyaltyOutcomes([{ nps: bad, y: 1 }], o as never)).toThrow(/^loyaltyOutcomes: /);
    }
    const l = loyaltyOutcomes(rows, { ...o, level: 0.8 });
    expect(l.comparisons.every((c) => c.comparison === null || c.comparison.level === 0.8)).toBe(
      true,
    );
    expect(() => loyaltyOutcomes(rows, { ...o, adjust: 'x' as never })).toThrow(
      /^loyaltyOutcomes: option adjust/,
    );
  });

  it('sortSegments compares tuple keys part by part', () => {
    const rows = [
      ['b', 'x'],
      ['a', 'y'],
      ['a', 'x'],
    ].map(([p, q]) => ({ p, q, x: 10 }));
    const s = segment(rows, { by: [(r) => r.p, (r) => r.q], value: (r) => r.x, metric: npsMetric });
    expect(sortSegments(s.segments, { by: 'key' }).map((g) => g.key)).toEqual([
      ['a', 'x'],
      ['a', 'y'],
      ['b', 'x'],
    ]);
    expect(
      sortSegments(s.segments, { by: 'key', order: 'descending' }).map((g) => g.key)[0],
    ).toEqual(['b', 'x']);
    expect(() => sortSegments(s.segments, { by: 'x' as never })).toThrow(
      /^sortSegments: option by/,
    );
    expect(() => sortSegments(s.segments, { order: 'x' as never })).toThrow(
      /^sortSegments: option order/,
    );
  });
});

describe('option names in segment messages', () => {
  const strings = '(strings are not coerced)';

  it('sortSegments by score accepts ascending and names both orders', () => {
    const rows = [10, 10, 0, 9, 0, 0].map((x, i) => ({ k: ['a', 'b', 'c'][i % 3], x }));
    const s = segment(rows, { by: (r) => r.k, value: (r) => r.x, metric: npsMetric });
    expect(sortSegments(s.segments, { order: 'ascending' }).map((g) => g.key)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(() => sortSegments(s.segments, { order: 'up' as never })).toThrowExactly(
      new TypeError(
        `sortSegments: option order must be 'descending' or 'ascending', received "up" ${strings}`,
      ),
    );
  });

  it('segmentContribution and themes name themselves and their arguments', () => {
    const s = segment([{ k: 'a', x: 9 }], { by: (r) => r.k, value: (r) => r.x, metric: npsMetric });
    expect(() => segmentContribution(s, 'x' as never)).toThrowExactly(
      new TypeError(
        `segmentContribution: metric must be a metric such as npsMetric, received "x" ${strings}`,
      ),
    );
    expect(() => themes([], { tags: () => [], value: () => 1, x: 1 } as never)).toThrowExactly(
      new TypeError('themes: unknown option "x"'),
    );
  });
});
