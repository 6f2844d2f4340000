// Issue 15 §5 for adjustPValues: no −0, holes are missing p-values, arguments checked in order.
// Reference values from R 4.2:
//   p.adjust(c(-0, 0.04), "BY")                 # 0 0.06
//   p.adjust(c(0.01, NA, 0.03, NA), "holm")     # 0.02 NA 0.03 NA
//   p.adjust(c(0.01, NA, 0.03, NA), "BH")       # 0.02 NA 0.03 NA
import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../src/index.js';

describe('adjustPValues at the edges', () => {
  it('adjustPValues([-0, 0.04], "by") returns 0, not −0', () => {
    const [a, b] = adjustPValues([-0, 0.04], 'by');
    expect(Object.is(a, 0)).toBe(true);
    expect(b).toBeCloseTo(0.06, 15);
    for (const m of ['holm', 'hochberg', 'bonferroni', 'bh', 'by'] as const) {
      expect(Object.is(adjustPValues([-0], m)[0], 0)).toBe(true);
    }
  });

  it('adjustPValues reads the holes of a sparse array as missing p-values: null in a dense output', () => {
    const sparse: (number | null)[] = [0.01];
    sparse[2] = 0.03;
    sparse.length = 4; // holes at 1 and 3
    expect(sparse.length).toBe(4);
    const holm = adjustPValues(sparse, 'holm');
    expect(holm).toEqual([0.02, null, 0.03, null]);
    expect(1 in holm && 3 in holm).toBe(true);
    expect(adjustPValues(sparse, 'bh')).toEqual([0.02, null, 0.03, null]);
    expect(adjustPValues([0.01, undefined, 0.03], 'holm')).toEqual([0.02, null, 0.03]);
  });

  it('adjustPValues refuses an array longer than 2^24 entries instead of filling it', () => {
    const huge: (number | null)[] = [];
    huge.length = 2 ** 24 + 1;
    expect(() => adjustPValues(huge, 'holm')).toThrowExactly(
      new RangeError(
        'adjustPValues: pValues has 16777217 entries; at most 16777216 are adjusted at once',
      ),
    );
  });

  it('adjustPValues reports pValues before method when both are wrong', () => {
    expect(() => adjustPValues(null as never, null as never)).toThrowExactly(
      new TypeError('adjustPValues: pValues must be an array, received null'),
    );
    expect(() => adjustPValues([0.1], 42 as never)).toThrowExactly(
      new TypeError(
        "adjustPValues: option method must be 'holm' or 'hochberg' or 'bonferroni' or 'bh' or 'by', received 42",
      ),
    );
  });
});
