import { describe, expect, it } from 'vitest';
import { createAccumulator, tally } from '../../src/index.js';

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
      new RangeError('accumulator.addTally: the tally has scale 1–5, expected 0–10'),
    );
    expect(() => acc.addTally({} as never)).toThrow(TypeError);
  });

  it('applies the input policy with the position of the answer', () => {
    const acc = createAccumulator(NPS).add(1).add(2);
    expect(() => acc.add(11)).toThrowExactly(
      new RangeError(
        'accumulator.add: answer at index 2 must be an integer from 0 to 10, received 11',
      ),
    );
    expect(() => acc.add(1, -1)).toThrowExactly(
      new RangeError(
        'accumulator.add: weight at index 3 must be 0 or a number from 1e-100 to 1e100, received -1',
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
});
