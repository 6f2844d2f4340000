import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CompareOptions,
  compareSegments,
  csatMetric,
  loyaltyOutcomes,
  mixRate,
  nps,
  npsMetric,
  proportionMetric,
  segment,
  segmentContribution,
  sortSegments,
  type Tally,
  tally,
  themes,
} from '../../src/index.js';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/segments/segments.json'), 'utf8'),
) as { values: { name: string; value: number | number[] | number[][] }[] };
const ref = (name: string): number | number[] =>
  fixture.values.find((v) => v.name === name)?.value as number | number[];

function close(got: number | null | undefined, want: number): void {
  expect(got).not.toBeNull();
  expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want) + 1e-12);
}

interface Row {
  readonly c: unknown;
  readonly x: number | null;
}
const by = (r: Row) => r.c as never;
const value = (r: Row) => r.x;
const seg = (rows: Row[], extra: object = {}) =>
  segment(rows, { by, value, metric: npsMetric, ...extra });

describe('segment', () => {
  it('scores segments in first-seen order and counts excluded rows', () => {
    const rows: Row[] = [
      { c: 'b', x: 10 },
      { c: 'a', x: 3 },
      { c: null, x: 99 },
      { c: 'b', x: null },
      { c: undefined, x: 5 },
      { c: 'a', x: 9 },
    ];
    const s = seg(rows);
    expect(s.segments.map((g) => g.key)).toEqual(['b', 'a']);
    expect(s.segments.map((g) => g.result?.score)).toEqual([100, 0]);
    expect(s.segments[0]?.tally?.skipped).toBe(1);
    expect([s.rows, s.excluded, s.multiValued]).toEqual([6, 2, false]);
    expect(s.overall).toEqual(tally([10, 3, null, 9], { min: 0, max: 10 }));
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('treats __proto__, constructor and toString like any other key', () => {
    const keys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__'];
    const s = seg(keys.map((c, i) => ({ c, x: i * 2 })));
    expect(s.segments.map((g) => [g.key, g.tally?.n])).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
      ['toString', 1],
      ['hasOwnProperty', 1],
    ]);
  });

  it('keeps numbers, strings and booleans apart and turns -0 into 0', () => {
    const s = seg([
      { c: 1, x: 1 },
      { c: '1', x: 1 },
      { c: true, x: 1 },
      { c: 'true', x: 1 },
      { c: -0, x: 1 },
      { c: 0, x: 1 },
    ]);
    expect(s.segments.map((g) => g.key)).toEqual([1, '1', true, 'true', 0]);
    expect(Object.is(s.segments[4]?.key, 0)).toBe(true);
  });

  it('builds key tuples from an array of accessors and excludes rows with a missing part', () => {
    const rows = [
      { a: 'web', b: 1, x: 10 },
      { a: 'web', b: null, x: 10 },
      { a: 'web', b: 2, x: 0 },
      { a: 'web', b: 1, x: 0 },
    ];
    const s = segment(rows, {
      by: [(r) => r.a, (r) => r.b],
      value: (r) => r.x,
      metric: npsMetric,
    });
    expect(s.segments.map((g) => [g.key, g.tally?.n])).toEqual([
      [['web', 1], 2],
      [['web', 2], 1],
    ]);
    expect(s.excluded).toBe(1);
  });

  it('counts a row in each distinct key of a multi-valued key, and once in overall', () => {
    const s = seg([
      { c: 'a', x: 10 },
      { c: ['a', 'b', 'a', null], x: 0 },
      { c: [], x: 9 },
      { c: 'b', x: 8 },
      { c: null, x: 1 },
    ]);
    expect(s.multiValued).toBe(true);
    expect(s.segments.map((g) => [g.key, g.tally?.n])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    expect(s.overall.n).toBe(4);
    expect(s.excluded).toBe(1);
  });

  it('flags small segments on the effective sample size and suppresses them on request', () => {
    const rows = [
      { c: 'a', x: 10 },
      { c: 'b', x: 10 },
      { c: 'b', x: 1 },
    ];
    expect(seg(rows, { minN: 2 }).segments.map((g) => [g.small, g.result?.score])).toEqual([
      [true, 100],
      [false, 0],
    ]);
    const hidden = seg(rows, { minN: 2, small: 'suppress' }).segments[0];
    expect(hidden).toEqual({ key: 'a', nEffective: null, small: true, tally: null, result: null });
    expect(seg(rows).segments.every((g) => !g.small)).toBe(true);
  });

  it('weights answers through an accessor or an array, and reads iterables', () => {
    const rows: Row[] = [
      { c: 'a', x: 10 },
      { c: 'a', x: 0 },
    ];
    const w = seg(rows, { weight: [3, 1] }).segments[0]?.result;
    expect([w?.score, w?.nEffective]).toEqual([50, 1.6]);
    expect(seg(rows, { weight: (_: Row, i: number) => [3, 1][i] as number }).overall.total).toBe(4);
    expect(segment(new Set(rows), { by, value, metric: npsMetric }).segments[0]?.tally?.n).toBe(2);
  });

  it('scores any metric', () => {
    const s = segment([{ c: 'a', x: 5 }], { by, value, metric: csatMetric() });
    expect(s.segments[0]?.result?.score).toBe(100);
  });

  it('throws on bad keys naming the row index', () => {
    const rows = (c: unknown): Row[] => [
      { c: 'a', x: 1 },
      { c, x: 1 },
    ];
    expect(() => seg(rows({}))).toThrowExactly(
      new TypeError(
        'segment: key at index 1 must be a string, a finite number or a boolean, received an object',
      ),
    );
    expect(() => seg(rows(Number.NaN))).toThrowExactly(
      new RangeError(
        'segment: key at index 1 must be a string, a finite number or a boolean, received NaN',
      ),
    );
    expect(() => seg(rows([{}]))).toThrow(TypeError);
    expect(() =>
      segment([{ x: 1 }], {
        by: [() => 'a', () => [1] as never],
        value: (r) => r.x,
        metric: npsMetric,
      }),
    ).toThrow('segment: key at index 0 must be a string');
  });

  it('throws on bad options', () => {
    expect(() => segment([], { by, value, metric: {} as never })).toThrowExactly(
      new TypeError(
        'segment: option metric must be a metric such as npsMetric, received an object',
      ),
    );
    const missing = new TypeError(
      'segment: options by (an accessor or an array of accessors) and value (an accessor) are required',
    );
    expect(() => segment([], { by: [], value, metric: npsMetric })).toThrowExactly(missing);
    expect(() => segment([], { by, value: 1 as never, metric: npsMetric })).toThrowExactly(missing);
    expect(() => seg([{ c: 'a', x: 1 }], { weight: [1, 2] })).toThrowExactly(
      new RangeError('segment: option weight has 2 entries but there are 1 rows'),
    );
    expect(() => seg([], { minN: -1 })).toThrow(RangeError);
    expect(() => seg([], { small: 'hide' })).toThrow(TypeError);
    expect(() => seg([{ c: 'a', x: 11 }])).toThrowExactly(
      new RangeError('segment: answer at index 0 must be an integer from 0 to 10, received 11'),
    );
    expect(() => segment(3 as never, { by, value, metric: npsMetric })).toThrow(TypeError);
  });
});

/** Rows with NPS answers per segment from a table of counts per point. */
function fromCounts(names: readonly string[], counts: readonly (readonly number[])[]): Row[] {
  return counts.flatMap((row, s) =>
    row.flatMap((k, x) => Array.from({ length: k }, () => ({ c: names[s], x }))),
  );
}

describe('compareSegments', () => {
  const names = ['web', 'phone', 'store', 'app'];
  const s = () => seg(fromCounts(names, ref('counts') as unknown as number[][]));

  it('matches R: each segment vs the rest, Holm and BH adjusted, and the omnibus test', () => {
    // The R reference computes the unadjusted (Wald) NPS test: compare through method 'wald'.
    const wald = { method: 'wald' } as const;
    const npsWald = {
      ...npsMetric,
      compare: (a: Tally, b: Tally, o?: CompareOptions) =>
        npsMetric.compare(a, b, { ...o, ...wald }),
    };
    const t = compareSegments(s(), npsWald);
    // app has 11 answers: below 30 the exact permutation test decides. R:
    // x = c(rep(c(1, 0, -1), c(5, 3, 3)), rep(c(1, 0, -1), c(94, 58, 70)));
    // g = factor(rep(c('a', 'b'), c(11, 222))); coin::pvalue(coin::oneway_test(x ~ g, distribution = exact()))
    const appExact = 0.85899979715108576;
    // p.adjust(c(<npsz p of web, phone, store>, appExact), 'holm' / 'BH')
    const holm = [0.014096062212543307, 4.9076238967376158e-8, 0.0069756424806219665, appExact];
    const bhs = [0.0093973748083622036, 4.9076238967376158e-8, 0.0046504283204146443, appExact];
    t.segments.forEach((x, i) => {
      const [est, se, p] = ref(`vsRest.${names[i] ?? ''}`) as number[];
      close(x.comparison?.estimate, est as number);
      if (i < 3) {
        close(x.comparison?.se, se as number);
        close(x.comparison?.pValue, p as number);
      } else {
        expect(x.comparison?.test).toBe('nps-permutation');
        close(x.comparison?.pValue, appExact);
      }
      close(x.pAdjusted, holm[i] as number);
    });
    expect(t.segments.map((x) => x.verdict)).toEqual([
      'higher',
      'lower',
      'higher',
      'no-detectable-difference',
    ]);
    close(t.omnibus?.statistic, ref('omnibus.statistic') as number);
    expect(t.omnibus?.df).toBe(ref('omnibus.df'));
    close(t.omnibus?.pValue, ref('omnibus.p') as number);
    const bh = compareSegments(s(), npsWald, { adjust: 'bh', level: 0.9 });
    bh.segments.forEach((x, i) => {
      close(x.pAdjusted, bhs[i] as number);
    });
    expect(bh.adjust).toBe('bh');
  });

  it('takes the rows without the key as the rest of a multi-valued key, with no omnibus test', () => {
    const m = seg([
      { c: ['a', 'b'], x: 10 },
      { c: ['a'], x: 10 },
      { c: [], x: 0 },
      { c: 'b', x: 0 },
    ]);
    const t = compareSegments(m, npsMetric);
    expect(t.omnibus).toBeNull();
    // a (100) vs the rest (-100); b (0) vs the rest (0)
    expect(t.segments.map((x) => x.comparison?.estimate)).toEqual([200, 0]);
  });

  it('uses the weighted rest, and an empty rest gives no comparison', () => {
    const rows: Row[] = [
      { c: 'a', x: 10 },
      { c: 'a', x: 10 },
      { c: 'b', x: 0 },
      { c: 'b', x: 10 },
    ];
    const t = compareSegments(seg(rows, { weight: [0.1, 0.2, 0.3, 0.4] }), npsMetric);
    // a: 100; b (0.3 detractor, 0.4 promoter): 100·0.1/0.7; effective n of b: 0.49/0.25
    expect(t.segments[0]?.comparison?.estimate).toBeCloseTo(100 - 100 / 7, 12);
    const one = compareSegments(seg(rows.slice(0, 2), { weight: [1, 2] }), npsMetric);
    expect(one.segments[0]?.comparison?.estimate).toBeNull();
  });

  it('leaves suppressed segments out and handles no segments', () => {
    const t = compareSegments(
      seg(
        [
          { c: 'a', x: 1 },
          { c: 'b', x: 10 },
          { c: 'b', x: 9 },
          { c: 'c', x: 10 },
          { c: 'c', x: 9 },
          { c: 'c', x: 9 },
        ],
        {
          minN: 2,
          small: 'suppress',
        },
      ),
      npsMetric,
    );
    expect(t.segments[0]).toEqual({
      key: 'a',
      comparison: null,
      pAdjusted: null,
      verdict: 'no-detectable-difference',
    });
    expect(t.omnibus?.statistic).toBeNull();
    expect(compareSegments(seg([]), npsMetric).omnibus).toBeNull();
    expect(() => compareSegments(seg([]), npsMetric, { adjust: 'fdr' as never })).toThrow(
      TypeError,
    );
  });
});

describe('segmentContribution', () => {
  it('gives the effect on the overall score and the shares of promoters and detractors', () => {
    const s = seg([
      { c: 'a', x: 10 },
      { c: 'a', x: 3 },
      { c: 'b', x: 9 },
      { c: 'b', x: 2 },
      { c: 'b', x: 1 },
      { c: 'c', x: null },
    ]);
    const [a, b, c] = segmentContribution(s, npsMetric);
    // overall: 2 promoters, 3 detractors of 5 = -20; without a: 1 − 2 of 3 = -33.3…
    expect(a?.effect).toBeCloseTo(-20 + 100 / 3, 12);
    expect([a?.share, a?.promoterShare, a?.detractorShare]).toEqual([0.4, 0.5, 1 / 3]);
    expect(b?.detractorShare).toBe(2 / 3);
    expect(c).toEqual({ key: 'c', share: 0, effect: 0, promoterShare: 0, detractorShare: 0 });
  });

  it('gives null where there is nothing to compare or the segment is suppressed', () => {
    const one = segmentContribution(seg([{ c: 'a', x: 10 }]), npsMetric)[0];
    expect(one?.effect).toBeNull();
    const hidden = seg([{ c: 'a', x: 10 }], { minN: 5, small: 'suppress' });
    expect(segmentContribution(hidden, npsMetric)[0]).toEqual({
      key: 'a',
      share: null,
      effect: null,
      promoterShare: null,
      detractorShare: null,
    });
    const churn = proportionMetric();
    const p = segment(
      [
        { c: 'a', x: 1 },
        { c: 'b', x: 0 },
      ],
      { by, value, metric: churn },
    );
    expect(segmentContribution(p, churn)[0]).toEqual({
      key: 'a',
      share: 0.5,
      effect: 50,
      promoterShare: null,
      detractorShare: null,
    });
  });
});

describe('mixRate', () => {
  it('splits a change into mix and rate parts that add up', () => {
    const q1 = seg([
      { c: 'web', x: 10 },
      { c: 'phone', x: 0 },
      { c: 'phone', x: 10 },
      { c: 'gone', x: 0 },
    ]);
    const q2 = seg([
      { c: 'web', x: 10 },
      { c: 'web', x: 10 },
      { c: 'phone', x: 0 },
      { c: 'new', x: 10 },
      { c: 'empty', x: null },
    ]);
    const d = mixRate(q1, q2);
    expect(d.scores).toEqual([0, 50]);
    expect(d.change).toBe(50);
    expect((d.mix ?? 0) + (d.rate ?? 0)).toBeCloseTo(50, 12);
    expect(d.segments.map((x) => x.key)).toEqual(['web', 'phone', 'gone', 'new', 'empty']);
    const gone = d.segments[2];
    expect([gone?.scores, gone?.rate]).toEqual([[-100, null], 0]);
    expect(d.segments[4]?.scores).toEqual([null, null]);
  });

  it('gives null parts when a period has no answers', () => {
    const d = mixRate(seg([]), seg([{ c: 'a', x: 10 }]));
    expect([d.change, d.mix, d.rate, d.scores, d.segments[0]?.mix]).toEqual([
      null,
      null,
      null,
      [null, 100],
      null,
    ]);
  });

  it('gives null parts when the second period has no answers', () => {
    const d = mixRate(seg([{ c: 'a', x: 10 }]), seg([{ c: 'a', x: null }]));
    expect([d.change, d.scores, d.segments[0]?.weights]).toEqual([null, [100, null], [1, 0]]);
  });

  it('throws for multi-valued keys and suppressed segments', () => {
    const multi = seg([{ c: ['a'], x: 1 }]);
    expect(() => mixRate(seg([]), multi)).toThrowExactly(
      new RangeError('mixRate: multi-valued keys do not partition the rows'),
    );
    const hidden = seg([{ c: 'a', x: 1 }], { minN: 3, small: 'suppress' });
    expect(() => mixRate(hidden, hidden)).toThrowExactly(
      new RangeError('mixRate: segment "a" is suppressed'),
    );
  });
});

describe('sortSegments', () => {
  const s = () =>
    seg([
      { c: 'b', x: 0 },
      { c: 'a', x: 10 },
      { c: 'a', x: 10 },
      { c: 'n', x: null },
      { c: 'c', x: 8 },
    ]).segments;

  it('sorts by score, n or key, with null scores last', () => {
    expect(sortSegments(s()).map((g) => g.key)).toEqual(['a', 'c', 'b', 'n']);
    expect(sortSegments(s(), { order: 'ascending' }).map((g) => g.key)).toEqual([
      'b',
      'c',
      'a',
      'n',
    ]);
    expect(sortSegments(s(), { by: 'n' }).map((g) => g.key)).toEqual(['a', 'b', 'c', 'n']);
    expect(sortSegments(s(), { by: 'key' }).map((g) => g.key)).toEqual(['a', 'b', 'c', 'n']);
    expect(s().map((g) => g.key)).toEqual(['b', 'a', 'n', 'c']);
  });

  it('orders numbers by value and tuples part by part', () => {
    const keys = [['x', 2], ['b', 5], ['x', 1], ['x'], ['x', 1]] as const;
    const items = keys.map((key) => ({ key, nEffective: 0, result: null }));
    expect(sortSegments(items, { by: 'key' }).map((g) => g.key)).toEqual([
      ['b', 5],
      ['x'],
      ['x', 1],
      ['x', 1],
      ['x', 2],
    ]);
    const numbers = [10, 9, 100].map((key) => ({ key, nEffective: 0, result: null }));
    expect(sortSegments(numbers, { by: 'key' }).map((g) => g.key)).toEqual([9, 10, 100]);
    expect(() => sortSegments(items, { by: 'size' as never })).toThrow(TypeError);
  });
});

describe('segment × period', () => {
  it('scores each combination of two keys as a tidy array, a period being one more key', () => {
    const rows = [
      { ch: 'web', q: '2025-Q1', x: 10 },
      { ch: 'web', q: '2025-Q2', x: 0 },
      { ch: 'web', q: '2025-Q1', x: 0 },
      { ch: null, q: '2025-Q1', x: 0 },
    ];
    const t = segment(rows, {
      by: [(r) => r.ch, (r) => r.q],
      value: (r) => r.x,
      metric: npsMetric,
      minN: 2,
    });
    expect(t.segments.map((c) => [c.key, c.small, c.result?.score])).toEqual([
      [['web', '2025-Q1'], false, 0],
      [['web', '2025-Q2'], true, -100],
    ]);
    expect([t.rows, t.excluded, t.overall.n]).toEqual([4, 1, 3]);
  });
});

describe('loyaltyOutcomes', () => {
  // 100 promoters (8 churned), 60 passives (15), 70 detractors (30), as in the R fixture.
  const rows = [
    ...Array.from({ length: 100 }, (_, i) => ({ nps: 10 - (i % 2), churned: i < 8 ? 1 : 0 })),
    ...Array.from({ length: 60 }, (_, i) => ({ nps: 7 + (i % 2), churned: i < 15 ? 1 : 0 })),
    ...Array.from({ length: 70 }, (_, i) => ({ nps: i % 7, churned: i < 30 ? 1 : 0 })),
  ].reverse();

  it('matches R: the outcome per NPS category and the Holm-adjusted comparisons', () => {
    const o = loyaltyOutcomes(rows, {
      nps: (r) => r.nps,
      outcome: (r) => r.churned,
      better: 'lower',
    });
    expect(o.groups.segments.map((g) => [g.key, g.result?.successes, g.result?.n])).toEqual([
      ['promoter', 8, 100],
      ['passive', 15, 60],
      ['detractor', 30, 70],
    ]);
    expect(o.groups.segments[0]?.result?.metric.better).toBe('lower');
    const ps = ['churn.p.12', 'churn.p.13', 'churn.p.23'];
    o.comparisons.forEach((c, i) => {
      close(c.comparison?.pValue, ref(ps[i] as string) as number);
      close(c.pAdjusted, (ref('churn.pHolm') as number[])[i] as number);
      expect(c.verdict).toBe('lower');
    });
    expect(o.comparisons.map((c) => c.key)).toEqual([
      ['promoter', 'passive'],
      ['promoter', 'detractor'],
      ['passive', 'detractor'],
    ]);
  });

  it('weights by value, excludes missing answers and leaves absent categories uncompared', () => {
    const small = [
      { nps: 10, churned: 0, revenue: 300 },
      { nps: 9, churned: 1, revenue: 100 },
      { nps: null, churned: 1, revenue: 50 },
      { nps: 2, churned: 1, revenue: 10 },
    ];
    const o = loyaltyOutcomes(small, {
      nps: (r) => r.nps,
      outcome: (r) => r.churned,
      weight: (r) => r.revenue,
      adjust: 'bh',
      level: 0.9,
    });
    expect(o.groups.segments[0]?.result?.score).toBe(25);
    expect(o.groups.excluded).toBe(1);
    expect(o.comparisons[0]?.comparison).toBeNull();
    expect(o.comparisons[1]?.comparison?.test).toBe('two-proportion-agresti-caffo-z');
  });

  it('throws on a bad NPS answer naming the row, and on a missing accessor', () => {
    expect(() =>
      loyaltyOutcomes([{ nps: 11 }], { nps: (r) => r.nps, outcome: () => 0 }),
    ).toThrowExactly(
      new RangeError(
        'loyaltyOutcomes: NPS answer at index 0 must be an integer from 0 to 10, received 11',
      ),
    );
    expect(() =>
      loyaltyOutcomes([{ nps: 10 }], { nps: (r) => r.nps, outcome: () => 2 }),
    ).toThrowExactly(
      new RangeError(
        'loyaltyOutcomes: answer at index 0 must be an integer from 0 to 1, received 2',
      ),
    );
    expect(() => loyaltyOutcomes([], { outcome: () => 0 } as never)).toThrowExactly(
      new TypeError('loyaltyOutcomes: option nps must be an accessor, received undefined'),
    );
  });
});

describe('themes', () => {
  it('compares how often detractors and promoters mention each theme', () => {
    const rows = [
      { tags: ['price'], x: 2 },
      { tags: ['price', 'support'], x: 4 },
      { tags: ['support', 'app'], x: 10 },
      { tags: [], x: 9 },
      { tags: null, x: 0 },
    ];
    const t = themes(rows, { tags: (r) => r.tags, value: (r) => r.x });
    expect(t.map((x) => x.theme)).toEqual(['price', 'support', 'app']);
    expect(t[2]).toEqual({
      theme: 'app',
      n: 1,
      detractors: 0,
      promoters: 1,
      detractorShare: 0,
      promoterShare: 0.5,
      score: 100,
      scoreWithout: nps([2, 4, 9]).score,
    });
    const none = themes(
      [
        { tags: ['a'], x: 8 },
        { tags: ['b'], x: 7 },
      ],
      { tags: (r) => r.tags, value: (r) => r.x },
    );
    expect([none[0]?.detractorShare, none[0]?.promoterShare, none[0]?.scoreWithout]).toEqual([
      null,
      null,
      0,
    ]);
  });
});
