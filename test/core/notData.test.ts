import { describe, expect, it } from 'vitest';
import {
  ces,
  csat,
  mergeTallies,
  nps,
  tally,
  tallyAsync,
  tallyFromCounts,
  validateTally,
} from '../../src/index.js';
import { readList } from '../../src/internal/read.js';

const NPS = { min: 0, max: 10 };

/** A JSON payload that claims to be an array of 2^53 − 1 answers. */
const huge = (): never => JSON.parse('{"length":9007199254740991}') as never;

describe('input that is not data is an error, never no data', () => {
  it('tallyFromCounts refuses a Map (what d3.rollup returns) with a hint instead of giving an empty tally', () => {
    const rolled = new Map([
      [10, 3],
      [0, 1],
    ]);
    expect(() => tallyFromCounts(NPS, rolled as never)).toThrowExactly(
      new TypeError(
        'tallyFromCounts: counts must be an array or a plain object keyed by point, received a Map (pass Object.fromEntries(map))',
      ),
    );
    expect(tallyFromCounts(NPS, Object.fromEntries(rolled)).counts).toEqual([
      1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3,
    ]);
  });

  it('tallyFromCounts refuses a Date, a class instance, a DataView and a Set as counts', () => {
    class Counts {
      readonly 10 = 4;
    }
    for (const x of [new Date(0), new Counts(), new DataView(new ArrayBuffer(11)), new Set([1])]) {
      expect(() => tallyFromCounts(NPS, x as never)).toThrowExactly(
        new TypeError(
          'tallyFromCounts: counts must be an array or a plain object keyed by point, received an object',
        ),
      );
    }
  });

  it('tallyFromCounts takes an object without a prototype (Object.create(null))', () => {
    const counts = Object.assign(Object.create(null) as object, { 9: 2, 3: 1 });
    expect(tallyFromCounts(NPS, counts).counts).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0]);
  });

  it("tallyFromCounts refuses { '0': 5, '-0': 7 } instead of keeping one of the two counts", () => {
    expect(() => tallyFromCounts(NPS, { 0: 5, '-0': 7 } as never)).toThrowExactly(
      new RangeError('tallyFromCounts: counts key "-0" is not a point of the scale 0–10'),
    );
  });

  it.each([['-0'], ['01'], [' 1'], ['1 '], ['1.0'], ['1e0'], ['+1'], ['0x1'], [''], ['NaN']])(
    'tallyFromCounts refuses the key %j that is not the canonical spelling of a point',
    (key) => {
      expect(() => tallyFromCounts(NPS, { [key]: 1 })).toThrowExactly(
        new RangeError(
          `tallyFromCounts: counts key ${JSON.stringify(key)} is not a point of the scale 0–10`,
        ),
      );
    },
  );

  it('tallyFromCounts takes the canonical spelling of negative points', () => {
    expect(tallyFromCounts({ min: -3, max: 3 }, { '-3': 1, 0: 2, 3: 4 }).counts).toEqual([
      1, 0, 0, 2, 0, 0, 4,
    ]);
    expect(() => tallyFromCounts({ min: -3, max: 3 }, { '-03': 1 } as never)).toThrow(RangeError);
  });

  it('tallyFromCounts called with the counts first says the order (it said "scale.min and scale.max must be numbers, received undefined")', () => {
    const message =
      'tallyFromCounts: the scale comes first, tallyFromCounts(scale, counts); received a scale as the counts';
    expect(() => tallyFromCounts({ 10: 3 } as never, NPS as never)).toThrowExactly(
      new TypeError(message),
    );
    expect(() => tallyFromCounts([1, 2, 3] as never, { min: 1, max: 3 } as never)).toThrowExactly(
      new TypeError(message),
    );
  });

  it('tally, nps, csat and ces refuse a JSON array-like {"length": 2^53 − 1} at once instead of looping', () => {
    const started = performance.now();
    const message = (fn: string): TypeError =>
      new TypeError(
        `${fn}: answers must be an array, a typed array or an iterable, received an object`,
      );
    expect(() => tally(huge(), NPS)).toThrowExactly(message('tally'));
    expect(() => tally(huge(), NPS, { weight: [1] })).toThrowExactly(message('tally'));
    expect(() => nps(huge())).toThrowExactly(message('nps'));
    expect(() => nps(huge(), (x: number) => x)).toThrowExactly(message('nps'));
    expect(() => csat(huge())).toThrowExactly(message('csat'));
    expect(() => ces(huge())).toThrowExactly(message('ces'));
    expect(() => mergeTallies(huge())).toThrow(TypeError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a synchronous function refuses an async iterable, naming the async variant when there is one', () => {
    async function* answers(): AsyncGenerator<number> {
      yield await Promise.resolve(10);
    }
    expect(() => nps(answers() as never)).toThrowExactly(
      new TypeError(
        'nps: answers must be an array, a typed array or an iterable, received an async iterable',
      ),
    );
    expect(() => readList('tally', answers(), 'answers', 'tallyAsync')).toThrowExactly(
      new TypeError(
        'tally: answers must be an array, a typed array or an iterable, received an async iterable; use tallyAsync',
      ),
    );
  });

  it('tallyAsync refuses a JSON array-like at once', async () => {
    await expect(tallyAsync(huge(), NPS)).rejects.toThrowExactly(
      new TypeError(
        'tallyAsync: input must be an async iterable or an iterable, received an object',
      ),
    );
  });
});

describe('error messages quote a short excerpt of an offending string', () => {
  const big = '9'.repeat(1_000_000);

  it('a 1 MB string answer gives a message of under 200 characters that says its length', () => {
    expect(() => nps([10, big as never])).toThrowExactly(
      new TypeError(
        `nps: answer at index 1 must be an integer from 0 to 10, received "${'9'.repeat(40)}"… (1000000 characters) (strings are not coerced)`,
      ),
    );
    try {
      tally([big as never], NPS);
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(200);
    }
  });

  it('a string of 40 characters is quoted whole', () => {
    expect(() => nps(['x'.repeat(40) as never])).toThrow(`received "${'x'.repeat(40)}" (strings`);
  });

  it('unknown option names, tally fields and counts keys are excerpted too', () => {
    const key = 'k'.repeat(100_000);
    const excerpt = `"${'k'.repeat(40)}"… (100000 characters)`;
    expect(() => nps([], { [key]: 1 } as never)).toThrowExactly(
      new TypeError(`nps: unknown option ${excerpt}`),
    );
    expect(() => validateTally({ ...tally([], NPS), [key]: 1 })).toThrowExactly(
      new TypeError(`validateTally: unknown tally field ${excerpt}`),
    );
    expect(() => tallyFromCounts(NPS, { [key]: 1 })).toThrowExactly(
      new RangeError(`tallyFromCounts: counts key ${excerpt} is not a point of the scale 0–10`),
    );
  });
});
