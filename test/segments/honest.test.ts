// Issue 15 for segments: input that is not data is refused by name, suppression cannot be undone
// by differencing, and no NaN escapes. Expected values are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import {
  compareSegments,
  loyaltyOutcomes,
  mixRate,
  npsMetric,
  segment,
  segmentAsync,
  segmentContribution,
  sortSegments,
  type Tally,
  themes,
} from '../../src/index.js';

interface Row {
  readonly c: string | null;
  readonly x: number | null;
}
const opts = { by: (r: Row) => r.c, value: (r: Row) => r.x, metric: npsMetric };
const rowsOf = (spec: Record<string, number[]>): Row[] =>
  Object.entries(spec).flatMap(([c, xs]) => xs.map((x) => ({ c, x })));

async function* cursor<T>(rows: readonly T[]): AsyncGenerator<T> {
  for (const r of rows) {
    await Promise.resolve();
    yield r;
  }
}

describe('segment refuses what is not rows', () => {
  const rows = rowsOf({ a: [10, 3] });
  it('segment throws a TypeError for an API wrapper { rows: [...] }', () => {
    expect(() => segment({ rows } as never, opts)).toThrowExactly(
      new TypeError(
        'segment: rows must be an array, a typed array or an iterable, received an object',
      ),
    );
  });

  it('segment throws a TypeError naming segmentAsync for an async generator', () => {
    expect(() => segment(cursor(rows) as never, opts)).toThrowExactly(
      new TypeError(
        'segment: rows must be an array, a typed array or an iterable, received an async iterable; use segmentAsync',
      ),
    );
  });

  it('segment reads a Map as the iterable of its entries, which have no valid key', () => {
    // A Map iterates [key, value] pairs; the key accessor then reads r.c of an array: undefined,
    // so every entry is excluded and counted, never silently dropped.
    const s = segment(new Map([['a', { c: 'a', x: 10 }]]) as never, opts);
    expect([s.rows, s.excluded, s.segments.length]).toEqual([1, 1, 0]);
  });

  it('segment reports the rows before the options when both are wrong', () => {
    expect(() => segment(null as never, null as never)).toThrowExactly(
      new TypeError('segment: rows must be an array, a typed array or an iterable, received null'),
    );
  });

  it('segment says both lengths for a weight array of the wrong length, before counting', () => {
    expect(() => segment(rows, { ...opts, weight: [1, 2, 3] })).toThrowExactly(
      new RangeError('segment: option weight has 3 entries but there are 2 rows'),
    );
  });

  it('themes and loyaltyOutcomes report non-rows and a missing tags accessor by name', () => {
    expect(() => themes(null as never, null as never)).toThrowExactly(
      new TypeError('themes: rows must be an array, a typed array or an iterable, received null'),
    );
    expect(() => themes([], { value: (r: Row) => r.x } as never)).toThrowExactly(
      new TypeError('themes: option tags must be an accessor, received undefined'),
    );
    expect(() => themes(cursor([]) as never, null as never)).toThrowExactly(
      new TypeError(
        'themes: rows must be an array, a typed array or an iterable, received an async iterable',
      ),
    );
    expect(() => loyaltyOutcomes({ rows } as never, null as never)).toThrowExactly(
      new TypeError(
        'loyaltyOutcomes: rows must be an array, a typed array or an iterable, received an object',
      ),
    );
  });
});

describe('segmentAsync', () => {
  const rows = rowsOf({ web: [10, 9, 3], phone: [0, 8] });

  it('segmentAsync of an async cursor equals segment of the same rows', async () => {
    const want = segment(rows, { ...opts, minN: 3, small: 'suppress' });
    await expect(
      segmentAsync(cursor(rows), { ...opts, minN: 3, small: 'suppress' }),
    ).resolves.toEqual(want);
    await expect(segmentAsync(new Set(rows), opts)).resolves.toEqual(segment(rows, opts));
  });

  it('segmentAsync matches a weight array to the streamed rows and says both lengths', async () => {
    const w = await segmentAsync(cursor(rows), { ...opts, weight: [1, 1, 1, 2, 2] });
    expect(w.overall.total).toBe(7);
    await expect(segmentAsync(cursor(rows), { ...opts, weight: [1] })).rejects.toThrowExactly(
      new RangeError('segmentAsync: option weight has 1 entries but there are 5 rows'),
    );
  });

  it('segmentAsync rejects a wrapper object and checks options before reading a row', async () => {
    await expect(segmentAsync({ rows } as never, opts)).rejects.toThrowExactly(
      new TypeError(
        'segmentAsync: rows must be an array, a typed array or an iterable, received an object',
      ),
    );
    let read = 0;
    async function* counted(): AsyncGenerator<Row> {
      read++;
      yield* cursor(rows);
    }
    await expect(segmentAsync(counted(), { ...opts, minN: -1 })).rejects.toThrowExactly(
      new RangeError('segmentAsync: option minN must be a finite non-negative number, received -1'),
    );
    await expect(segmentAsync(counted(), { ...opts, weight: 'w' as never })).rejects.toThrow(
      TypeError,
    );
    expect(read).toBe(0);
  });
});

describe('functions that read a segmentation refuse what is not one', () => {
  const s = segment(rowsOf({ a: [10, 3], b: [9] }), opts);

  it('compareSegments(null) throws a TypeError naming compareSegments and the argument', () => {
    expect(() => compareSegments(null as never, npsMetric)).toThrowExactly(
      new TypeError(
        'compareSegments: segmentation must be a segmentation (the result of segment), received null',
      ),
    );
    expect(() => compareSegments(null as never, null as never)).toThrow(
      /^compareSegments: segmentation/,
    );
    expect(() => compareSegments(s.segments as never, npsMetric)).toThrowExactly(
      new TypeError(
        'compareSegments: segmentation must be a segmentation (the result of segment), received an array',
      ),
    );
    expect(() => compareSegments({ ...s, segments: 1 } as never, npsMetric)).toThrowExactly(
      new TypeError('compareSegments: segmentation.segments must be an array, received 1'),
    );
    expect(() => compareSegments({ ...s, overall: null } as never, npsMetric)).toThrowExactly(
      new TypeError('compareSegments: a tally must be an object, received null'),
    );
    expect(() => compareSegments(s, null as never)).toThrowExactly(
      new TypeError('compareSegments: metric must be a metric such as npsMetric, received null'),
    );
  });

  it('compareSegments refuses segments that are not objects and tallies on another scale', () => {
    expect(() => compareSegments({ ...s, segments: [null] } as never, npsMetric)).toThrowExactly(
      new TypeError('compareSegments: segmentation.segments[0] must be a segment, received null'),
    );
    const other: Tally = {
      scale: { min: 1, max: 5 },
      counts: [1, 0, 0, 0, 0],
      total: 1,
      n: 1,
      skipped: 0,
      invalid: 0,
    };
    const bad = {
      ...s,
      segments: [{ key: 'a', nEffective: 1, small: false, tally: other, result: null }],
    };
    expect(() => compareSegments(bad as never, npsMetric)).toThrow(
      /^compareSegments: the tally has scale 1–5, but the metric counts on 0–10$/,
    );
  });

  it('segmentContribution and mixRate name themselves and the argument for null', () => {
    expect(() => segmentContribution(null as never, null as never)).toThrowExactly(
      new TypeError(
        'segmentContribution: segmentation must be a segmentation (the result of segment), received null',
      ),
    );
    expect(() => mixRate(null as never, null as never)).toThrowExactly(
      new TypeError(
        'mixRate: before must be a segmentation (the result of segment), received null',
      ),
    );
    expect(() => mixRate(s, 42 as never)).toThrowExactly(
      new TypeError('mixRate: after must be a segmentation (the result of segment), received 42'),
    );
  });

  it('mixRate refuses a score of "1" instead of returning NaN', () => {
    const g = s.segments[0];
    const bad = { ...s, segments: [{ ...g, result: { ...g?.result, score: '1' } }] };
    expect(() => mixRate(s, bad as never)).toThrowExactly(
      new TypeError(
        'mixRate: after.segments[0].result.score must be a finite number or null, received "1" (strings are not coerced)',
      ),
    );
    const noTotal = { ...s, segments: [{ ...g, result: { ...g?.result, total: Number.NaN } }] };
    expect(() => mixRate(noTotal as never, s)).toThrowExactly(
      new TypeError(
        'mixRate: before.segments[0].result.total must be a finite non-negative number, received NaN',
      ),
    );
    expect(() =>
      mixRate({ ...s, segments: [{ ...g, key: undefined }] } as never, s),
    ).toThrowExactly(
      new TypeError(
        'mixRate: before.segments[0].key must be a string, a finite number, a boolean or a tuple of them, received undefined',
      ),
    );
    expect(
      mixRate({ ...s, segments: [{ ...g, key: ['a', 1, true] }] } as never, s).segments.length,
    ).toBe(3);
    expect(() => mixRate({ ...s, segments: [{ ...g, result: 5 }] } as never, s)).toThrowExactly(
      new TypeError('mixRate: before.segments[0].result must be a result or null, received 5'),
    );
  });

  it('segmentContribution gives a number or null for every share, never NaN', () => {
    const c = segmentContribution(s, npsMetric);
    expect(c.map((x) => x.share)).toEqual([2 / 3, 1 / 3]);
    const empty = segment(rowsOf({ a: [] }), opts);
    expect(segmentContribution(empty, npsMetric)).toEqual([]);
  });

  it('sortSegments(null) and a list of non-objects throw a TypeError naming sortSegments', () => {
    expect(() => sortSegments(null as never)).toThrowExactly(
      new TypeError(
        'sortSegments: segments must be an array, a typed array or an iterable, received null',
      ),
    );
    expect(() => sortSegments([1] as never)).toThrowExactly(
      new TypeError('sortSegments: segment at index 0 must be an object, received 1'),
    );
    expect(sortSegments(new Set(s.segments)).map((g) => g.key)).toEqual(['b', 'a']);
  });
});

describe("small: 'suppress' cannot be undone by differencing", () => {
  // Team a has 1 answer (below minN 3); b has 4, c has 6. Without complementary suppression,
  // overall minus b and c would be a's counts.
  const rows = rowsOf({ a: [0], b: [10, 9, 8, 3], c: [10, 10, 9, 7, 2, 1] });
  const s = segment(rows, { ...opts, minN: 3, small: 'suppress' });
  const residual = (t: Tally, visible: readonly (Tally | null)[]): number[] =>
    t.counts.map((x, k) => visible.reduce((r, v) => r - (v?.counts[k] ?? 0), x));

  it('a lone small segment is suppressed with the smallest other segment (its complement)', () => {
    expect(s.segments.map((g) => [g.key, g.small, g.nEffective, g.result?.score ?? null])).toEqual([
      ['a', true, null, null],
      ['b', false, null, null],
      ['c', false, 6, (100 * (3 - 2)) / 6],
    ]);
  });

  it('overall minus the visible segments gives two segments merged, never one', () => {
    const visible = s.segments.filter((g) => g.tally !== null).map((g) => g.tally);
    const all = segment(rows, opts).segments.map((g) => g.tally as Tally);
    const r = residual(s.overall, visible);
    expect(r).toEqual(all[0]?.counts.map((x, k) => x + (all[1]?.counts[k] as number)));
    expect(r).not.toEqual(all[0]?.counts);
    expect(r).not.toEqual(all[1]?.counts);
  });

  it('two data sets that differ only inside the suppressed segments publish the same numbers', () => {
    // Swap a's detractor with b's: a = [3], b = [10, 9, 8, 0]. Every published number is equal.
    const swapped = rowsOf({ a: [3], b: [10, 9, 8, 0], c: [10, 10, 9, 7, 2, 1] });
    expect(segment(swapped, { ...opts, minN: 3, small: 'suppress' })).toEqual(s);
  });

  it('no suppressed segment leaks its size through compareSegments, segmentContribution or sortSegments', () => {
    const t = compareSegments(s, npsMetric);
    expect(t.segments.map((x) => x.comparison === null)).toEqual([true, true, false]);
    expect(segmentContribution(s, npsMetric).slice(0, 2)).toEqual([
      { key: 'a', share: null, effect: null, promoterShare: null, detractorShare: null },
      { key: 'b', share: null, effect: null, promoterShare: null, detractorShare: null },
    ]);
    expect(sortSegments(s.segments, { by: 'n' }).map((g) => g.key)).toEqual(['c', 'a', 'b']);
    expect(() => mixRate(s, s)).toThrowExactly(
      new RangeError('mixRate: segment "a" is suppressed'),
    );
    expect(JSON.stringify(s.segments.slice(0, 2))).not.toMatch(/"n"|total|nEffective":\d/);
  });

  it('two or more small segments protect each other and hide nothing else', () => {
    const two = segment(rowsOf({ a: [0], b: [10, 9], c: [10, 10, 9, 7] }), {
      ...opts,
      minN: 3,
      small: 'suppress',
    });
    expect(two.segments.map((g) => g.tally === null)).toEqual([true, true, false]);
  });

  it('the complement is the smallest other segment, by effective size then answers, first seen on ties', () => {
    const w = segment(
      [
        { c: 'a', x: 1 },
        { c: 'b', x: 10 },
        { c: 'b', x: 9 },
        { c: 'c', x: 10 },
        { c: 'c', x: 9 },
        { c: 'c', x: null },
        { c: 'd', x: 8 },
        { c: 'd', x: 8 },
      ],
      // d's weights 1 and 3 give nEffective 16 / 10 = 1.6, below b and c (2); minN 1.5 leaves it big.
      { ...opts, minN: 1.5, small: 'suppress', weight: [1, 1, 1, 1, 1, 1, 1, 3] },
    );
    expect(w.segments.map((g) => g.tally === null)).toEqual([true, false, false, true]);
    const tie = segment(rowsOf({ a: [1], b: [10, 9], c: [10, 9] }), {
      ...opts,
      minN: 2,
      small: 'suppress',
    });
    expect(tie.segments.map((g) => g.tally === null)).toEqual([true, true, false]);
  });

  it('one segment holding every row is the overall: suppression cannot hide it (documented)', () => {
    const one = segment(rowsOf({ a: [10] }), { ...opts, minN: 3, small: 'suppress' });
    expect([one.segments[0]?.tally, one.overall.n]).toEqual([null, 1]);
  });

  it('multi-valued keys get the same complementary suppression (differencing is then not exact)', () => {
    const tags = [
      { t: ['price'], x: 0 },
      { t: ['price', 'app'], x: 10 },
      { t: ['app'], x: 9 },
      { t: ['app', 'web'], x: 9 },
      { t: ['web'], x: 3 },
      { t: ['web'], x: 10 },
    ];
    const m = segment(tags, {
      by: (r) => r.t,
      value: (r) => r.x,
      metric: npsMetric,
      minN: 3,
      small: 'suppress',
    });
    // price 2, app 3, web 3: price is small, app (first of the two smallest) its complement.
    expect(m.segments.map((g) => [g.key, g.tally === null])).toEqual([
      ['price', true],
      ['app', true],
      ['web', false],
    ]);
  });
});
