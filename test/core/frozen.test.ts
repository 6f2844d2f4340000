import { describe, expect, it } from 'vitest';
import {
  CES_5_EFFORT,
  CES_7_AGREEMENT,
  CSAT_5_POINT,
  ces,
  cesMetric,
  csat,
  csatMetric,
  npsMetric,
  proportionMetric,
  tally,
} from '../../src/index.js';

/** Every object reachable from `o` by own data properties (functions left out). */
function objects(o: object, into: object[] = []): object[] {
  into.push(o);
  for (const v of Object.values(o)) {
    if (typeof v === 'object' && v !== null) objects(v as object, into);
  }
  return into;
}

const exported = (): Record<string, object> => ({
  npsMetric,
  CSAT_5_POINT,
  CES_5_EFFORT,
  CES_7_AGREEMENT,
  'csatMetric()': csatMetric(),
  'csatMetric(CSAT_5_POINT)': csatMetric(CSAT_5_POINT),
  'cesMetric()': cesMetric(),
  'cesMetric(CES_5_EFFORT)': cesMetric(CES_5_EFFORT),
  'proportionMetric()': proportionMetric(),
});

describe('exported metrics and presets are deeply frozen', () => {
  it.each(Object.keys(exported()))('%s is frozen, and so is every object inside it', (name) => {
    const o = exported()[name] as object;
    for (const x of objects(o)) expect(Object.isFrozen(x)).toBe(true);
  });

  it('CSAT_5_POINT.topBox = 1 throws and csat(…, CSAT_5_POINT) stays 50 (it became 25)', () => {
    const p = CSAT_5_POINT as { topBox: number; scale: { min: number } };
    expect(() => {
      p.topBox = 1;
    }).toThrow(TypeError);
    expect(() => {
      p.scale.min = 2;
    }).toThrow(TypeError);
    expect(csat([5, 4, 3, 2], CSAT_5_POINT).score).toBe(50);
  });

  it('npsMetric.scale.max = 5 throws and npsMetric still scores on 0–10', () => {
    const m = npsMetric as unknown as { scale: { max: number }; score: unknown };
    expect(() => {
      m.scale.max = 5;
    }).toThrow(TypeError);
    expect(() => {
      m.score = () => null;
    }).toThrow(TypeError);
    expect(npsMetric.score(tally([10, 0, 9], { min: 0, max: 10 })).score).toBeCloseTo(100 / 3, 12);
  });

  it('a metric a factory returns cannot be changed under the functions that use it', () => {
    const m = cesMetric(CES_5_EFFORT) as unknown as { better: string; scale: { max: number } };
    expect(() => {
      m.better = 'higher';
    }).toThrow(TypeError);
    expect(() => {
      m.scale.max = 7;
    }).toThrow(TypeError);
    expect(ces([1, 2, 5], CES_5_EFFORT).metric.better).toBe('lower');
  });

  it('a spread copy of a preset is an ordinary object to change', () => {
    expect(csat([5, 4, 3, 2], { ...CSAT_5_POINT, topBox: 1 }).score).toBe(25);
  });

  it('results are fresh objects, not the frozen metric: changing one changes no other', () => {
    const a = csat([5, 4], CSAT_5_POINT);
    expect(Object.isFrozen(a.metric)).toBe(false);
    (a.metric.scale as { min: number }).min = 3;
    expect(csat([5, 4], CSAT_5_POINT).metric.scale.min).toBe(1);
  });
});

describe('methods of returned objects name themselves in errors', () => {
  const cases = [null, undefined, {}, 42, 'tally'];
  const metrics = (): [string, object][] => [
    ['npsMetric', npsMetric],
    ['csatMetric', csatMetric()],
    ['cesMetric', cesMetric()],
    ['proportionMetric', proportionMetric()],
  ];

  it.each(cases.map((x) => [x]))(
    'npsMetric, csatMetric(), cesMetric() and proportionMetric() score, interval and compare with %j name themselves',
    (x) => {
      for (const [name, m] of metrics()) {
        const metric = m as typeof npsMetric;
        const good = tally([], metric.scale);
        const calls: [string, () => unknown][] = [
          ['score', () => metric.score(x as never)],
          ['interval', () => metric.interval(x as never)],
          ['compare', () => metric.compare(x as never, good)],
          ['compare', () => metric.compare(good, x as never)],
        ];
        // Options: undefined and {} are no options.
        if (x !== undefined && !(typeof x === 'object' && x !== null)) {
          calls.push(['interval', () => metric.interval(good, x as never)]);
          calls.push(['compare', () => metric.compare(good, good, x as never)]);
        }
        for (const [method, call] of calls) {
          let error: unknown;
          try {
            call();
          } catch (e) {
            error = e;
          }
          expect(
            error,
            `${name}.${method}(${x === undefined ? 'undefined' : JSON.stringify(x)})`,
          ).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(new RegExp(`^${name}\\.${method}: `));
        }
      }
    },
  );
});
