import { describe, expect, it } from 'vitest';
import {
  createAccumulator,
  mergeTallies,
  nps,
  roundShares,
  segment,
  tally,
  tallyAsync,
  tallyFromCounts,
  validateAnswers,
  validateTally,
} from '../../src/index.js';

// Exact messages and boundary cases that mutation testing (npm run mutation -- core) showed no
// test pinned down: checks that could be dropped, or a bound moved by one, without a test failing.

const S = { min: 1, max: 5 };

describe('core edge cases', () => {
  it('tallyAsync names a bad accessor, weight or input', async () => {
    await expect(tallyAsync([1], S, { value: 3 as never })).rejects.toThrowExactly(
      new TypeError('tallyAsync: option value must be an accessor function (row, index) => answer'),
    );
    await expect(tallyAsync([1], S, { weight: 2 as never })).rejects.toThrowExactly(
      new TypeError(
        'tallyAsync: option weight must be a function or an array of numbers, received 2',
      ),
    );
    for (const [input, shown] of [
      [5, '5'],
      [-0, '-0'], // told apart from 0
      [null, 'null'],
      [{}, 'an object'],
    ] as const) {
      await expect(tallyAsync(input as never, S)).rejects.toThrowExactly(
        new TypeError(
          `tallyAsync: input must be an async iterable or an iterable, received ${shown}`,
        ),
      );
    }
    // Weights in a typed array are accepted; a weighted tally stays weighted with nothing counted.
    expect((await tallyAsync([2], S, { weight: new Float64Array([3]) })).counts[1]).toBe(3);
    expect(await tallyAsync([null], S, { weight: [1] })).toMatchObject({ n: 0, weightSquares: 0 });
  });

  it('option checks name the option', () => {
    expect(() => tally([1], S, 5 as never)).toThrowExactly(
      new TypeError('tally: options must be an object, received 5'),
    );
    expect(() => tally([1], S, { nan: 'x' as never })).toThrowExactly(
      new TypeError(
        `tally: option nan must be 'invalid' or 'missing', received "x" (strings are not coerced)`,
      ),
    );
    expect(() => validateAnswers([1], S, { nan: 'x' as never })).toThrowExactly(
      new TypeError(
        `validateAnswers: option nan must be 'invalid' or 'missing', received "x" (strings are not coerced)`,
      ),
    );
  });

  it('weights: 1e100 is the largest, and a weight set is not an array', () => {
    expect(tally([2], S, { weight: [1e100] }).counts[1]).toBe(1e100);
    expect(() => tally([2], S, { weight: [1.0000000000000002e100] })).toThrow(RangeError);
    expect(() => tally([2], S, { weight: new Set([1]) as never })).toThrowExactly(
      new TypeError(
        'tally: option weight must be a function or an array of numbers, received an object',
      ),
    );
    // An empty weight array for one (missing) answer is one entry short.
    expect(() => tally([null], S, { weight: [] })).toThrowExactly(
      new RangeError('tally: option weight has 0 entries but there are 1 answers'),
    );
  });

  it('arrays and typed arrays are read by index, not through their iterator', () => {
    const a = [1, 2];
    const b = new Int8Array([3, 4]);
    for (const x of [a, b]) {
      Object.defineProperty(x, Symbol.iterator, { value: () => [5, 5, 5][Symbol.iterator]() });
    }
    expect(tally(a, S).counts).toEqual([1, 1, 0, 0, 0]);
    expect(tally(b, S).counts).toEqual([0, 0, 1, 1, 0]);
    expect(tally(a, S, { value: (x) => x }).counts).toEqual([1, 1, 0, 0, 0]);
  });

  it('rows through an accessor or with weights follow the same answer policy', () => {
    for (const opts of [{ value: (x: unknown) => x }, { weight: [1, 1, 1] }]) {
      expect(() => tally([1, '3', 2] as never, S, opts as never)).toThrowExactly(
        new TypeError(
          'tally: answer at index 1 must be an integer from 1 to 5, received "3" (strings are not coerced)',
        ),
      );
      expect(() => tally([1, 2.5, 2] as never, S, opts as never)).toThrowExactly(
        new RangeError('tally: answer at index 1 must be an integer from 1 to 5, received 2.5'),
      );
      expect(() => tally([1, 6, 2] as never, S, opts as never)).toThrowExactly(
        new RangeError('tally: answer at index 1 must be an integer from 1 to 5, received 6'),
      );
    }
  });

  it('validateTally: the object check, the total message and the tolerance of weighted totals', () => {
    expect(() => validateTally([1, 2])).toThrowExactly(
      new TypeError('validateTally: a tally must be an object, received an array'),
    );
    const w = tallyFromCounts({ min: 0, max: 1 }, [4e11, 6e11], { n: 1e12, weightSquares: 1e12 });
    expect(validateTally({ ...w, total: 1e12 * (1 + 5e-10) }).total).toBe(1e12);
    expect(() => validateTally({ ...w, total: 1e12 * (1 + 2e-9) })).toThrow(RangeError);
    const u = tallyFromCounts({ min: 0, max: 1 }, [4e12, 6e12]);
    expect(() => validateTally({ ...u, total: 1e13 + 1 })).toThrow(RangeError);
    expect(() => validateTally({ ...u, total: '1e13' })).toThrowExactly(
      new TypeError(
        'validateTally: tally.total must be a number, received "1e13" (strings are not coerced)',
      ),
    );
  });

  it('tallyFromCounts and the accumulator name themselves in their errors', () => {
    expect(() => tallyFromCounts(S, 5 as never)).toThrowExactly(
      new TypeError(
        'tallyFromCounts: counts must be an array or a plain object keyed by point, received 5',
      ),
    );
    expect(() => createAccumulator(S, { nan: 1 as never })).toThrowExactly(
      new TypeError("createAccumulator: option nan must be 'invalid' or 'missing', received 1"),
    );
    expect(() => createAccumulator(S).addTally({} as never)).toThrowExactly(
      new TypeError(
        'createAccumulator.addTally: tally.scale must be an object { min, max }, received undefined',
      ),
    );
  });

  it('a metric must have score, interval and compare', () => {
    const f = (): null => null;
    for (const metric of [
      null,
      {},
      { score: f },
      { score: f, interval: f },
      { score: f, compare: f },
      { interval: f, compare: f },
    ]) {
      expect(() =>
        segment([{ x: 1 }], { by: () => 'a', value: (r) => r.x, metric: metric as never }),
      ).toThrowExactly(
        new TypeError(
          `segment: option metric must be a metric such as npsMetric, received ${metric === null ? 'null' : 'an object'}`,
        ),
      );
    }
  });

  it('more exact messages: inputs of the wrong type', async () => {
    expect(() => roundShares([1, 2], { digits: '1' as never })).toThrowExactly(
      new TypeError(
        'roundShares: option digits must be a number, received "1" (strings are not coerced)',
      ),
    );
    expect(() => tallyFromCounts(S, null as never)).toThrowExactly(
      new TypeError(
        'tallyFromCounts: counts must be an array or a plain object keyed by point, received null',
      ),
    );
    expect(() => validateTally(5)).toThrowExactly(
      new TypeError('validateTally: a tally must be an object, received 5'),
    );
    expect(() => mergeTallies(null as never)).toThrowExactly(
      new TypeError('mergeTallies: tallies must be an iterable of tallies, received null'),
    );
    await expect(tallyAsync('12' as never, S)).rejects.toThrowExactly(
      new TypeError(
        'tallyAsync: input must be an async iterable or an iterable, received "12" (strings are not coerced)',
      ),
    );
    // Weighted with nothing at all: still a weighted tally.
    expect(await tallyAsync([], S, { weight: [] })).toMatchObject({ n: 0, weightSquares: 0 });
  });

  it('scales with the same maximum but another minimum differ', () => {
    expect(() => mergeTallies([tally([1], S), tally([1], { min: 0, max: 5 })])).toThrowExactly(
      new RangeError('mergeTallies: tally at index 1 has scale 0–5, expected 1–5'),
    );
  });

  it('mergeTallies reads an array of tallies by index, not through its iterator', () => {
    const list = [tally([1], S), tally([2], S)];
    Object.defineProperty(list, Symbol.iterator, { value: () => [][Symbol.iterator]() });
    expect(mergeTallies(list).total).toBe(2);
  });

  it('counts and the fields of a pre-aggregate are checked by name, with their bounds', () => {
    const bad = (what: string, shown: string, type = RangeError): Error =>
      new type(`tallyFromCounts: ${what}, received ${shown}`);
    expect(() => tallyFromCounts(S, [-1, 0, 0, 0, 1])).toThrowExactly(
      bad('count of point 1 must be an integer from 0 to 2^53 − 1', '-1'),
    );
    expect(() => tallyFromCounts(S, [0, 1.5, 0, 0, 1])).toThrowExactly(
      bad('count of point 2 must be an integer from 0 to 2^53 − 1', '1.5'),
    );
    const ws = { n: 3, weightSquares: 2 };
    expect(() => tallyFromCounts(S, [-1, 0, 0, 0, 3], ws)).toThrowExactly(
      bad('count of point 1 must be a finite non-negative number', '-1'),
    );
    expect(() => tallyFromCounts(S, [Infinity, 0, 0, 0, 3], ws)).toThrowExactly(
      bad('count of point 1 must be a finite non-negative number', 'Infinity'),
    );
    expect(() => tallyFromCounts(S, [1, 0, 0, 0, 1], { n: -1 })).toThrowExactly(
      bad('n must be an integer from 0 to 2^53 − 1', '-1'),
    );
    expect(() => tallyFromCounts(S, [1, 0, 0, 0, 1], { skipped: 0.5 })).toThrowExactly(
      bad('skipped must be an integer from 0 to 2^53 − 1', '0.5'),
    );
    expect(() => tallyFromCounts(S, [1, 0, 0, 0, 1], { invalid: -2 })).toThrowExactly(
      bad('invalid must be an integer from 0 to 2^53 − 1', '-2'),
    );
    expect(() => tallyFromCounts(S, [1, 0, 0, 0, 1], { n: 2, weightSquares: -1 })).toThrowExactly(
      bad('weightSquares must be a finite non-negative number', '-1'),
    );
    // Kish's effective sample size total²/Σw² may be exactly 1 or exactly n, not beyond.
    expect(tallyFromCounts(S, [2, 0, 0, 0, 0], { n: 2, weightSquares: 4 }).weightSquares).toBe(4);
    expect(tallyFromCounts(S, [2, 0, 0, 0, 0], { n: 2, weightSquares: 2 }).weightSquares).toBe(2);
    const off = (w: number, n: number): RangeError =>
      new RangeError(
        `tallyFromCounts: weightSquares ${w} does not fit total 2 and n ${n}: total²/weightSquares (the effective sample size) must lie between 1 and n`,
      );
    expect(() => tallyFromCounts(S, [2, 0, 0, 0, 0], { n: 2, weightSquares: 4.01 })).toThrowExactly(
      off(4.01, 2),
    );
    expect(() => tallyFromCounts(S, [2, 0, 0, 0, 0], { n: 2, weightSquares: 1.99 })).toThrowExactly(
      off(1.99, 2),
    );
    expect(() => tallyFromCounts(S, [2, 0, 0, 0, 0], { n: 2, weightSquares: 0 })).toThrowExactly(
      off(0, 2),
    );
  });

  it('validateAnswers: a weight array of the right length is fine, one too short is not', () => {
    expect(validateAnswers([1, 2], S, { weight: [1, 2] })).toEqual({ ok: true, n: 2, skipped: 0 });
    expect(validateAnswers([null], S, { weight: [] })).toMatchObject({
      ok: false,
      issues: [{ index: -1, reason: 'weight-count', value: 0 }],
    });
  });

  it('validateAnswers: exactly maxIssues issues are not truncated', () => {
    expect(validateAnswers(['a', 'b'], S, { maxIssues: 2 })).toMatchObject({
      invalid: 2,
      truncated: false,
    });
    expect(nps([10]).score).toBe(100);
  });
});

describe('error messages name what they received', () => {
  it('an array is shown as an array without reading it', () => {
    // A Proxy of an array is an array to Array.isArray; its traps must not run while the
    // message is built (the message must not depend on code the caller wrote).
    const trapped: string[] = [];
    const proxy = new Proxy([1, 2], {
      get(target, key, receiver) {
        trapped.push(String(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    let message = '';
    try {
      mergeTallies([proxy as never]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      'mergeTallies: tally at index 0: a tally must be an object, received an array',
    );
    expect(trapped).toEqual([]);
  });
});
