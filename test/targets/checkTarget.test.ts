import { describe, expect, it } from 'vitest';
import {
  ces,
  cesMetric,
  checkTarget,
  csat,
  csatMetric,
  nps,
  npsFromCounts,
  proportionMetric,
  responseRate,
  tallyFromCounts,
} from '../../src/index.js';

const csatOf = (satisfied: number, n: number) =>
  csatMetric().score(tallyFromCounts({ min: 1, max: 5 }, [n - satisfied, 0, 0, 0, satisfied]));

describe('checkTarget', () => {
  it('checkTarget says met only when the whole interval clears the target (confident mode)', () => {
    const big = npsFromCounts({ promoters: 240, passives: 100, detractors: 60 }); // NPS 45, n 400
    const c = checkTarget(big, { target: 30 });
    expect(c).toMatchObject({ status: 'met', value: 45, target: 30, direction: 'higher', gap: 15 });
    expect(c).toMatchObject({ level: 0.95, mode: 'confident', nEffective: 400, straddles: false });
    expect(checkTarget(big, { target: 60 }).status).toBe('missed');
    expect(checkTarget(big, { target: 60 }).gap).toBe(-15);
    expect(checkTarget(big, { target: 40 }).status).toBe('inconclusive');
    expect(checkTarget(big, { target: 40 }).straddles).toBe(true);
  });

  it('checkTarget lets the estimate decide in point mode, inclusive, and flags a straddling interval', () => {
    const r = npsFromCounts({ promoters: 50, passives: 30, detractors: 20 }); // NPS 30
    expect(checkTarget(r, { target: 30, mode: 'point' })).toMatchObject({
      status: 'met',
      gap: 0,
      straddles: true,
    });
    expect(checkTarget(r, { target: 31, mode: 'point' }).status).toBe('missed');
    expect(checkTarget(r, { target: -50, mode: 'point' })).toMatchObject({
      status: 'met',
      straddles: false,
    });
    expect(Object.is(checkTarget(r, { target: 30, mode: 'point' }).gap, 0)).toBe(true);
  });

  it('checkTarget reads the direction from the metric: CES effort and churn are better low', () => {
    // 36 answers (at least 30, so the t interval decides), mean 16/12.
    const effort = ces(
      [1, 1, 2, 1, 2, 1, 1, 2, 1, 1, 2, 1].flatMap((x) => [x, x, x]),
      {
        scale: { min: 1, max: 5 },
        easier: 'lower',
      },
    );
    const c = checkTarget(effort, { target: 2.5 });
    expect(c).toMatchObject({ status: 'met', direction: 'lower' });
    expect(c.gap).toBeCloseTo(2.5 - 16 / 12, 12);
    expect(checkTarget(effort, { target: 1 }).status).toBe('missed');
    expect(checkTarget(effort, { target: 2.5, direction: 'higher' }).status).toBe('missed');
    const churn = proportionMetric({ better: 'lower' });
    const r = churn.score(tallyFromCounts(churn.scale, [950, 50]));
    expect(checkTarget(r, { target: 10 })).toMatchObject({
      status: 'met',
      direction: 'lower',
      gap: 5,
    });
  });

  it('checkTarget checks response rates as fractions', () => {
    const c = checkTarget(responseRate(120, 1000), { target: 0.1 });
    expect(c).toMatchObject({ status: 'met', value: 0.12, nEffective: 1000 });
    expect(c.interval.method).toBe('wilson');
    expect(
      checkTarget(responseRate(120, 1000), { target: 0.1, method: 'jeffreys' }).interval.method,
    ).toBe('jeffreys');
    expect(checkTarget(responseRate(0, 0), { target: 0.1 })).toMatchObject({
      status: 'insufficient-data',
      value: null,
      gap: null,
      pValue: null,
      straddles: null,
    });
  });

  it('checkTarget returns insufficient-data for no answers, zero weights or fewer than minN', () => {
    expect(checkTarget(nps([]), { target: 30 }).status).toBe('insufficient-data');
    expect(checkTarget(nps([9, 10], { weight: [0, 0] }), { target: 30 }).status).toBe(
      'insufficient-data',
    );
    const r = npsFromCounts({ promoters: 240, passives: 100, detractors: 60 });
    expect(checkTarget(r, { target: 30, minN: 401 }).status).toBe('insufficient-data');
    expect(checkTarget(r, { target: 30, minN: 400 }).status).toBe('met');
  });

  it('checkTarget meets a target at the bad end of the range with p = 0', () => {
    expect(checkTarget(csatOf(0, 10), { target: 0 })).toMatchObject({ status: 'met', pValue: 0 });
    expect(
      checkTarget(npsFromCounts({ promoters: 0, passives: 0, detractors: 5 }), { target: -100 })
        .status,
    ).toBe('met');
    const effort = cesMetric({ scale: { min: 1, max: 5 }, easier: 'lower' });
    expect(
      checkTarget(effort.score(tallyFromCounts(effort.scale, [0, 0, 0, 0, 3])), { target: 5 }),
    ).toMatchObject({ status: 'met', pValue: 0 });
  });

  it('checkTarget never confidently meets a target at the good end, even when every answer is at it', () => {
    // Wilson at x = n (40 answers): lower limit below 100, score-test p at the boundary is ½.
    expect(checkTarget(csatOf(40, 40), { target: 100 })).toMatchObject({
      status: 'inconclusive',
      pValue: 0.5,
    });
    expect(checkTarget(csatOf(39, 40), { target: 100 })).toMatchObject({
      status: 'missed',
      pValue: 1,
    });
    const all = npsFromCounts({ promoters: 40, passives: 0, detractors: 0 });
    expect(checkTarget(all, { target: 100, method: 'score' })).toMatchObject({
      status: 'inconclusive',
      pValue: 0.5,
    });
    // Wald and t would collapse to a point: Clopper–Pearson, the adjusted Wald and Hoeffding's
    // bound decide instead, and none of them reaches the good end.
    for (const [result, method] of [
      [csatOf(20, 20), 'clopper-pearson'],
      [csatOf(40, 40), 'clopper-pearson'],
      [npsFromCounts({ promoters: 20, passives: 0, detractors: 0 }), 'exact'],
      [all, 'adjusted-wald'],
    ] as const) {
      const c = checkTarget(result, { target: 100, method: 'wald' });
      expect(c.status).toBe('inconclusive');
      expect(c.interval.method).toBe(method);
    }
    expect(checkTarget(ces([7, 7, 7]), { target: 7 })).toMatchObject({
      status: 'inconclusive',
      pValue: 1,
      interval: { upper: 7, method: 'hoeffding' },
    });
  });

  it('checkTarget never says met on a zero-width interval: a collapsed Wald or t is replaced', () => {
    // The cases: two answers of 7, one promoter, one satisfied answer.
    const two = checkTarget(ces([7, 7]), { target: 5 });
    expect(two.status).toBe('inconclusive');
    expect(two.interval.method).toBe('hoeffding');
    // Hoeffding: lower limit 1 + 6 · 0.025^(1/2) (the bound is attained at the scale's ends).
    expect(two.interval.lower).toBeCloseTo(1 + 6 * Math.sqrt(0.025), 10);
    expect(two.pValue).toBeCloseTo((4 / 6) ** 2, 12);
    const one = checkTarget(nps([10]), { target: 30, method: 'wald' });
    expect(one).toMatchObject({ status: 'inconclusive', interval: { method: 'exact' } });
    const five = checkTarget(csat([5]), { target: 85, method: 'wald' });
    expect(five).toMatchObject({ status: 'inconclusive', interval: { method: 'clopper-pearson' } });
    // binom.test(1, 1, p = 0.85, alternative = 'greater')$p.value is 0.85.
    expect(five.pValue).toBeCloseTo(0.85, 12);
    // Above the threshold a unanimous sample still decides, by a method that does not collapse.
    const hundred = checkTarget(csatOf(100, 100), { target: 90, method: 'wald' });
    // binom.test(100, 100)$conf.int[1] is 0.025^(1/100) = 0.96378…
    expect(hundred).toMatchObject({ status: 'met', interval: { method: 'clopper-pearson' } });
    expect(hundred.interval.lower).toBeCloseTo(100 * 0.025 ** 0.01, 9);
    const flat = checkTarget(ces(Array(100).fill(2) as number[]), {
      target: 3,
      direction: 'lower',
    });
    expect(flat).toMatchObject({ status: 'met', interval: { method: 'hoeffding' } });
    const lowBetter = proportionMetric({ better: 'lower' });
    const none = lowBetter.score(tallyFromCounts(lowBetter.scale, [20, 0]));
    expect(checkTarget(none, { target: 5, method: 'wald' })).toMatchObject({
      status: 'inconclusive',
      interval: { method: 'clopper-pearson' },
    });
  });

  it('checkTarget keeps the level and method of the interval, exact below 30 answers', () => {
    const r = csatOf(90, 100);
    const c = checkTarget(r, { target: 85, level: 0.8, method: 'clopper-pearson' });
    expect(c.interval).toMatchObject({ level: 0.8, method: 'clopper-pearson' });
    expect(c.level).toBe(0.8);
    expect(checkTarget(r, { target: 85, method: 'jeffreys' }).interval.method).toBe('jeffreys');
    expect(checkTarget(csat([5, 4, 3, 5]), { target: 50 }).interval.method).toBe('clopper-pearson');
    expect(
      checkTarget(npsFromCounts({ promoters: 5, passives: 1, detractors: 1 }), { target: 0 })
        .interval.method,
    ).toBe('exact');
    expect(
      checkTarget(npsFromCounts({ promoters: 50, passives: 10, detractors: 10 }), { target: 0 })
        .interval.method,
    ).toBe('adjusted-wald');
    const weighted = nps([10, 10, 9, 0, 8], { weight: [1, 2, 1, 1, 1] });
    expect(checkTarget(weighted, { target: 0 }).interval.method).toBe('adjusted-wald');
    expect(checkTarget(weighted, { target: 0, method: 'wald' }).interval.method).toBe(
      'adjusted-wald',
    );
    expect(checkTarget(weighted, { target: 0, method: 'score' }).interval.method).toBe('score');
    expect(() => checkTarget(weighted, { target: 0, method: 'exact' })).toThrow(
      /^checkTarget: the exact interval needs unweighted integer counts/,
    );
    expect(checkTarget(ces([6]), { target: 5 })).toMatchObject({
      status: 'inconclusive',
      interval: { method: 'hoeffding' },
    });
    expect(
      checkTarget(ces(Array(40).fill(6) as number[]), { target: 5, method: 'hoeffding' }).interval
        .method,
    ).toBe('hoeffding');
  });

  it('checkTarget rejects targets outside the range, percent targets given as fractions and NPS targets strictly between −1 and 1 but 0', () => {
    const r = csatOf(90, 100);
    expect(() => checkTarget(r, { target: 0.85 })).toThrowExactly(
      new RangeError(
        'checkTarget: option target is in percent, received 0.85 (did you mean 85 for 85 %?)',
      ),
    );
    expect(() =>
      checkTarget(proportionMetric().score(tallyFromCounts({ min: 0, max: 1 }, [1, 1])), {
        target: 0.07,
      }),
    ).toThrowExactly(
      new RangeError(
        'checkTarget: option target is in percent, received 0.07 (did you mean 7 for 7 %?)',
      ),
    );
    expect(() => checkTarget(r, { target: 120 })).toThrowExactly(
      new RangeError('checkTarget: option target must lie from 0 to 100, received 120'),
    );
    expect(() =>
      checkTarget(npsFromCounts({ promoters: 1, passives: 0, detractors: 0 }), { target: -101 }),
    ).toThrowExactly(
      new RangeError('checkTarget: option target must lie from -100 to 100, received -101'),
    );
    expect(() => checkTarget(ces([5]), { target: 0 })).toThrowExactly(
      new RangeError('checkTarget: option target must lie from 1 to 7, received 0'),
    );
    expect(() => checkTarget(responseRate(1, 2), { target: 12 })).toThrowExactly(
      new RangeError('checkTarget: option target must lie from 0 to 1, received 12'),
    );
    expect(() => checkTarget(r, { target: Number.NaN })).toThrow(RangeError);
    expect(() =>
      checkTarget(npsFromCounts({ promoters: 1, passives: 0, detractors: 0 }), { target: 0.3 }),
    ).toThrowExactly(
      new RangeError(
        'checkTarget: option target is in NPS points from −100 to 100, received 0.3 (did you mean 30?)',
      ),
    );
    expect(() =>
      checkTarget(npsFromCounts({ promoters: 1, passives: 0, detractors: 0 }), { target: -0.25 }),
    ).toThrow(/did you mean -25\?/);
    for (const target of [0, 1, -1]) {
      expect(
        checkTarget(npsFromCounts({ promoters: 1, passives: 0, detractors: 0 }), { target }).target,
      ).toBe(target);
    }
  });

  it('checkTarget rejects bad options and inputs', () => {
    const r = csatOf(90, 100);
    expect(() => checkTarget(r, {} as never)).toThrowExactly(
      new TypeError('checkTarget: option target must be a number, received undefined'),
    );
    expect(() => checkTarget(r, { target: '85' as never })).toThrowExactly(
      new TypeError(
        'checkTarget: option target must be a number, received "85" (strings are not coerced)',
      ),
    );
    expect(() => checkTarget(r, { target: 85, confidence: 0.9 } as never)).toThrowExactly(
      new TypeError('checkTarget: unknown option "confidence"'),
    );
    expect(() => checkTarget(r, { target: 85, mode: 'strict' as never })).toThrowExactly(
      new TypeError(
        "checkTarget: option mode must be 'confident' or 'point', received \"strict\" (strings are not coerced)",
      ),
    );
    expect(() => checkTarget(r, { target: 85, direction: 'up' as never })).toThrow(TypeError);
    expect(() => checkTarget(r, { target: 85, level: 95 })).toThrow(RangeError);
    expect(() => checkTarget(r, { target: 85, minN: -1 })).toThrowExactly(
      new RangeError('checkTarget: option minN must be a finite non-negative number, received -1'),
    );
    expect(() => checkTarget(r, { target: 85, method: 't' })).toThrow(TypeError);
    expect(() =>
      checkTarget(npsFromCounts({ promoters: 1, passives: 0, detractors: 0 }), {
        target: 0,
        method: 'bootstrap',
      }),
    ).toThrowExactly(new TypeError("checkTarget: method 'bootstrap' has no one-sided p-value"));
    expect(() => checkTarget(null as never, { target: 1 })).toThrowExactly(
      new TypeError('checkTarget: expected a result, received null'),
    );
    expect(() => checkTarget({ metric: null } as never, { target: 1 })).toThrow(TypeError);
    expect(() => checkTarget(42 as never, { target: 1 })).toThrow(TypeError);
    expect(() =>
      checkTarget({ responses: 5, invited: 4, rate: 1.25 } as never, { target: 0.5 }),
    ).toThrowExactly(new RangeError('checkTarget: responses exceed invited'));
    expect(() =>
      checkTarget({ responses: -1, invited: 4, rate: 0 } as never, { target: 0.5 }),
    ).toThrow(RangeError);
    expect(() =>
      checkTarget({ ...r, metric: { ...r.metric, name: 'custom' } }, { target: 50 }),
    ).toThrow(TypeError);
  });

  it('checkTarget returns plain JSON', () => {
    const c = checkTarget(csatOf(90, 100), { target: 85 });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});
