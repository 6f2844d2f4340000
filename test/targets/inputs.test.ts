import { describe, expect, it } from 'vitest';
import {
  ces,
  checkTarget,
  checkTargets,
  csat,
  meanInterval,
  nps,
  npsFromCounts,
  npsInterval,
  proportionMetric,
  tallyFromCounts,
  targetAlerts,
  targetBand,
  withInterval,
} from '../../src/index.js';

// 14 promoters, 2 passives, 4 detractors: NPS 50. R, the adjusted-Wald formula:
// m <- 23; pa <- 14.75/m; da <- 4.75/m; 100 * (pa - da + c(-1, 1) * qnorm(0.975) *
// sqrt((pa + da - (pa - da)^2)/m)) is 10.307… 76.649…
const answers = [...Array<number>(14).fill(10), 8, 7, 0, 3, 5, 6];
const result = npsFromCounts({ promoters: 60, passives: 25, detractors: 15 });

describe('target inputs that are not data', () => {
  it('checkTargets refuses an object of results and null: they are not lists of items', () => {
    expect(() => checkTargets({ web: { result } } as never, { target: 30 })).toThrowExactly(
      new TypeError(
        'checkTargets: items must be an array, a typed array or an iterable, received an object',
      ),
    );
    expect(() => checkTargets(null as never, { target: 30 })).toThrow(/^checkTargets: items /);
    expect(() => checkTargets({ length: 2 ** 53 - 1 } as never, { target: 30 })).toThrow(TypeError);
    // An iterable is read once, as before.
    expect(checkTargets(new Set([{ result }]), { target: 30 }).summary.total).toBe(1);
  });

  it('targetAlerts refuses what is not a list of periods, and periods that are not objects', () => {
    expect(() => targetAlerts({ rows: [] } as never, { target: 30 })).toThrowExactly(
      new TypeError(
        'targetAlerts: periods must be an array, a typed array or an iterable, received an object',
      ),
    );
    expect(() => targetAlerts(null as never, { target: 30 })).toThrow(/^targetAlerts: periods /);
    expect(() => targetAlerts([5 as never], { target: 30 })).toThrowExactly(
      new TypeError('targetAlerts: period at index 0 must be an object, received 5'),
    );
  });

  it('checkTargets accepts labels named like Object.prototype members (constructor, toString)', () => {
    const { rows } = checkTargets([{ result, constructor: 'a', toString: 'b' }], { target: 30 });
    expect(rows[0]).toMatchObject({ constructor: 'a', toString: 'b', status: 'inconclusive' });
    expect(() => checkTargets([{ result, status: 'x' }], { target: 30 })).toThrowExactly(
      new TypeError('checkTargets: item at index 0: label status is a check field'),
    );
  });

  it('targetBand refuses a result whose score is NaN instead of banding it red', () => {
    const rag = { thresholds: [0, 30], names: ['red', 'amber', 'green'] };
    expect(() => targetBand({ ...result, score: Number.NaN }, rag)).toThrowExactly(
      new TypeError("targetBand: the result's score must be a finite number or null, received NaN"),
    );
    expect(() =>
      targetBand({ responses: 1, invited: 2, rate: Number.NaN } as never, {
        thresholds: [0.2, 0.5],
        names: ['red', 'amber', 'green'],
      }),
    ).toThrow(/^targetBand: the result's rate must be a finite number or null/);
    expect(targetBand({ ...result, score: null }, rag).status).toBe('insufficient-data');
  });

  it('targetBand and targetAlerts refuse NPS thresholds and targets strictly between −1 and 1 but 0', () => {
    expect(() =>
      targetBand(result, { thresholds: [0, 0.3], names: ['red', 'amber', 'green'] }),
    ).toThrowExactly(
      new RangeError(
        'targetBand: threshold 1 is in NPS points from −100 to 100, received 0.3 (did you mean 30?)',
      ),
    );
    expect(() => targetAlerts([{ period: '2025-01', result }], { target: 0.45 })).toThrow(
      /did you mean 45\?/,
    );
  });
});

describe('own properties only', () => {
  it('a polluted Object.prototype changes no interval, check or alert', () => {
    const r = nps(answers);
    const effort = ces([1, 2, 2, 4, 7, 6]);
    const before = withInterval(r).interval;
    expect([before.lower?.toFixed(1), before.upper?.toFixed(1)]).toEqual(['10.3', '76.6']);
    const check = checkTarget(r, { target: 0 });
    const mean = meanInterval(effort);
    const alerts = targetAlerts([{ period: '2025-01', result: r }], { target: 0 });
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.weightSquares = 200;
      proto.partial = true;
      proto.invited = 10;
      proto.satisfied = 3;
      expect(withInterval(r).interval).toEqual(before);
      expect(npsInterval(r)).toEqual(before);
      expect(checkTarget(r, { target: 0 })).toEqual(check);
      expect(meanInterval(effort)).toEqual(mean);
      expect(withInterval(effort).interval).toEqual(mean);
      expect(targetAlerts([{ period: '2025-01', result: r }], { target: 0 })).toEqual(alerts);
    } finally {
      delete proto.weightSquares;
      delete proto.partial;
      delete proto.invited;
      delete proto.satisfied;
    }
  });
});

describe('target checks at the edges of the new methods', () => {
  it('checks without answers are insufficient-data whatever the metric', () => {
    const none = npsFromCounts({ promoters: 0, passives: 0, detractors: 0 });
    for (const r of [csat([]), nps([]), none]) {
      expect(checkTarget(r, { target: 50 }).status).toBe('insufficient-data');
    }
    expect(checkTarget(ces([]), { target: 5 }).status).toBe('insufficient-data');
  });

  it("Hoeffding's bound at the scale's bottom: two answers of 1 cannot show a mean below 2", () => {
    // exp(−2·kl(0, 1/6)) = (5/6)² is the p-value for "below 2" (the scale's ends attain it).
    const c = checkTarget(ces([1, 1]), { target: 2, direction: 'lower' });
    expect(c).toMatchObject({
      status: 'inconclusive',
      interval: { lower: 1, method: 'hoeffding' },
    });
    expect(c.pValue).toBeCloseTo((5 / 6) ** 2, 12);
  });

  it('a share at the good end of its range is missed by any success (the score test at 0)', () => {
    const churn = proportionMetric({ better: 'lower' });
    const r = churn.score(tallyFromCounts(churn.scale, [39, 1]));
    expect(checkTarget(r, { target: 0 })).toMatchObject({ status: 'missed', pValue: 1 });
    expect(checkTarget(r, { target: 0, direction: 'higher' })).toMatchObject({ pValue: 0 });
  });
});
