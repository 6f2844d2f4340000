// Shared by the reliability tests (not a test file itself): valid calls of every public function,
// hostile values, a mutator that breaks one part of a valid call, and a deep walker for results.
import fc from 'fast-check';
import * as api from '../../src/index.js';
import {
  ces,
  createAccumulator,
  csat,
  csatMetric,
  npsFromCounts,
  npsMetric,
  proportionMetric,
  segment,
  tallyFromCounts,
  trend,
} from '../../src/index.js';

/**
 * The one error the caller's own code throws (getters, accessors, Proxy traps, iterators). Policy:
 * the library never catches it, so it propagates unchanged (same object); besides it only
 * RangeError and TypeError may escape.
 */
export const CALLER = new Error('thrown by the caller');

/** Whether an escaped error is allowed: a RangeError, a TypeError, or the caller's own error. */
export function allowed(e: unknown): boolean {
  return e === CALLER || e instanceof RangeError || e instanceof TypeError;
}

const boom = (): never => {
  throw CALLER;
};

/** Proxies the tests created; the result walker and input collector never look inside them. */
export const proxies = new WeakSet();

function proxy<T extends object>(target: T, handler: ProxyHandler<T>): T {
  const p = new Proxy(target, handler);
  proxies.add(p);
  return p;
}

/** A Proxy on which every operation throws the caller's error. */
const trap = (): object =>
  proxy(
    {},
    {
      get: boom,
      has: boom,
      ownKeys: boom,
      getOwnPropertyDescriptor: boom,
      getPrototypeOf: boom,
    },
  );

/** An object whose every listed property is a getter that throws. */
function throwingGetters(keys: readonly string[]): object {
  const o = {};
  for (const k of keys) Object.defineProperty(o, k, { get: boom, enumerable: true });
  return o;
}

/** Values that are wrong in every position, built fresh on each call. */
const oddValues: readonly (() => unknown)[] = [
  () => -0,
  () => Number.NaN,
  () => Infinity,
  () => -Infinity,
  () => Number.MAX_VALUE,
  () => -Number.MAX_VALUE,
  () => Number.MAX_SAFE_INTEGER,
  () => 2 ** 53,
  () => 5e-324,
  () => 1e21,
  () => 10n,
  () => Symbol('odd'),
  () => '9',
  () => true,
  () => null,
  () => undefined,
  () => trap(),
  () => throwingGetters(['length', 'min', 'max', 'counts', 'result', 'tally', 'period', '0']),
  () => Object.freeze([1, 2]),
  () => Object.assign(new Array<unknown>(4), { 1: 3, 3: 9 }), // holes at 0 and 2
  () => Object.create(null) as unknown,
  () => ({ [Symbol.iterator]: boom }),
  () => ({ [Symbol.iterator]: () => ({ next: () => 42 }) }),
  () => ({ [Symbol.iterator]: () => ({ next: boom }) }),
  () => ({ [Symbol.iterator]: 5 }),
  () => ({ length: -1 }),
  () => ({ length: 2.5 }),
  () => ({ length: '3' }),
  () => boom,
  () => () => Number.NaN,
  () => () => -0,
  () => () => Infinity,
  () => () => '9',
  () => () => trap(),
  () => new Float64Array([Number.NaN, -0, Infinity]),
  () => new Int8Array(3),
  () => new Date(Number.NaN),
  () => new Map([[1, 2]]),
  () => JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
];

/** A thunk that builds a value afresh (one-shot iterables must not be shared between runs). */
export type Thunk = () => unknown;

/** Any JavaScript value fast-check makes, with every odd kind switched on. */
export const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
});

/** A hostile value, as a thunk. */
export const hostileArb: fc.Arbitrary<Thunk> = fc.oneof(
  fc.constantFrom(...oddValues),
  anything.map((v) => () => v),
);

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Variants of a valid value with one part broken: the value itself, a hostile value instead, or
 * (for arrays and plain objects) a frozen, proxied, one-shot-iterable or sparse form, or one
 * element/property replaced by a broken variant of it (recursively, `depth` levels down).
 */
export function mutate(value: unknown, depth = 3): fc.Arbitrary<Thunk> {
  const same = fc.constant(() => value);
  if (depth === 0 || fixtures().trusted.has(value)) return fc.oneof(same, hostileArb);
  const variants: fc.Arbitrary<Thunk>[] = [same, same, hostileArb];
  if (Array.isArray(value)) {
    const a = value as unknown[];
    variants.push(
      fc.constant(() => Object.freeze([...a])),
      fc.constant(() => proxy([...a], {})),
      fc.constant(() => ({
        *[Symbol.iterator]() {
          yield* a;
        },
      })),
      fc.constant(() => [...a, ...a.slice(0, 1).map(() => undefined)]),
      hostileArb.map((h) => () => [...a, h()]),
    );
    if (a.length > 0) {
      variants.push(
        fc
          .nat({ max: a.length - 1 })
          .chain((i) =>
            mutate(a[i], depth - 1).map((m) => () => a.map((x, j) => (j === i ? m() : x))),
          ),
        fc.nat({ max: a.length - 1 }).map((i) => () => {
          const b: unknown[] = new Array<unknown>(a.length);
          a.forEach((x, j) => {
            if (j !== i) b[j] = x; // a hole at i
          });
          return b;
        }),
      );
    }
  } else if (isPlain(value)) {
    const keys = Object.keys(value);
    variants.push(
      fc.constant(() => Object.freeze({ ...value })),
      fc.constant(() => Object.assign(Object.create(null) as object, value)),
      fc.constant(() => proxy({ ...value }, {})),
      hostileArb.map((h) => () => ({ ...value, extra: h() })),
    );
    if (keys.length > 0) {
      variants.push(
        fc
          .constantFrom(...keys)
          .chain((k) => mutate(value[k], depth - 1).map((m) => () => ({ ...value, [k]: m() }))),
        fc.constantFrom(...keys).map((k) => () => {
          const o = { ...value };
          Object.defineProperty(o, k, { get: boom, enumerable: true });
          return o;
        }),
        fc.constantFrom(...keys).map((k) => () => {
          const { [k]: _, ...rest } = value;
          return rest;
        }),
      );
    }
  } else if (typeof value === 'function') {
    const f = value as (...args: unknown[]) => unknown;
    variants.push(
      hostileArb.map((h) => () => () => h()),
      fc.constant(
        () =>
          (...args: unknown[]) =>
            Math.random() < 0.3 ? boom() : f(...args),
      ),
    );
  }
  return fc.oneof(...variants);
}

/** A callable public function (or a method of a returned object) with valid argument lists. */
export interface Entry {
  readonly call: (...args: unknown[]) => unknown;
  readonly valid: readonly (readonly unknown[])[];
  /** Result paths holding the caller's own values (labels, items), not checked for odd numbers. */
  readonly own?: RegExp;
}

const fn = (f: unknown): Entry['call'] => f as Entry['call'];

/** The fuzz entries and the values they are built from. */
export interface Fixtures {
  /** Valid calls of every function exported from src/index.ts, by export name. */
  readonly entries: Readonly<Record<string, Entry>>;
  /** Methods of the objects the library returns: metrics and the accumulator. */
  readonly methods: Readonly<Record<string, Entry>>;
  /** Every entry: the exports and the methods. */
  readonly all: Readonly<Record<string, Entry>>;
  /**
   * Metric objects are the caller's code, like accessors, but their results are trusted: a metric
   * whose `score` returns a non-result is outside the policy (the library's own metrics are fuzzed
   * through their methods). The fuzz replaces a metric whole, never its methods.
   */
  readonly trusted: ReadonlySet<unknown>;
}

let built: Fixtures | undefined;

/**
 * The fixtures, built on first use inside a test, never while test files load: library code run
 * at load time runs outside every test, and Stryker then counts each mutant in it as "static" and
 * runs the whole suite for it (it made a third of src/core's mutants static).
 */
export function fixtures(): Fixtures {
  built ??= build();
  return built;
}

/** The names of `fixtures().methods`, known before the fixtures are built (tests are named by them). */
export const METHOD_NAMES = [
  'npsMetric.score',
  'npsMetric.interval',
  'npsMetric.compare',
  'csatMetric().score',
  'createAccumulator.add',
  'createAccumulator.addTally',
] as const;

function build(): Fixtures {
  const S = { min: 0, max: 10 };
  const t1 = tallyFromCounts(S, { 10: 6, 8: 2, 3: 2 });
  const t2 = tallyFromCounts(S, { 10: 3, 9: 1, 7: 3, 0: 3 });
  const r1 = npsFromCounts({ promoters: 60, passives: 25, detractors: 15 });
  const rows = [
    { at: '2025-01-15T10:00:00Z', c: 'web', x: 10, y: 0, tags: ['price'] },
    { at: '2025-03-10', c: 'app', x: 3, y: 1, tags: ['price', 'app'] },
    { at: '2025-02-01', c: 'web', x: null, y: 0, tags: [] },
    { at: '2025-02-11', c: 'shop', x: 8, y: 1, tags: ['app'] },
  ];
  const by = (r: (typeof rows)[number]): string => r.c;
  const value = (r: (typeof rows)[number]): number | null => r.x;
  const at = (r: (typeof rows)[number]): string => r.at;
  const seg = segment(rows, { by, value, metric: npsMetric });
  const seg2 = segment(rows.slice(0, 2), { by, value, metric: npsMetric });
  const periods = [
    { period: '2025-01', tally: t1 },
    { period: '2025-02', tally: t2 },
    { period: '2025-03', tally: t1 },
    { period: '2025-04', tally: t2 },
  ];
  const series = trend(rows, { at, value, metric: npsMetric, now: 0 });
  const baseline = { centre: 20, sigma: 40 };
  const pm = proportionMetric();
  const ppl = periods.map((p) => ({ period: p.period, tally: tallyFromCounts(pm.scale, [8, 2]) }));
  const cs = csat([5, 4, 4, 3, 1]);
  const ce = ces([7, 6, 5, 4, 2]);
  const csm = csatMetric();

  const trusted = new Set<unknown>([npsMetric, pm, csm]);

  /** Valid calls of every function exported from src/index.ts, by export name. */
  const entries: Readonly<Record<string, Entry>> = {
    adjustPValues: { call: fn(api.adjustPValues), valid: [[[0.01, null, 0.04, 0.2], 'holm']] },
    ces: { call: fn(ces), valid: [[[7, 6, null]], [rows, value, { invalid: 'skip' }]] },
    cesMetric: { call: fn(api.cesMetric), valid: [[], [{ scale: { min: 1, max: 5 } }]] },
    checkTarget: { call: fn(api.checkTarget), valid: [[r1, { target: 30 }]] },
    checkTargets: {
      call: fn(api.checkTargets),
      valid: [
        [
          [
            { channel: 'web', result: r1 },
            { channel: 'app', result: cs },
          ],
          { target: 30 },
        ],
      ],
      own: /^\$\.rows\.\d+\.(channel|extra)$/,
    },
    compareDistributions: { call: fn(api.compareDistributions), valid: [[t1, t2]] },
    compareGroups: { call: fn(api.compareGroups), valid: [[[t1, t2, t1]]] },
    compareMeans: { call: fn(api.compareMeans), valid: [[ce, ces([4, 5, 3])]] },
    compareNps: { call: fn(api.compareNps), valid: [[r1, t2, { level: 0.9 }]] },
    comparePairedNps: {
      call: fn(api.comparePairedNps),
      valid: [
        [
          [10, 6, 8, 3],
          [10, 9, 9, 7],
        ],
      ],
    },
    compareProportions: {
      call: fn(api.compareProportions),
      valid: [
        [
          { successes: 56, n: 70 },
          { successes: 48, n: 80 },
        ],
      ],
    },
    compareSegments: { call: fn(api.compareSegments), valid: [[seg, npsMetric]] },
    controlChart: { call: fn(api.controlChart), valid: [[ppl, { metric: pm, baseline }]] },
    formatInterval: {
      call: fn(api.formatInterval),
      valid: [[api.withInterval(r1)], [api.withInterval(cs), { locale: 'nl-NL', digits: 2 }]],
    },
    formatScore: { call: fn(api.formatScore), valid: [[r1], [ce, { locale: 'de-DE', digits: 0 }]] },
    formatShare: { call: fn(api.formatShare), valid: [[0.875], [0.5, { locale: 'fr-FR' }]] },
    roundNps: { call: fn(api.roundNps), valid: [[r1], [r1, { digits: 2 }]] },
    roundShares: {
      call: fn(api.roundShares),
      valid: [[[120, 45, 30]], [[1, 1, 1], { digits: 1 }]],
    },
    createAccumulator: { call: fn(createAccumulator), valid: [[S], [S, { invalid: 'skip' }]] },
    csat: { call: fn(csat), valid: [[[5, 4, null]], [rows, value, { scale: S }]] },
    csatMetric: { call: fn(csatMetric), valid: [[], [{ scale: S, topBox: 3 }]] },
    ewmaChart: {
      call: fn(api.ewmaChart),
      valid: [[ppl, { metric: pm, baseline, lambda: 0.5 }]],
    },
    loyaltyOutcomes: {
      call: fn(api.loyaltyOutcomes),
      valid: [[rows, { nps: value, outcome: (r: (typeof rows)[number]) => r.y, better: 'lower' }]],
    },
    meanInterval: { call: fn(api.meanInterval), valid: [[ce], [t1, { level: 0.9 }]] },
    mergeTallies: { call: fn(api.mergeTallies), valid: [[[t1, t2]]] },
    mixRate: { call: fn(api.mixRate), valid: [[seg2, seg]] },
    netInterval: { call: fn(api.netInterval), valid: [[cs, { method: 'wald' }]] },
    nps: {
      call: fn(api.nps),
      valid: [[[10, 9, null, 3]], [rows, value, { weight: [1, 2, 1, 0] }]],
    },
    npsCategory: { call: fn(api.npsCategory), valid: [[9], [0]] },
    npsFromCounts: {
      call: fn(npsFromCounts),
      valid: [[{ promoters: 5, passives: 3, detractors: 2 }]],
    },
    npsInterval: { call: fn(api.npsInterval), valid: [[r1], [t1, { method: 'wald' }]] },
    npsMarginOfError: {
      call: fn(api.npsMarginOfError),
      valid: [[400, { promoterShare: 0.5, detractorShare: 0.2 }]],
    },
    npsSampleSize: {
      call: fn(api.npsSampleSize),
      valid: [[5, { promoterShare: 0.5, detractorShare: 0.2 }]],
    },
    npsSampleSizePerGroup: {
      call: fn(api.npsSampleSizePerGroup),
      valid: [
        [
          { promoterShare: 0.5, detractorShare: 0.2 },
          { promoterShare: 0.45, detractorShare: 0.25 },
        ],
      ],
    },
    periodBounds: {
      call: fn(api.periodBounds),
      valid: [['2025-03', { timeZone: 'Asia/Kolkata' }]],
    },
    periodChanges: { call: fn(api.periodChanges), valid: [[periods, { metric: npsMetric }]] },
    periodKey: {
      call: fn(api.periodKey),
      valid: [['2025-03-30T23:30:00Z', { timeZone: 'Europe/Amsterdam', period: 'isoWeek' }]],
    },
    proportionInterval: {
      call: fn(api.proportionInterval),
      valid: [
        [81, 100],
        [0, 10, { method: 'clopper-pearson' }],
      ],
    },
    proportionMarginOfError: { call: fn(api.proportionMarginOfError), valid: [[1000]] },
    proportionMetric: { call: fn(proportionMetric), valid: [[], [{ better: 'lower' }]] },
    proportionSampleSize: {
      call: fn(api.proportionSampleSize),
      valid: [[0.03], [0.03, { population: 2000 }]],
    },
    proportionSampleSizePerGroup: {
      call: fn(api.proportionSampleSizePerGroup),
      valid: [[0.8, 0.85]],
    },
    responseRate: { call: fn(api.responseRate), valid: [[120, 1000]] },
    rolling: { call: fn(api.rolling), valid: [[series, { metric: npsMetric, periods: 2 }]] },
    segment: { call: fn(segment), valid: [[rows, { by, value, metric: npsMetric }]] },
    segmentAsync: {
      call: fn(api.segmentAsync),
      valid: [[rows, { by, value, metric: npsMetric }]],
    },
    segmentContribution: { call: fn(api.segmentContribution), valid: [[seg, npsMetric]] },
    sortSegments: {
      call: fn(api.sortSegments),
      valid: [[seg.segments, { by: 'key' }]],
      own: /^\$\.\d+$/,
    },
    tally: {
      call: fn(api.tally),
      valid: [
        [[5, 4, null], { min: 1, max: 5 }],
        [rows, S, { value }],
      ],
    },
    tallyAsync: { call: fn(api.tallyAsync), valid: [[[5, 4, null], { min: 1, max: 5 }]] },
    tallyFromCounts: {
      call: fn(tallyFromCounts),
      valid: [
        [S, { 10: 6, 3: 2 }],
        [{ min: 1, max: 3 }, [1.5, 0, 2], { weightSquares: 4.5, n: 3 }],
      ],
    },
    targetAlerts: {
      call: fn(api.targetAlerts),
      valid: [
        [
          [
            { period: '2025-01', result: r1 },
            {
              period: '2025-02',
              result: npsFromCounts({ promoters: 1, passives: 0, detractors: 5 }),
            },
          ],
          { target: 30, periods: 2 },
        ],
      ],
    },
    targetBand: {
      call: fn(api.targetBand),
      valid: [[12, { thresholds: [0, 30], names: ['red', 'amber', 'green'] }]],
    },
    themes: {
      call: fn(api.themes),
      valid: [[rows, { tags: (r: (typeof rows)[number]) => r.tags, value }]],
    },
    tidy: { call: fn(api.tidy), valid: [[series], [seg.segments]], own: /^\$\.\d+\.key$/ },
    trend: { call: fn(trend), valid: [[rows, { at, value, metric: npsMetric, now: 0 }]] },
    trendAsync: {
      call: fn(api.trendAsync),
      valid: [[rows, { at, value, metric: npsMetric, now: 0 }]],
    },
    trendTest: { call: fn(api.trendTest), valid: [[ppl, { metric: pm }]] },
    validateAnswers: {
      call: fn(api.validateAnswers),
      valid: [
        [[10, '9', null, 11.5], S],
        [rows, S, { value, maxIssues: 1 }],
      ],
    },
    validateTally: { call: fn(api.validateTally), valid: [[t1], [JSON.parse(JSON.stringify(t2))]] },
    withInterval: {
      call: fn(api.withInterval),
      valid: [[cs], [r1, { level: 0.8 }]],
      own: /^\$\.(?!interval$)[^.]+$/,
    },
  };

  /** Methods of the objects the library returns: metrics and the accumulator. */
  const methods: Readonly<Record<string, Entry>> = {
    'npsMetric.score': { call: (t) => npsMetric.score(t as never), valid: [[t1]] },
    'npsMetric.interval': {
      call: (t, o) => npsMetric.interval(t as never, o as never),
      valid: [[t1, { level: 0.9 }]],
    },
    'npsMetric.compare': {
      call: (a, b, o) => npsMetric.compare(a as never, b as never, o as never),
      valid: [[t1, t2]],
    },
    'csatMetric().score': {
      call: (t) => csm.score(t as never),
      valid: [[api.tally([5, 4], csm.scale)]],
    },
    'createAccumulator.add': {
      call: (x, w) =>
        createAccumulator(S)
          .add(9)
          .add(x as never, w as never)
          .tally(),
      valid: [[10], [null], [7, 2]],
    },
    'createAccumulator.addTally': {
      call: (t) =>
        createAccumulator(S)
          .add(3)
          .addTally(t as never)
          .tally(),
      valid: [[t1]],
    },
  };

  return { entries, methods, all: { ...entries, ...methods }, trusted };
}

/** A valid call of `e` with one part broken (or none), as a thunk building fresh arguments. */
export function callArb(e: Entry): fc.Arbitrary<() => unknown[]> {
  return fc.constantFrom(...e.valid).chain((args) =>
    fc.tuple(...[...args, undefined].map((a) => mutate(a))).map((ts) => {
      const make = (): unknown[] => ts.map((t) => t());
      // Counterexamples show the arguments, built afresh.
      return Object.assign(make, { [fc.toStringMethod]: () => fc.stringify(make()) });
    }),
  );
}

/**
 * Collects every object reachable from the inputs by own data properties (no getter is called,
 * no Proxy of ours is entered): the caller's own objects may come back inside a result.
 */
export function collect(value: unknown, into = new WeakSet()): WeakSet<object> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return into;
  if (into.has(value)) return into;
  into.add(value);
  if (proxies.has(value)) return into;
  for (const d of Object.values(Object.getOwnPropertyDescriptors(value))) {
    if ('value' in d) collect(d.value, into);
  }
  return into;
}

/**
 * Returns the path of the first NaN, ±Infinity or −0 in a result, or undefined. Objects in `skip`
 * (the caller's own) and functions are not entered.
 */
export function badNumber(
  value: unknown,
  skip = new WeakSet(),
  own = /^$/,
  path = '$',
  seen = new Set<unknown>(),
): string | undefined {
  if (own.test(path)) return undefined;
  if (typeof value === 'number') {
    return Number.isFinite(value) && !Object.is(value, -0) ? undefined : `${path} = ${value}`;
  }
  if (typeof value !== 'object' || value === null || skip.has(value) || seen.has(value)) return;
  seen.add(value);
  for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if ('value' in d) {
      const bad = badNumber(d.value, skip, own, `${path}.${k}`, seen);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}
