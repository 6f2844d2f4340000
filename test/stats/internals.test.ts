import { describe, expect, it } from 'vitest';
import { mulberry32, quantile7 } from '../../src/stats/internal/trinomial.js';

// Reference values: test/fixtures/stats/internals.py (standard-library Python; `python3
// test/fixtures/stats/internals.py` prints every value below).

describe('the bootstrap internals', () => {
  it("quantile7 is R's type 7 (quantile(x, p, type = 7))", () => {
    // statistics.quantiles(sorted, n=4 / n=10, method='inclusive')
    const a = [1, 2, 4];
    expect([0.25, 0.5, 0.75].map((p) => quantile7(a, p))).toEqual([1.5, 2, 3]);
    expect(quantile7(a, 0.9)).toBeCloseTo(3.6, 14);
    const b = [1, 1, 2, 3, 4, 5, 6, 9];
    expect([0.25, 0.5, 0.75].map((p) => quantile7(b, p))).toEqual([1.75, 3.5, 5.25]);
    expect(quantile7(b, 0.9)).toBeCloseTo(6.9, 14);
    expect(quantile7(b, 0)).toBe(1);
    expect(quantile7(b, 1)).toBe(9);
  });

  it('mulberry32 gives the published generator’s stream', () => {
    // mulberry32(seed) for seed 0, 42 and 2^32 − 1: the first three draws, from the Python port.
    for (const [seed, want] of [
      [0, [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]],
      [42, [0.6011037519201636, 0.44829055899754167, 0.8524657934904099]],
      [2 ** 32 - 1, [0.8964226141106337, 0.189478256739676, 0.7156526781618595]],
    ] as const) {
      const r = mulberry32(seed);
      expect([r(), r(), r()]).toEqual(want);
    }
  });
});
