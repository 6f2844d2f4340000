import { describe, expect, it } from 'vitest';
import {
  ces,
  cesMetric,
  csat,
  csatMetric,
  meanInterval,
  netInterval,
  nps,
  npsFromCounts,
  npsInterval,
  npsMetric,
  proportionInterval,
  proportionMetric,
  tally,
  tallyFromCounts,
  withInterval,
} from '../../src/index.js';

const NPS = { min: 0, max: 10 };

describe('proportionInterval', () => {
  it('gives null limits for n = 0 with every method', () => {
    for (const method of [
      'wilson',
      'wald',
      'agresti-coull',
      'jeffreys',
      'clopper-pearson',
    ] as const) {
      expect(proportionInterval(0, 0, { method })).toEqual({
        lower: null,
        upper: null,
        level: 0.95,
        method,
      });
    }
  });

  it('clips Wald and Agresti–Coull to [0, 1] and never returns −0', () => {
    const w = proportionInterval(1, 10, { method: 'wald' });
    expect(Object.is(w.lower, 0)).toBe(true);
    const a = proportionInterval(10, 10, { method: 'agresti-coull' });
    expect(a.upper).toBe(1);
  });

  it('puts the Jeffreys and Clopper–Pearson limit at a boundary on the boundary', () => {
    expect(proportionInterval(0, 20, { method: 'jeffreys' }).lower).toBe(0);
    expect(proportionInterval(20, 20, { method: 'jeffreys' }).upper).toBe(1);
    expect(proportionInterval(0, 20, { method: 'clopper-pearson' }).lower).toBe(0);
    expect(proportionInterval(20, 20, { method: 'clopper-pearson' }).upper).toBe(1);
  });

  it('puts the Wilson limit at a boundary exactly on the boundary (not 3e-17 off)', () => {
    for (const n of [1, 7, 20, 1000]) {
      expect(proportionInterval(0, n).lower).toBe(0);
      expect(proportionInterval(n, n).upper).toBe(1);
    }
  });

  it('narrows as the level falls and widens as it rises', () => {
    const width = (level: number): number => {
      const i = proportionInterval(30, 100, { level });
      return (i.upper ?? 0) - (i.lower ?? 0);
    };
    expect(width(0.5)).toBeLessThan(width(0.9));
    expect(width(0.9)).toBeLessThan(width(0.999));
  });

  it.each([[0], [1], [-0.5], [1.5], [Number.NaN]])('rejects the level %s', (level) => {
    expect(() => proportionInterval(1, 2, { level })).toThrowExactly(
      new RangeError(
        `proportionInterval: option level must lie strictly between 0 and 1, received ${String(level)}`,
      ),
    );
  });

  it('rejects bad counts, methods and options', () => {
    expect(() => proportionInterval(3, 2)).toThrowExactly(
      new RangeError('proportionInterval: successes (3) must not exceed n (2)'),
    );
    expect(() => proportionInterval(-1, 2)).toThrow(RangeError);
    expect(() => proportionInterval(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => proportionInterval('1' as never, 2)).toThrow(TypeError);
    expect(() => proportionInterval(1, 2, { level: '0.9' as never })).toThrow(TypeError);
    expect(() => proportionInterval(1, 2, { method: 'exact' as never })).toThrow(TypeError);
    expect(() => proportionInterval(1, 2, { confidence: 0.9 } as never)).toThrow(
      /unknown option "confidence"/,
    );
  });
});

describe('npsInterval', () => {
  const r = () => npsFromCounts({ promoters: 50, passives: 30, detractors: 20 });

  it('takes a result or a tally alike', () => {
    const t = tallyFromCounts(NPS, { 10: 50, 8: 30, 0: 20 });
    expect(npsInterval(t)).toEqual(npsInterval(r()));
  });

  it('returns null limits when nothing was counted', () => {
    for (const method of ['adjusted-wald', 'wald', 'score', 'bootstrap'] as const) {
      expect(npsInterval(nps([null]), { method })).toEqual({
        lower: null,
        upper: null,
        level: 0.95,
        method,
      });
    }
  });

  it('reaches ±100 at the extremes and clips there', () => {
    const all = npsFromCounts({ promoters: 10, passives: 0, detractors: 0 });
    expect(npsInterval(all, { method: 'wald' })).toEqual({
      lower: 100,
      upper: 100,
      level: 0.95,
      method: 'wald',
    });
    expect(npsInterval(all, { method: 'score' }).upper).toBe(100);
    const adjusted = npsInterval(all);
    expect(adjusted.upper).toBe(100);
    expect(adjusted.lower).toBeLessThan(100);
    const none = npsFromCounts({ promoters: 0, passives: 0, detractors: 10 });
    expect(npsInterval(none, { method: 'score' }).lower).toBe(-100);
  });

  it('bootstraps reproducibly from the seed', () => {
    const a = npsInterval(r(), { method: 'bootstrap', resamples: 500, seed: 7 });
    const b = npsInterval(r(), { method: 'bootstrap', resamples: 500, seed: 7 });
    const c = npsInterval(r(), { method: 'bootstrap', resamples: 500, seed: 8 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const wald = npsInterval(r(), { method: 'wald' });
    // The percentile bootstrap sits near the Wald interval for n = 100.
    expect(Math.abs((a.lower ?? 0) - (wald.lower ?? 0))).toBeLessThan(4);
    expect(Math.abs((a.upper ?? 0) - (wald.upper ?? 0))).toBeLessThan(4);
  });

  it('refuses to bootstrap weighted data', () => {
    const weighted = nps([10, 3, 9], { weight: [2, 1, 1] });
    expect(() => npsInterval(weighted, { method: 'bootstrap' })).toThrowExactly(
      new RangeError(
        'npsInterval: the bootstrap needs unweighted integer counts; use another method for weighted data',
      ),
    );
    expect(npsInterval(weighted).lower).not.toBeNull();
  });

  it('uses the effective sample size for weighted data', () => {
    const plain = npsFromCounts({ promoters: 30, passives: 0, detractors: 10 });
    // Same shares, half the effective n: a wider interval.
    const weighted = npsFromCounts(
      { promoters: 30, passives: 0, detractors: 10 },
      { weightSquares: 80, n: 40 },
    );
    expect(weighted.nEffective).toBe(20);
    const w = npsInterval(weighted, { method: 'wald' });
    const p = npsInterval(plain, { method: 'wald' });
    expect((w.upper ?? 0) - (w.lower ?? 0)).toBeCloseTo(
      ((p.upper ?? 0) - (p.lower ?? 0)) * Math.SQRT2,
      10,
    );
  });

  it('rejects bad options and inputs', () => {
    expect(() => npsInterval(r(), { method: 'wilson' as never })).toThrow(TypeError);
    expect(() => npsInterval(r(), { resamples: 0 })).toThrow(RangeError);
    expect(() => npsInterval(r(), { seed: -1 })).toThrow(RangeError);
    expect(() => npsInterval(tallyFromCounts({ min: 1, max: 5 }, {}))).toThrow(RangeError);
    expect(() => npsInterval({ promoters: 'x' } as never)).toThrow(TypeError);
    expect(() => npsInterval(null as never)).toThrow(TypeError);
  });
});

describe('netInterval', () => {
  it('bounds the CSAT net score with the trinomial methods', () => {
    const r = csat([5, 5, 4, 1, 2, 3]);
    const i = netInterval(r);
    expect(i.method).toBe('adjusted-wald');
    expect(i.lower).toBeLessThan(r.net ?? 0);
    expect(i.upper).toBeGreaterThan(r.net ?? 0);
    expect(netInterval(csat([null])).lower).toBeNull();
  });
});

describe('meanInterval', () => {
  it('takes a tally or a result with counts', () => {
    const answers = [7, 6, 5, 4, 2];
    expect(meanInterval(tally(answers, { min: 1, max: 7 }))).toEqual(meanInterval(ces(answers)));
    expect(meanInterval(csat([5, 4, 1]))).toEqual(
      meanInterval(tally([5, 4, 1], { min: 1, max: 5 })),
    );
  });

  it('gives null limits below two answers and a point interval without spread', () => {
    expect(meanInterval(ces([7])).lower).toBeNull();
    expect(meanInterval(ces([])).lower).toBeNull();
    expect(meanInterval(ces([5, 5, 5]))).toEqual({ lower: 5, upper: 5, level: 0.95, method: 't' });
  });

  it('clips to the scale', () => {
    expect(meanInterval(ces([7, 7, 7, 1]), { level: 0.999 }).lower).toBe(1);
  });

  it('reads weighted results through their effective sample size', () => {
    const weighted = ces([7, 1, 4], { weight: [1, 1, 2] });
    const i = meanInterval(weighted);
    expect(i.lower).toBeLessThan(weighted.score ?? 0);
  });

  it('gives no interval for a result whose weights are all zero', () => {
    // total 0 with n = 2 answers: the result reports nEffective 0, read back as Σw² = 0.
    const zero = ces([7, 1], { weight: [0, 0] });
    expect(zero.nEffective).toBe(0);
    expect(meanInterval(zero)).toEqual({ lower: null, upper: null, level: 0.95, method: 't' });
  });

  it('rejects non-objects and bad tallies', () => {
    expect(() => meanInterval(null as never)).toThrow(TypeError);
    expect(() => meanInterval({ counts: [1] })).toThrow(TypeError);
  });
});

describe('withInterval', () => {
  it('adds the interval of the score in score units per metric', () => {
    const n = withInterval(npsFromCounts({ promoters: 50, passives: 30, detractors: 20 }));
    expect(n.interval).toEqual(npsInterval(n));
    expect(n.score).toBe(30);
    const c = withInterval(csat([5, 4, 4, 5, 3]), { method: 'jeffreys' });
    const share = proportionInterval(4, 5, { method: 'jeffreys' });
    expect(c.interval.lower).toBe(100 * (share.lower ?? 0));
    expect(c.interval.upper).toBe(100 * (share.upper ?? 0));
    const e = withInterval(ces([7, 6, 5]));
    expect(e.interval).toEqual(meanInterval(ces([7, 6, 5])));
    const m = proportionMetric();
    const p = withInterval(m.score(tally([1, 0, 1, 1], m.scale)));
    expect(p.interval.lower).toBe(100 * (proportionInterval(3, 4).lower ?? 0));
  });

  it('keeps the result and returns a new object', () => {
    const r = csat([5, 1]);
    const w = withInterval(r);
    expect(w).not.toBe(r);
    expect({ ...w, interval: undefined }).toEqual({ ...r, interval: undefined });
  });

  it('gives null limits without data', () => {
    expect(withInterval(csat([])).interval.lower).toBeNull();
    expect(withInterval(ces([])).interval.lower).toBeNull();
  });

  it('rejects methods the metric does not have and unknown metrics', () => {
    expect(() => withInterval(ces([7, 6]), { method: 'wilson' })).toThrow(TypeError);
    expect(() => withInterval(csat([5]), { method: 'score' })).toThrow(TypeError);
    expect(() =>
      withInterval({ ...csat([5]), metric: { ...csat([5]).metric, name: 'x' } } as never),
    ).toThrowExactly(new TypeError('withInterval: no interval is defined for the metric "x"'));
    // A long name is excerpted; a name that is not a string is described, never stringified.
    expect(() =>
      withInterval({
        ...csat([5]),
        metric: { ...csat([5]).metric, name: 'y'.repeat(50) },
      } as never),
    ).toThrowExactly(
      new TypeError(
        `withInterval: no interval is defined for the metric "${'y'.repeat(40)}"… (50 characters)`,
      ),
    );
    expect(() =>
      withInterval({ ...csat([5]), metric: { ...csat([5]).metric, name: 7 } } as never),
    ).toThrowExactly(new TypeError('withInterval: no interval is defined for the metric 7'));
    expect(() => withInterval(null as never)).toThrow(TypeError);
    expect(() => withInterval({ ...csat([5]), satisfied: 'x' } as never)).toThrow(TypeError);
    expect(() => withInterval({ ...csat([5]), score: '5' } as never)).toThrowExactly(
      new TypeError(
        `withInterval: the result's score must be a finite number or null, received "5" (strings are not coerced)`,
      ),
    );
    expect(() => withInterval({ ...csat([5]), total: null } as never)).toThrowExactly(
      new TypeError("withInterval: the result's total must be a number, received null"),
    );
    expect(() => meanInterval({ ...ces([5]), metric: null } as never)).toThrow(/^meanInterval: /);
  });

  it('never collapses by default: a CES without spread gets Hoeffding, t when asked for', () => {
    // Two answers of 7: t would be [7, 7]; Hoeffding's lower limit is 1 + 6 · 0.025^(1/2).
    const flat = withInterval(ces([7, 7])).interval;
    expect(flat).toMatchObject({ upper: 7, method: 'hoeffding' });
    expect(flat.lower).toBeCloseTo(1 + 6 * Math.sqrt(0.025), 12);
    expect(withInterval(ces([7, 7]), { method: 't' }).interval).toMatchObject({
      lower: 7,
      upper: 7,
      method: 't',
    });
    expect(withInterval(ces([7])).interval.method).toBe('hoeffding');
    expect(withInterval(ces([7, 6])).interval.method).toBe('t');
    expect(withInterval(ces([7, 6]), { method: 'hoeffding' }).interval.method).toBe('hoeffding');
    expect(withInterval(ces([])).interval).toMatchObject({ lower: null, method: 't' });
  });
});

describe('metric.interval', () => {
  it('equals withInterval of the scored tally for every metric', () => {
    const t = tally([10, 9, 3, 7], NPS);
    expect(npsMetric.interval(t)).toEqual(withInterval(npsMetric.score(t)).interval);
    const m = csatMetric();
    const ct = tally([5, 4, 1], m.scale);
    expect(m.interval(ct, { level: 0.9 })).toEqual(
      withInterval(m.score(ct), { level: 0.9 }).interval,
    );
    const e = cesMetric();
    const et = tally([7, 2, 5], e.scale);
    expect(e.interval(et)).toEqual(meanInterval(et));
    const p = proportionMetric();
    expect(p.interval(tally([1, 0], p.scale)).method).toBe('wilson');
  });
});
