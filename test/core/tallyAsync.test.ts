import { describe, expect, it } from 'vitest';
import { tally, tallyAsync } from '../../src/index.js';

const FIVE = { min: 1, max: 5 };

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const x of items) {
    await Promise.resolve();
    yield x;
  }
}

describe('tallyAsync', () => {
  it('counts an async iterable like tally counts the same array', async () => {
    const answers = [1, 5, null, 4, undefined, 5];
    expect(await tallyAsync(stream(answers), FIVE)).toEqual(tally(answers, FIVE));
  });

  it('accepts sync iterables', async () => {
    expect(await tallyAsync([1, 2], FIVE)).toEqual(tally([1, 2], FIVE));
  });

  it('reads rows through value and weight accessors', async () => {
    const rows = [
      { q: 5, w: 2 },
      { q: 1, w: 1 },
      { q: null, w: 9 },
    ];
    const t = await tallyAsync(stream(rows), FIVE, { value: (r) => r.q, weight: (r) => r.w });
    expect(t).toEqual(tally(rows, FIVE, { value: (r) => r.q, weight: (r) => r.w }));
  });

  it('takes a parallel weight array of the same length', async () => {
    const t = await tallyAsync(stream([1, 5]), FIVE, { weight: [3, 4] });
    expect(t.counts).toEqual([3, 0, 0, 0, 4]);
    await expect(tallyAsync(stream([1, 5]), FIVE, { weight: [3] })).rejects.toThrowExactly(
      new RangeError('tallyAsync: option weight has 1 entries but there are more answers'),
    );
    await expect(tallyAsync(stream([1]), FIVE, { weight: [3, 4] })).rejects.toThrowExactly(
      new RangeError('tallyAsync: option weight has 2 entries but there are 1 answers'),
    );
  });

  it('checks a weight array against an array of answers before counting, saying both lengths', async () => {
    await expect(tallyAsync([1, 2, 3], FIVE, { weight: [1, 1] })).rejects.toThrowExactly(
      new RangeError('tallyAsync: option weight has 2 entries but there are 3 answers'),
    );
    // Before counting: the invalid first answer is not what is reported.
    await expect(tallyAsync(['x', 2], FIVE, { weight: [1] })).rejects.toThrow(
      'tallyAsync: option weight has 1 entries but there are 2 answers',
    );
    await expect(
      tallyAsync(Float64Array.of(1, 2), FIVE, { weight: Float64Array.of(1, 2, 3) }),
    ).rejects.toThrow('tallyAsync: option weight has 3 entries but there are 2 answers');
  });

  it('is weighted when weights are given even if every answer is missing', async () => {
    expect((await tallyAsync(stream([null]), FIVE, { weight: [1] })).weightSquares).toBe(0);
  });

  it('rejects with the input policy errors', async () => {
    await expect(tallyAsync(stream([1, 6]), FIVE)).rejects.toThrowExactly(
      new RangeError('tallyAsync: answer at index 1 must be an integer from 1 to 5, received 6'),
    );
    await expect(tallyAsync(stream([1]), FIVE, { weight: () => -1 })).rejects.toThrow(RangeError);
    expect((await tallyAsync(stream([1, 6]), FIVE, { invalid: 'skip' })).invalid).toBe(1);
  });

  it('rejects bad inputs and options', async () => {
    await expect(tallyAsync(5 as never, FIVE)).rejects.toThrowExactly(
      new TypeError('tallyAsync: input must be an async iterable or an iterable, received 5'),
    );
    await expect(tallyAsync({} as never, FIVE)).rejects.toThrow(TypeError);
    await expect(tallyAsync([1], FIVE, { value: 1 as never })).rejects.toThrow(TypeError);
    await expect(tallyAsync([1], FIVE, { weight: 1 as never })).rejects.toThrow(TypeError);
    await expect(tallyAsync([1], { min: 2, max: 1 })).rejects.toThrow(RangeError);
  });
});
