import { describe, expect, it } from 'vitest';
import { createAccumulator, tally, tallyFromCounts } from '../../src/index.js';

const NPS = { min: 0, max: 10 };

describe('createAccumulator', () => {
  it('counts answers one at a time into the same tally as tally()', () => {
    const acc = createAccumulator(NPS);
    for (const x of [10, 9, null, 3, undefined]) acc.add(x);
    expect(acc.tally()).toEqual(tally([10, 9, null, 3, undefined], NPS));
  });

  it('gives independent, immutable snapshots', () => {
    const acc = createAccumulator(NPS).add(10);
    const first = acc.tally();
    acc.add(0);
    expect(first.total).toBe(1);
    expect(acc.tally().total).toBe(2);
  });

  it('becomes weighted once an answer carries a weight; others weigh 1', () => {
    const acc = createAccumulator(NPS).add(10).add(0, 3);
    const t = acc.tally();
    expect(t.counts[0]).toBe(3);
    expect(t.weightSquares).toBe(1 + 9);
    expect(t.n).toBe(2);
  });

  it('adds whole tallies on the same scale', () => {
    const acc = createAccumulator(NPS)
      .add(10)
      .addTally(tally([9, 9, null], NPS));
    expect(acc.tally().counts[9]).toBe(2);
    expect(acc.tally().skipped).toBe(1);
    expect(acc.addTally(tally([1], NPS, { weight: [0.5] })).tally().weightSquares).toBe(3 + 0.25);
  });

  it('rejects tallies on another scale or malformed ones', () => {
    const acc = createAccumulator(NPS);
    expect(() => acc.addTally(tally([1], { min: 1, max: 5 }))).toThrowExactly(
      new RangeError('createAccumulator.addTally: the tally has scale 1–5, expected 0–10'),
    );
    expect(() => acc.addTally({} as never)).toThrow(TypeError);
  });

  it('applies the input policy with the position of the answer', () => {
    const acc = createAccumulator(NPS).add(1).add(2);
    expect(() => acc.add(11)).toThrowExactly(
      new RangeError(
        'createAccumulator.add: answer at index 2 must be an integer from 0 to 10, received 11',
      ),
    );
    // The refused 11 was not added, so the next answer is still at index 2.
    expect(() => acc.add(1, -1)).toThrowExactly(
      new RangeError(
        'createAccumulator.add: weight at index 2 must be 0 or a number from 1e-100 to 1e100, received -1',
      ),
    );
    const lenient = createAccumulator(NPS, { invalid: 'skip', nan: 'missing' });
    lenient
      .add(11)
      .add(Number.NaN)
      .add('x' as never);
    expect([lenient.tally().invalid, lenient.tally().skipped]).toEqual([2, 1]);
  });

  it('exposes its scale and rejects bad scales and options', () => {
    expect(createAccumulator(NPS).scale).toEqual(NPS);
    expect(() => createAccumulator({ min: 1, max: 1 })).toThrow(RangeError);
    expect(() => createAccumulator(NPS, { weight: [1] } as never)).toThrow(TypeError);
  });

  it('an add that throws leaves the accumulator unchanged: a refused weight does not make later snapshots weighted', () => {
    const acc = createAccumulator(NPS).add(10).add(3);
    const before = acc.tally();
    expect(() => acc.add(8, -1)).toThrow(RangeError);
    expect(() => acc.add(8, Number.NaN)).toThrow(RangeError);
    expect(() => acc.add(8, '1' as never)).toThrow(TypeError);
    expect(() => acc.add(11, 2)).toThrow(RangeError);
    expect(() => acc.add('9' as never)).toThrow(TypeError);
    expect(acc.tally()).toEqual(before);
    expect('weightSquares' in acc.tally()).toBe(false);
    // And the next answer takes the position of the refused ones.
    expect(() => acc.add(12)).toThrow('answer at index 2 ');
    expect(acc.add(9).tally()).toEqual({
      ...before,
      counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1],
      total: 3,
      n: 3,
    });
  });

  it('an addTally that throws leaves the accumulator unchanged', () => {
    const acc = createAccumulator(NPS).add(10);
    const before = acc.tally();
    const w = tally([9], NPS, { weight: [2] });
    expect(() => acc.addTally({ ...w, weightSquares: -1 })).toThrow(RangeError);
    expect(() => acc.addTally({ ...w, scale: { min: 1, max: 5 } })).toThrow(RangeError);
    expect(acc.tally()).toEqual(before);
  });

  it('counts past 2^53 − 1 throw a RangeError instead of losing answers (2^53 − 1 + 1 + 1 is not 2^53)', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const full = tallyFromCounts(NPS, { 10: max }, { skipped: max, invalid: max });
    const acc = createAccumulator(NPS, { invalid: 'skip' }).addTally(
      tallyFromCounts(NPS, { 10: max - 1 }),
    );
    acc.add(10);
    expect(acc.tally().counts[10]).toBe(max);
    const message =
      'createAccumulator.add: the number of answers would pass 2^53 − 1, where counts stop being exact';
    expect(() => acc.add(10)).toThrowExactly(new RangeError(message));
    expect(() => acc.add(0)).toThrowExactly(new RangeError(message));
    expect(acc.tally().counts[10]).toBe(max);
    expect(acc.tally().n).toBe(max);
    const rest = createAccumulator(NPS, { invalid: 'skip' }).addTally(full);
    expect(() => rest.add(null)).toThrow(
      'createAccumulator.add: the number of skipped answers would pass 2^53 − 1',
    );
    expect(() => rest.add(11)).toThrow(
      'createAccumulator.add: the number of invalid answers would pass 2^53 − 1',
    );
    expect(() => rest.addTally(tallyFromCounts(NPS, { 3: 1 }))).toThrow(
      'createAccumulator.addTally: the number of answers would pass 2^53 − 1',
    );
    expect(rest.tally()).toEqual(full);
    const weighted = createAccumulator(NPS).addTally(
      tallyFromCounts(NPS, { 10: 1e154 }, { weightSquares: 1e308, n: 2 }),
    );
    expect(() =>
      weighted.addTally(tallyFromCounts(NPS, { 9: 1e154 }, { weightSquares: 1e308, n: 2 })),
    ).toThrowExactly(
      new RangeError(
        'createAccumulator.addTally: the sum of squared weights would overflow to Infinity',
      ),
    );
    expect(weighted.tally().total).toBe(1e154);
  });

  it.each([[null], [undefined], [{}], [42], ['9']])(
    'its methods name themselves in errors: createAccumulator.add and .addTally with %s',
    (x) => {
      const acc = createAccumulator(NPS);
      try {
        acc.add(x as never);
      } catch (e) {
        expect(e).toBeInstanceOf(typeof x === 'number' ? RangeError : TypeError);
        expect((e as Error).message).toMatch(/^createAccumulator\.add: /);
      }
      try {
        acc.add(9, x as never);
      } catch (e) {
        expect(e).toBeInstanceOf(typeof x === 'number' ? RangeError : TypeError);
        expect((e as Error).message).toMatch(/^createAccumulator\.add: /);
      }
      expect(() => acc.addTally(x as never)).toThrow(TypeError);
      expect(() => acc.addTally(x as never)).toThrow(/^createAccumulator\.addTally: /);
      // null and undefined are missing answers (and 42 is a valid weight): those adds succeed.
      expect(acc.tally().skipped).toBe(x === null || x === undefined ? 1 : 0);
    },
  );
});
