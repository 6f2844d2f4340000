import { describe, expect, it } from 'vitest';
import {
  mergeTallies,
  type Tally,
  tally,
  tallyFromCounts,
  validateTally,
} from '../../src/index.js';

const NPS = { min: 0, max: 10 };
const FIVE = { min: 1, max: 5 };

describe('mergeTallies', () => {
  it('adds counts, n, skipped and invalid', () => {
    const a = tally([10, 9, null], NPS);
    const b = tally([3, 11], NPS, { invalid: 'skip' });
    expect(mergeTallies([a, b])).toEqual({
      scale: NPS,
      counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1],
      total: 3,
      n: 3,
      skipped: 1,
      invalid: 1,
    });
  });

  it('takes any iterable, e.g. a generator of 200,000 tallies, without overflowing the stack', () => {
    const one = tally([4], FIVE);
    function* many(): Generator<typeof one> {
      for (let i = 0; i < 200_000; i++) yield one;
    }
    expect(mergeTallies(many()).counts).toEqual([0, 0, 0, 200_000, 0]);
  });

  it('merges an unweighted tally into a weighted one as weight-1 answers', () => {
    const w = tally([1, 5], FIVE, { weight: [2, 3] });
    const u = tally([5, 5], FIVE);
    const m = mergeTallies([w, u]);
    expect(m.counts).toEqual([2, 0, 0, 0, 5]);
    expect(m.weightSquares).toBe(4 + 9 + 2);
    expect(m.n).toBe(4);
  });

  it('returns the empty tally for no tallies when the scale is given', () => {
    expect(mergeTallies([], { scale: FIVE })).toEqual(tallyFromCounts(FIVE, {}));
  });

  it('throws for no tallies without a scale', () => {
    expect(() => mergeTallies([])).toThrowExactly(
      new RangeError(
        'mergeTallies: there are no tallies to merge; pass options.scale to get an empty tally',
      ),
    );
  });

  it('throws when scales differ, naming the index', () => {
    expect(() => mergeTallies([tally([1], FIVE), tally([1], NPS)])).toThrowExactly(
      new RangeError('mergeTallies: tally at index 1 has scale 0–10, expected 1–5'),
    );
    expect(() => mergeTallies([tally([1], NPS)], { scale: FIVE })).toThrow(RangeError);
  });

  it('validates every tally and names the bad one', () => {
    expect(() => mergeTallies([tally([1], FIVE), { ...tally([1], FIVE), total: 7 }])).toThrow(
      /^mergeTallies: tally at index 1: tally.total must equal/,
    );
  });

  it('rejects a non-iterable argument', () => {
    expect(() => mergeTallies(tally([1], FIVE) as never)).toThrowExactly(
      new TypeError('mergeTallies: tallies must be an iterable of tallies, received an object'),
    );
    expect(() => mergeTallies(null as never)).toThrow(TypeError);
  });

  it('accepts exactly what validateTally accepts, tally by tally', () => {
    const good = tally([1, 5, 5], FIVE);
    const w = tally([1, 5], FIVE, { weight: [0.5, 2] });
    const variants: unknown[] = [
      { ...good, extra: 1 },
      Object.assign(Object.create({ inherited: 1 }) as object, good),
      Object.assign(Object.create({ n: good.n }) as object, { ...good, n: undefined }),
      Object.defineProperty({ ...good }, 'hidden', { value: 1, enumerable: false }),
      Object.defineProperty({ ...good, n: undefined }, 'n', { value: 3, enumerable: false }),
      { ...good, weightSquares: undefined },
      { scale: FIVE, counts: good.counts, total: good.total, n: good.n },
      { ...good, scale: null },
      { ...good, scale: { min: 0, max: 5 } },
      { ...good, counts: 'x' },
      { ...good, counts: [1, 0, 0, 0] },
      { ...good, total: '3' },
      { ...good, counts: [1, 0, 0, 0, '2'] },
      { ...good, counts: [1.5, 0, 0, 0, 1.5] },
      { ...good, n: -1 },
      { ...good, skipped: 0.5 },
      { ...good, invalid: -2 },
      { ...good, total: 4 },
      { ...good, n: 4 },
      { ...good, n: undefined },
      { ...good, skipped: undefined, invalid: undefined },
      {
        ...good,
        counts: [Number.MAX_SAFE_INTEGER, 0, 0, 0, 2],
        total: Number.MAX_SAFE_INTEGER + 2,
      },
      { ...w, n: undefined },
      { ...w, weightSquares: '1' },
      { ...w, weightSquares: Number.POSITIVE_INFINITY },
      { ...w, total: 3 },
      { ...w, weightSquares: 100 },
      { ...w, weightSquares: 0.1 },
      { ...w, weightSquares: 0 },
      { ...w, counts: [0, 0, 0, 0, 0], total: 0, weightSquares: 0 },
      { ...w, counts: [0, 0, 0, 0, 0], total: 0, weightSquares: 1 },
      { ...w, counts: [-1, 0, 0, 0, 3.5], total: 2.5 },
      [1, 2],
      null,
    ];
    for (const v of variants) {
      let expected: unknown;
      try {
        expected = mergeTallies([good, validateTally(v)]);
      } catch (e) {
        expected = e;
      }
      let actual: unknown;
      try {
        actual = mergeTallies([good, v as never]);
      } catch (e) {
        actual = e;
      }
      if (expected instanceof Error) {
        expect(actual, JSON.stringify(v)).toBeInstanceOf(expected.constructor);
      } else expect(actual, JSON.stringify(v)).toEqual(expected);
    }
  });

  it('reads each count of a tally once: a Proxy cannot hand it a NaN after the check', () => {
    for (const fastPath of [true, false]) {
      const good = tally([10, 9, 3], NPS);
      let reads = 0;
      const counts = new Proxy([...good.counts], {
        get(target, key, receiver) {
          if (key === '10') return reads++ === 0 ? 1 : Number.NaN;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      // An extra own undefined field sends the tally down the full validation.
      const raw = (
        fastPath ? { ...good, counts } : { ...good, counts, weightSquares: undefined }
      ) as Tally;
      const merged = mergeTallies([tally([5], NPS), raw]);
      expect(reads).toBe(1);
      expect(merged.counts[10]).toBe(1);
      expect(validateTally(merged)).toEqual(merged);
    }
  });

  it('reads each field of a tally once: a getter cannot change n between the check and the add', () => {
    const good = tally([10, 9], NPS);
    let reads = 0;
    const raw = { ...good };
    Object.defineProperty(raw, 'n', {
      enumerable: true,
      get: () => (reads++ === 0 ? 2 : 1e6),
    });
    expect(mergeTallies([tally([5], NPS), raw]).n).toBe(3);
    expect(reads).toBe(1);
  });

  it('throws a RangeError naming the limit when merged counts would pass 2^53 − 1 (it returned a tally validateTally rejects)', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const full = tallyFromCounts(NPS, { 10: max });
    const message =
      'mergeTallies: the number of answers would pass 2^53 − 1, where counts stop being exact';
    expect(() => mergeTallies([full, full])).toThrowExactly(new RangeError(message));
    expect(() => mergeTallies([full, tally([3], NPS)])).toThrowExactly(new RangeError(message));
    // Through the full validation too (an own undefined field declines the fast path).
    expect(() =>
      mergeTallies([full, { ...full, weightSquares: undefined } as unknown as Tally]),
    ).toThrowExactly(new RangeError(message));
    const skipped = tallyFromCounts(NPS, {}, { skipped: max });
    expect(() => mergeTallies([skipped, tally([null], NPS)])).toThrow(
      'mergeTallies: the number of skipped answers would pass 2^53 − 1',
    );
    const invalid = tallyFromCounts(NPS, {}, { invalid: max });
    expect(() => mergeTallies([invalid, tally([11], NPS, { invalid: 'skip' })])).toThrow(
      'mergeTallies: the number of invalid answers would pass 2^53 − 1',
    );
    // Up to the limit itself is fine.
    expect(mergeTallies([tallyFromCounts(NPS, { 10: max - 1 }), tally([0], NPS)]).total).toBe(max);
  });

  it('throws a RangeError when weighted sums would overflow to Infinity', () => {
    const w = tallyFromCounts(NPS, { 10: 1e154 }, { weightSquares: 1e308, n: 2 });
    expect(() => mergeTallies([w, w])).toThrowExactly(
      new RangeError('mergeTallies: the sum of squared weights would overflow to Infinity'),
    );
    expect(() =>
      mergeTallies([w, { ...w, skipped: undefined } as unknown as Tally]),
    ).toThrowExactly(
      new RangeError('mergeTallies: the sum of squared weights would overflow to Infinity'),
    );
  });
});
