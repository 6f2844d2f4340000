import { describe, expect, it } from 'vitest';
import { tally } from '../../src/index.js';

const NPS = { min: 0, max: 10 };
const FIVE = { min: 1, max: 5 };

describe('tally', () => {
  it('counts answers per scale point, index = point − min', () => {
    const t = tally([5, 4, 4, 1], FIVE);
    expect(t).toEqual({
      scale: FIVE,
      counts: [1, 0, 0, 2, 1],
      total: 4,
      n: 4,
      skipped: 0,
      invalid: 0,
    });
    expect('weightSquares' in t).toBe(false);
  });

  it('counts null, undefined and holes in sparse arrays as skipped, never drops them', () => {
    const answers: (number | null | undefined)[] = [10, null, undefined];
    answers[4] = 9; // index 3 is a hole
    const t = tally(answers, NPS);
    expect(t.n).toBe(2);
    expect(t.skipped).toBe(3);
    expect(t.total).toBe(2);
  });

  it('accepts typed arrays, Sets and generators', () => {
    const expected = tally([1, 2, 2], FIVE);
    expect(tally(Float64Array.of(1, 2, 2), FIVE)).toEqual(expected);
    expect(tally(Int8Array.of(1, 2, 2), FIVE)).toEqual(expected);
    expect(tally(Uint16Array.of(1, 2, 2), FIVE)).toEqual(expected);
    expect(tally(new Set([1, 2]), FIVE).counts).toEqual([1, 1, 0, 0, 0]);
    function* gen(): Generator<number> {
      yield 1;
      yield 2;
      yield 2;
    }
    expect(tally(gen(), FIVE)).toEqual(expected);
  });

  it('tally refuses an array-like that is not an array, before any loop', () => {
    const huge = JSON.parse('{"length":9007199254740991}') as unknown as number[];
    expect(() => tally(huge, FIVE)).toThrow(
      new TypeError(
        'tally: answers must be an array, a typed array or an iterable, received an object',
      ),
    );
    expect(() => tally({ length: 3, 0: 1, 1: 2, 2: 2 } as unknown as number[], FIVE)).toThrow(
      TypeError,
    );
  });

  it('reads rows through the value accessor with the row index', () => {
    const rows = [{ q: 3 }, { q: null }, { q: 5 }];
    const seen: number[] = [];
    const t = tally(rows, FIVE, {
      value: (row, i) => {
        seen.push(i);
        return row.q;
      },
    });
    expect(t.counts).toEqual([0, 0, 1, 0, 1]);
    expect(t.skipped).toBe(1);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('rejects a value option that is not a function', () => {
    expect(() => tally([1], FIVE, { value: 'q' as never })).toThrowExactly(
      new TypeError('tally: option value must be an accessor function (row, index) => answer'),
    );
  });

  it.each([
    [11, 'received 11'],
    [-1, 'received -1'],
    [9.5, 'received 9.5'],
    [Number.NaN, 'received NaN'],
    [Number.POSITIVE_INFINITY, 'received Infinity'],
    [Number.NEGATIVE_INFINITY, 'received -Infinity'],
    [2 ** 32 + 5, `received ${String(2 ** 32 + 5)}`],
  ])('throws a RangeError naming index and value for the number %s', (bad, tail) => {
    expect(() => tally([10, 9, bad], NPS)).toThrowExactly(
      new RangeError(`tally: answer at index 2 must be an integer from 0 to 10, ${tail}`),
    );
  });

  it.each([
    ['9', '"9" (strings are not coerced)'],
    [true, 'true'],
    [{}, 'an object'],
    [[9], 'an array'],
    [9n, '9n'],
    [Symbol('x'), 'Symbol(x)'],
    [() => 9, 'a function'],
  ])('throws a TypeError for the non-number %s', (bad, shown) => {
    expect(() => tally([10, bad as number], NPS)).toThrowExactly(
      new TypeError(`tally: answer at index 1 must be an integer from 0 to 10, received ${shown}`),
    );
  });

  it('rejects BigInt typed arrays with a TypeError', () => {
    expect(() => tally(BigInt64Array.of(1n) as unknown as number[], FIVE)).toThrowExactly(
      new TypeError('tally: answer at index 0 must be an integer from 1 to 5, received 1n'),
    );
  });

  it("skips and counts invalid answers under invalid: 'skip'", () => {
    const t = tally([10, 11, '9' as unknown as number, 9.5, Number.NaN, null, 3], NPS, {
      invalid: 'skip',
    });
    expect(t.n).toBe(2);
    expect(t.invalid).toBe(4);
    expect(t.skipped).toBe(1);
  });

  it("counts NaN as missing under nan: 'missing'", () => {
    const t = tally([1, Number.NaN, 2], FIVE, { nan: 'missing' });
    expect(t.skipped).toBe(1);
    expect(t.n).toBe(2);
    expect(() => tally([1, Number.NaN], FIVE)).toThrow(RangeError);
  });

  it('never calls valueOf on an object answer', () => {
    let called = false;
    const sneaky = {
      valueOf: () => {
        called = true;
        return 5;
      },
    };
    expect(() => tally([sneaky as unknown as number], FIVE)).toThrow(TypeError);
    expect(called).toBe(false);
  });

  it('counts -0 as the point 0', () => {
    expect(tally([-0], NPS).counts[0]).toBe(1);
  });

  it('works on scales with negative points', () => {
    const t = tally([-3, 0, 3, 3], { min: -3, max: 3 });
    expect(t.counts).toEqual([1, 0, 0, 1, 0, 0, 2]);
    expect(() => tally([4], { min: -3, max: 3 })).toThrow(RangeError);
  });

  it('rejects inputs that are not arrays or iterables', () => {
    const message = (shown: string): TypeError =>
      new TypeError(
        `tally: answers must be an array, a typed array or an iterable, received ${shown}`,
      );
    expect(() => tally('9910' as never, NPS)).toThrow(message('"9910" (strings are not coerced)'));
    expect(() => tally(5 as never, NPS)).toThrow(message('5'));
    expect(() => tally(null as never, NPS)).toThrow(message('null'));
    expect(() => tally({ length: -1 } as never, NPS)).toThrow(message('an object'));
    expect(() => tally(new DataView(new ArrayBuffer(2)) as never, NPS)).toThrow(
      message('an object'),
    );
  });

  it.each([
    [{ min: 0, max: 0 }, RangeError],
    [{ min: 5, max: 1 }, RangeError],
    [{ min: 1.5, max: 5 }, RangeError],
    [{ min: 0, max: 10_001 }, RangeError],
    [{ min: '1', max: 5 }, TypeError],
    [{ min: 1 }, TypeError],
    [null, TypeError],
    ['1-5', TypeError],
  ])('rejects the scale %j', (scale, type) => {
    expect(() => tally([1], scale as never)).toThrow(type);
  });

  it('accepts the largest scale, 10,001 points', () => {
    expect(tally([10_000], { min: 0, max: 10_000 }).counts).toHaveLength(10_001);
  });

  it('validates options: unknown keys, wrong types and wrong choices throw', () => {
    expect(() => tally([1], FIVE, { confidence: 0.9 } as never)).toThrowExactly(
      new TypeError('tally: unknown option "confidence"'),
    );
    expect(() => tally([1], FIVE, null as never)).toThrowExactly(
      new TypeError('tally: options must be an object, received null'),
    );
    expect(() => tally([1], FIVE, 'skip' as never)).toThrow(TypeError);
    expect(() => tally([1], FIVE, { invalid: 'ignore' } as never)).toThrowExactly(
      new TypeError(
        "tally: option invalid must be 'throw' or 'skip', received \"ignore\" (strings are not coerced)",
      ),
    );
    expect(() => tally([1], FIVE, { nan: true } as never)).toThrow(TypeError);
  });

  it('reads only own options: a __proto__ literal does nothing, a JSON __proto__ key is unknown', () => {
    const literal = { __proto__: { invalid: 'skip' } } as never;
    expect(() => tally([11], NPS, literal)).toThrow(RangeError);
    const parsed = JSON.parse('{"__proto__": {"invalid": "skip"}}') as never;
    expect(() => tally([1], NPS, parsed)).toThrow(/unknown option "__proto__"/);
    expect(Object.prototype).not.toHaveProperty('invalid');
  });

  it('treats undefined option values as absent', () => {
    expect(tally([1], FIVE, { invalid: undefined, weight: undefined })).toEqual(tally([1], FIVE));
  });

  it('does not mutate its input and accepts frozen arrays', () => {
    const answers = Object.freeze([1, 2, 3]);
    tally(answers, FIVE);
    expect(answers).toEqual([1, 2, 3]);
  });
});

describe('tally with weights', () => {
  it('sums weights per point and records Σw² for the effective sample size', () => {
    const t = tally([10, 3, 9, null], NPS, { weight: [2, 1, 0.5, 7] });
    expect(t.counts[10]).toBe(2);
    expect(t.counts[3]).toBe(1);
    expect(t.counts[9]).toBe(0.5);
    expect(t.total).toBe(3.5);
    expect(t.n).toBe(3);
    expect(t.skipped).toBe(1);
    expect(t.weightSquares).toBe(4 + 1 + 0.25);
  });

  it('reads weights through an accessor on the row', () => {
    const rows = [
      { q: 5, w: 2 },
      { q: 1, w: 3 },
    ];
    const t = tally(rows, FIVE, { value: (r) => r.q, weight: (r) => r.w });
    expect(t.counts).toEqual([3, 0, 0, 0, 2]);
    expect(t.weightSquares).toBe(13);
  });

  it('accepts weights as a typed array and with an iterable input', () => {
    function* gen(): Generator<number> {
      yield 1;
      yield 5;
    }
    expect(tally(gen(), FIVE, { weight: Float64Array.of(2, 3) }).counts).toEqual([2, 0, 0, 0, 3]);
  });

  it('gives a weighted tally with total 0 when every weight is 0', () => {
    const t = tally([1, 2], FIVE, { weight: [0, 0] });
    expect(t.total).toBe(0);
    expect(t.n).toBe(2);
    expect(t.weightSquares).toBe(0);
  });

  it('is weighted even when no answer was valid', () => {
    expect(tally([null], FIVE, { weight: [1] }).weightSquares).toBe(0);
  });

  it('does not read the weight of a missing answer', () => {
    expect(tally([null, 1], FIVE, { weight: (_r, i) => (i === 0 ? Number.NaN : 1) }).total).toBe(1);
  });

  it.each([
    [-1, RangeError, '-1'],
    [1e-101, RangeError, '1e-101'],
    [1e101, RangeError, '1e+101'],
    [Number.NaN, RangeError, 'NaN'],
    [Number.POSITIVE_INFINITY, RangeError, 'Infinity'],
    ['1', TypeError, '"1" (strings are not coerced)'],
    [null, TypeError, 'null'],
  ])('rejects the weight %s naming its index', (w, type, shown) => {
    expect(() => tally([1, 2], FIVE, { weight: [1, w as number] })).toThrowExactly(
      new type(
        `tally: weight at index 1 must be 0 or a number from 1e-100 to 1e100, received ${shown}`,
      ),
    );
  });

  it('rejects a weight array of another length than the answers, saying both lengths, before counting', () => {
    expect(() => tally([1, 2], FIVE, { weight: [1, 1, 1] })).toThrowExactly(
      new RangeError('tally: option weight has 3 entries but there are 2 answers'),
    );
    // Shorter: the lengths, not "weight at index 2 … received undefined".
    expect(() => tally([1, 2, 3], FIVE, { weight: [1, 1] })).toThrowExactly(
      new RangeError('tally: option weight has 2 entries but there are 3 answers'),
    );
    // Before counting: the bad answer at index 0 is not what is reported.
    expect(() => tally(['x', 2, 3], FIVE, { weight: [1, 1] })).toThrow(RangeError);
    // An iterable is read into an array first, so its length is known too.
    expect(() => tally(new Set([1, 2]), FIVE, { weight: [1, 1, 1] })).toThrowExactly(
      new RangeError('tally: option weight has 3 entries but there are 2 answers'),
    );
    expect(() => tally(new Set([1, 2, 3]), FIVE, { weight: [1] })).toThrow(
      'tally: option weight has 1 entries but there are 3 answers',
    );
    expect(tally(new Set([1, 2]), FIVE, { weight: [1, 3] }).counts).toEqual([1, 3, 0, 0, 0]);
  });

  it('rejects a weight option that is neither a function nor an array', () => {
    expect(() => tally([1], FIVE, { weight: 2 as never })).toThrowExactly(
      new TypeError('tally: option weight must be a function or an array of numbers, received 2'),
    );
    expect(() => tally([1], FIVE, { weight: new Set([1]) as never })).toThrow(TypeError);
  });
});
