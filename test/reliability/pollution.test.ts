import { describe, expect, it } from 'vitest';
import {
  CSAT_5_POINT,
  ces,
  cesMetric,
  createAccumulator,
  csat,
  csatMetric,
  mergeTallies,
  nps,
  npsFromCounts,
  npsMetric,
  proportionMetric,
  segment,
  tally,
  tallyAsync,
  tallyFromCounts,
  validateAnswers,
  validateTally,
  withInterval,
} from '../../src/index.js';
import { allowed, fixtures } from './hostile.js';

const KEYS = ['__proto__', 'constructor', 'prototype'];
const protoKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

/** `o` with an own `__proto__` key, as JSON.parse builds it from an untrusted payload. */
const withProto = (o: object): object =>
  Object.assign(JSON.parse('{"__proto__": {"polluted": 1}}') as object, o);

describe('prototype pollution', () => {
  it('segments keyed __proto__, constructor and prototype are ordinary segments', () => {
    const rows = KEYS.flatMap((k, i) => [{ k, x: 10 - i }]);
    const s = segment(rows, { by: (r) => r.k, value: (r) => r.x, metric: npsMetric });
    expect(s.segments.map((g) => g.key)).toEqual(KEYS);
    expect(s.segments.map((g) => g.result?.score)).toEqual([100, 100, 0]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tallyFromCounts rejects __proto__, constructor and prototype as count keys', () => {
    for (const k of KEYS) {
      const counts = JSON.parse(`{"${k}": {"polluted": 1}, "9": 2}`) as Record<number, number>;
      expect(() => tallyFromCounts({ min: 0, max: 10 }, counts)).toThrowExactly(
        new RangeError(`tallyFromCounts: counts key "${k}" is not a point of the scale 0–10`),
      );
    }
  });

  it('options and inputs carrying an own __proto__ key never reach Object.prototype', async () => {
    const before = protoKeys();
    for (const e of Object.values(fixtures().all)) {
      for (const args of e.valid) {
        // Each plain-object argument in turn (and a new last one) carries a __proto__ key.
        const variants = [...args, {}].map((_, i) =>
          [...args, {}].map((a, j) =>
            j === i && typeof a === 'object' && a !== null && !Array.isArray(a) ? withProto(a) : a,
          ),
        );
        for (const v of variants) {
          try {
            await e.call(...v.slice(0, Math.max(args.length, 1)));
          } catch (error) {
            expect(allowed(error)).toBe(true);
          }
        }
      }
    }
    expect(protoKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Fields another module might set on Object.prototype: tally and result fields, options. */
const POLLUTERS: readonly (readonly [string, unknown])[] = [
  ['weightSquares', 200],
  ['skipped', 5],
  ['invalid', 7],
  ['n', 1000],
  ['total', 3],
  ['partial', true],
  ['min', 1],
  ['max', 3],
  ['weight', [2, 2, 2]],
  ['value', () => 10],
  ['nan', 'missing'],
  ['topBox', 1],
  ['easier', 'lower'],
];

/** Every core and metric computation, as JSON (own properties only, as a caller reads them). */
async function battery(): Promise<Record<string, string>> {
  const S = { min: 0, max: 10 };
  const answers = [10, 9, 9, 8, 7, 6, 3, 10, null, 10, 9, 2, 8, 10, 9, 7, 0, 10, 9, 5, 10];
  const t = tally(answers, S);
  const w = tally([10, 3, 7], S, { weight: [1, 2, 0.5] });
  const stored = (x: unknown): unknown => JSON.parse(JSON.stringify(x));
  async function* stream(): AsyncGenerator<number | null> {
    for (const x of answers) yield await Promise.resolve(x);
  }
  const acc = createAccumulator(S)
    .add(10)
    .add(null)
    .addTally(stored(t) as never);
  const out: Record<string, unknown> = {
    tally: t,
    weighted: w,
    nps: nps(answers),
    npsRows: nps(
      answers.map((x) => ({ x })),
      (r) => r.x,
    ),
    csat: csat([5, 4, 3, null], CSAT_5_POINT),
    ces: ces([7, 6, 1]),
    npsFromCounts: npsFromCounts({ promoters: 3, passives: 2, detractors: 1 }),
    tallyFromCounts: tallyFromCounts(S, { 10: 3, 2: 1 }),
    merged: mergeTallies([stored(t) as never, t, stored(w) as never]),
    validated: validateTally(stored(t)),
    accumulator: acc.tally(),
    async: await tallyAsync(stream(), S),
    validation: validateAnswers(answers, S),
    npsMetric: npsMetric.score(stored(t) as never),
    csatMetric: csatMetric().score(tally([5, 4, 1], { min: 1, max: 5 })),
    cesMetric: cesMetric().score(tally([7, 1], { min: 1, max: 7 })),
    proportion: proportionMetric().score(tally([0, 1, 1], { min: 0, max: 1 })),
    withInterval: withInterval(nps(answers)),
    npsInterval: npsMetric.interval(stored(t) as never),
  };
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, JSON.stringify(v)]));
}

describe('own properties only: a polluted Object.prototype changes no number', () => {
  it.each(POLLUTERS.flatMap(([key, value]) => [true, false].map((e) => [key, e, value] as const)))(
    'with Object.prototype.%s set by another module (enumerable: %s), tallies, merges, accumulators and metric results are unchanged',
    async (key, enumerable, value) => {
      const clean = await battery();
      Object.defineProperty(Object.prototype, key, {
        value,
        enumerable,
        configurable: true,
        writable: true,
      });
      let polluted: Record<string, string> | string;
      try {
        polluted = await battery();
      } catch (e) {
        polluted = String(e);
      } finally {
        Reflect.deleteProperty(Object.prototype, key);
      }
      expect(polluted).toEqual(clean);
    },
  );

  it('withInterval(nps(20 answers)) keeps its interval with Object.prototype.weightSquares = 200 (it gave [−49, 89])', () => {
    const answers = [10, 9, 9, 8, 7, 6, 3, 10, 10, 9, 2, 8, 10, 9, 7, 0, 10, 9, 5, 10];
    const clean = withInterval(nps(answers));
    const proto = Object.prototype as Record<string, unknown>;
    proto.weightSquares = 200;
    try {
      const r = withInterval(nps(answers));
      expect(r.nEffective).toBe(20);
      expect(r.interval).toEqual(clean.interval);
    } finally {
      delete proto.weightSquares;
    }
  });

  it('mergeTallies refuses a tally whose scale inherits min or max from a polluted Object.prototype, as validateTally does', () => {
    const t = tally([10, 3], { min: 0, max: 10 });
    const cases = [
      ['min', 0, { max: 10 }],
      ['max', 10, { min: 0 }],
    ] as const;
    for (const enumerable of [true, false]) {
      for (const [key, value, scale] of cases) {
        Object.defineProperty(Object.prototype, key, {
          value,
          enumerable,
          configurable: true,
          writable: true,
        });
        try {
          const broken = { ...t, scale };
          expect(() => validateTally(broken)).toThrow(TypeError);
          expect(() => mergeTallies([t, broken as never])).toThrow(
            'mergeTallies: tally at index 1: tally.scale.min and tally.scale.max must be numbers',
          );
        } finally {
          Reflect.deleteProperty(Object.prototype, key);
        }
      }
    }
  });

  it('a tally whose fields are inherited is not a tally (validateTally reads own properties only)', () => {
    const t = tally([10, 3], { min: 0, max: 10 });
    const inherited = Object.create(t) as object;
    expect(() => validateTally(inherited)).toThrowExactly(
      new TypeError(
        'validateTally: tally.scale must be an object { min, max }, received undefined',
      ),
    );
    expect(() =>
      validateTally({ ...t, scale: Object.create({ min: 0, max: 10 }) as object }),
    ).toThrow(TypeError);
  });
});
