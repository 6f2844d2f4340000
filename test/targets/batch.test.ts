import { describe, expect, it } from 'vitest';
import {
  ces,
  checkTargets,
  csat,
  npsFromCounts,
  npsMetric,
  responseRate,
  targetAlerts,
  targetBand,
  trend,
} from '../../src/index.js';

const npsOf = (promoters: number, passives: number, detractors: number) =>
  npsFromCounts({ promoters, passives, detractors });
const rag = { thresholds: [0, 30], names: ['red', 'amber', 'green'] };

describe('checkTargets', () => {
  it('checkTargets returns one tidy row per item with its labels, and a summary', () => {
    const items = [
      { segment: 'web', month: '2025-01', result: npsOf(240, 100, 60) },
      { segment: 'web', month: '2025-02', result: npsOf(60, 100, 240) },
      { segment: 'app', month: '2025-01', result: npsOf(3, 1, 1) },
      { segment: 'app', month: '2025-02', result: npsOf(0, 0, 0) },
    ];
    const { rows, summary } = checkTargets(items, { target: 30 });
    expect(rows.map((r) => [r.segment, r.month, r.status])).toEqual([
      ['web', '2025-01', 'met'],
      ['web', '2025-02', 'missed'],
      ['app', '2025-01', 'inconclusive'],
      ['app', '2025-02', 'insufficient-data'],
    ]);
    expect(rows[0]).not.toHaveProperty('result');
    expect(rows[0]).toMatchObject({ value: 45, target: 30, gap: 15 });
    expect(summary).toEqual({ met: 1, missed: 1, inconclusive: 1, insufficientData: 1, total: 4 });
    expect(checkTargets([], { target: 30 }).summary.total).toBe(0);
  });

  it('checkTargets accepts any iterable and applies point mode to every item', () => {
    function* gen() {
      yield { result: npsOf(3, 1, 1) };
      yield { result: npsOf(1, 1, 3) };
    }
    expect(checkTargets(gen(), { target: 30, mode: 'point' }).summary).toEqual({
      met: 1,
      missed: 1,
      inconclusive: 0,
      insufficientData: 0,
      total: 2,
    });
  });

  it('checkTargets names the item in errors and rejects labels named like check fields', () => {
    expect(() =>
      checkTargets([{ result: npsOf(1, 1, 1) }, null] as never, { target: 0 }),
    ).toThrowExactly(
      new TypeError('checkTargets: item at index 1 must be an object, received null'),
    );
    expect(() =>
      checkTargets([{ result: csat([5]) }, { result: csat([5]) }], { target: 0.9 }),
    ).toThrowExactly(
      new RangeError(
        'checkTargets: item at index 0: option target is in percent, received 0.9 (did you mean 90 for 90 %?)',
      ),
    );
    expect(() =>
      checkTargets([{ status: 'x', result: npsOf(1, 1, 1) }], { target: 0 }),
    ).toThrowExactly(
      new TypeError('checkTargets: item at index 0: label "status" is a check field'),
    );
    expect(() => checkTargets([], { target: 0, periods: 2 } as never)).toThrow(TypeError);
  });
});

describe('targetBand', () => {
  it('targetBand puts values into bands by inclusive thresholds', () => {
    expect(targetBand(-0.5, rag)).toEqual({
      status: 'banded',
      band: 'red',
      index: 0,
      value: -0.5,
      direction: 'higher',
    });
    expect(targetBand(0, rag).band).toBe('amber');
    expect(targetBand(29.9, rag).band).toBe('amber');
    expect(targetBand(30, rag).band).toBe('green');
    expect(targetBand(npsOf(5, 0, 5), rag).band).toBe('amber');
    expect(
      targetBand(responseRate(12, 100), { thresholds: [0.1], names: ['low', 'ok'] }).band,
    ).toBe('ok');
  });

  it('targetBand follows the direction: lower-is-better thresholds decrease', () => {
    const effort = ces([1, 2], { scale: { min: 1, max: 5 }, easier: 'lower' });
    const bands = { thresholds: [3, 2], names: ['red', 'amber', 'green'] };
    expect(targetBand(effort, bands)).toMatchObject({
      band: 'green',
      index: 2,
      value: 1.5,
      direction: 'lower',
    });
    expect(targetBand(3.5, { ...bands, direction: 'lower' }).band).toBe('red');
    expect(() => targetBand(effort, { ...bands, thresholds: [2, 3] })).toThrowExactly(
      new RangeError('targetBand: thresholds must strictly decrease, received 3 after 2'),
    );
  });

  it('targetBand says explicitly when there is no score', () => {
    expect(targetBand(null, rag)).toEqual({
      status: 'insufficient-data',
      band: null,
      index: null,
      value: null,
      direction: 'higher',
    });
    expect(targetBand(csat([]), { thresholds: [80], names: ['below', 'above'] }).status).toBe(
      'insufficient-data',
    );
    expect(
      targetBand(responseRate(0, 0), { thresholds: [0.1], names: ['low', 'ok'] }).band,
    ).toBeNull();
  });

  it('targetBand rejects unordered, duplicate and out-of-range thresholds and bad names', () => {
    expect(() => targetBand(1, { thresholds: [30, 0], names: ['a', 'b', 'c'] })).toThrowExactly(
      new RangeError('targetBand: thresholds must strictly increase, received 0 after 30'),
    );
    expect(() => targetBand(1, { thresholds: [30, 30], names: ['a', 'b', 'c'] })).toThrow(
      RangeError,
    );
    expect(() => targetBand(1, { thresholds: [30], names: ['a', 'b', 'c'] })).toThrowExactly(
      new TypeError('targetBand: names must be an array one longer than thresholds'),
    );
    // Seen in a fuzz sweep (seed -256047759): a name of −0 came back as the band.
    expect(() =>
      targetBand(12, { thresholds: [0, 30], names: ['red', -0 as never, 'green'] }),
    ).toThrowExactly(new TypeError('targetBand: name at index 1 must be a string, received -0'));
    expect(() => targetBand(1, { thresholds: 30 as never, names: ['a', 'b'] })).toThrowExactly(
      new TypeError('targetBand: names must be an array one longer than thresholds'),
    );
    expect(() => targetBand(1, { thresholds: [30], names: 'ab' as never })).toThrow(TypeError);
    expect(() =>
      targetBand(npsOf(1, 1, 1), { thresholds: [0, 130], names: ['a', 'b', 'c'] }),
    ).toThrowExactly(
      new RangeError('targetBand: threshold 1 must lie from -100 to 100, received 130'),
    );
    expect(() => targetBand(csat([5]), { thresholds: [0.8], names: ['a', 'b'] })).toThrow(
      /did you mean 80 for 80 %/,
    );
    expect(() => targetBand(1, { thresholds: ['1' as never], names: ['a', 'b'] })).toThrow(
      TypeError,
    );
    expect(() => targetBand(Number.NaN, rag)).toThrow(RangeError);
    expect(() => targetBand('12' as never, rag)).toThrow(TypeError);
    expect(() => targetBand(1, { ...rag, direction: 'up' as never })).toThrow(TypeError);
    expect(() => targetBand(1, { ...rag, colours: [] } as never)).toThrow(TypeError);
  });
});

describe('targetAlerts', () => {
  const met = () => npsOf(400, 100, 100); // NPS 50, confidently above 30
  const missed = () => npsOf(150, 100, 100); // NPS 14, confidently below 30
  const unsure = () => npsOf(3, 1, 1); // NPS 40 on 5 answers: inconclusive
  const empty = () => npsOf(0, 0, 0);
  const at = (period: string, result: ReturnType<typeof npsOf>, partial?: boolean) => ({
    period,
    result,
    partial,
  });

  it('targetAlerts raises newly-missed, sustained-miss and recovered', () => {
    const rows = targetAlerts(
      [
        at('2025-01', met()),
        at('2025-02', missed()),
        at('2025-03', missed()),
        at('2025-04', missed()),
        at('2025-05', met()),
      ],
      { target: 30 },
    );
    expect(rows.map((r) => [r.period, r.status, r.missStreak, r.alerts])).toEqual([
      ['2025-01', 'met', 0, []],
      ['2025-02', 'missed', 1, ['newly-missed']],
      ['2025-03', 'missed', 2, []],
      ['2025-04', 'missed', 3, ['sustained-miss']],
      ['2025-05', 'met', 0, ['recovered']],
    ]);
    expect(rows[0]).toMatchObject({ partial: false, value: 50, target: 30 });
  });

  it('targetAlerts skips insufficient-data periods and resets the streak on inconclusive ones', () => {
    const rows = targetAlerts(
      [
        at('01', missed()),
        at('02', empty()),
        at('03', missed()),
        at('04', unsure()),
        at('05', missed()),
        at('06', missed()),
      ],
      { target: 30, periods: 2 },
    );
    expect(rows.map((r) => [r.status, r.missStreak, r.alerts])).toEqual([
      ['missed', 1, []],
      ['insufficient-data', 1, []],
      ['missed', 2, ['sustained-miss']],
      ['inconclusive', 0, []],
      ['missed', 1, []],
      ['missed', 2, ['sustained-miss']],
    ]);
  });

  it('targetAlerts compares with the last decided period across inconclusive ones, and flags partial periods', () => {
    const rows = targetAlerts([at('1', met()), at('2', unsure()), at('3', missed(), true)], {
      target: 30,
      periods: 1,
    });
    expect(rows[2]).toMatchObject({ partial: true, alerts: ['newly-missed', 'sustained-miss'] });
    const point = targetAlerts([at('1', missed()), at('2', unsure())], {
      target: 30,
      mode: 'point',
    });
    expect(point[1]).toMatchObject({ status: 'met', alerts: ['recovered'] });
  });

  it('targetAlerts rejects unordered or malformed periods and a bad streak length', () => {
    expect(() =>
      targetAlerts([at('2025-02', met()), at('2025-01', met())], { target: 30 }),
    ).toThrowExactly(
      new RangeError('targetAlerts: period at index 1: "2025-01" does not follow "2025-02"'),
    );
    expect(() =>
      targetAlerts([at('2025-01', met()), at('2025-01', met())], { target: 30 }),
    ).toThrow(RangeError);
    expect(() =>
      targetAlerts([{ period: 1, result: met() }] as never, { target: 30 }),
    ).toThrowExactly(
      new TypeError('targetAlerts: period at index 0: period must be a string, received 1'),
    );
    expect(() => targetAlerts([null] as never, { target: 30 })).toThrow(TypeError);
    expect(() => targetAlerts([], { target: 30, periods: 0 })).toThrowExactly(
      new RangeError(
        'targetAlerts: option periods must be an integer from 1 to 9007199254740991, received 0',
      ),
    );
    expect(() => targetAlerts([at('1', met())], { target: 300 })).toThrow(
      /period at index 0: option target/,
    );
  });

  it('targetAlerts reads the periods of trend() as they are, empty and partial periods included', () => {
    const month = (m: string, answers: number[]) =>
      answers.map((score) => ({ at: `2025-${m}-10T12:00:00Z`, score }));
    const rows = [
      ...month('01', [10, 10, 9, 8]),
      ...month('02', [0, 3, 7, 10]),
      ...month('04', [2, 5, 9, 6]),
      ...month('05', [10, 9]),
    ];
    const t = trend(rows, {
      at: (r) => r.at,
      value: (r) => r.score,
      metric: npsMetric,
      now: '2025-05-20',
    });
    const alerts = targetAlerts(t, { target: 30, mode: 'point', periods: 2 });
    expect(alerts.map((r) => [r.period, r.status, r.partial, r.alerts])).toEqual([
      ['2025-01', 'met', false, []],
      ['2025-02', 'missed', false, ['newly-missed']],
      ['2025-03', 'insufficient-data', false, []],
      ['2025-04', 'missed', false, ['sustained-miss']],
      ['2025-05', 'met', true, ['recovered']],
    ]);
  });
});
