import { describe, expect, it } from 'vitest';
import { createAccumulator, mergeTallies, tally, validateTally } from '../../src/index.js';

// The scale checks shared by every function that takes a scale, with their exact messages
// (mutation testing found that tests of the error class alone let the checks be dropped).

const range = (fn: string, name: string, shown: string): RangeError =>
  new RangeError(
    `${fn}: ${name} must have integers min < max within ±1e9 and at most 10001 points, received ${shown}`,
  );

describe('scales', () => {
  it('rejects a scale that is not an object, naming it', () => {
    expect(() => tally([1], null as never)).toThrowExactly(
      new TypeError('tally: scale must be an object { min, max }, received null'),
    );
    expect(() => tally([1], '1-5' as never)).toThrowExactly(
      new TypeError(
        'tally: scale must be an object { min, max }, received "1-5" (strings are not coerced)',
      ),
    );
    expect(() => validateTally({ scale: 5, counts: [], total: 0 })).toThrowExactly(
      new TypeError('validateTally: tally.scale must be an object { min, max }, received 5'),
    );
  });

  it('rejects bounds that are not numbers', () => {
    expect(() => tally([1], { min: '1', max: 5 } as never)).toThrowExactly(
      new TypeError(
        'tally: scale.min and scale.max must be numbers, received "1" (strings are not coerced) and 5',
      ),
    );
  });

  it('rejects fractional, reversed, too wide and too far bounds; accepts the limits', () => {
    expect(() => tally([1], { min: 1.5, max: 5 })).toThrowExactly(range('tally', 'scale', '1.5–5'));
    expect(() => tally([1], { min: 1, max: 5.5 })).toThrowExactly(range('tally', 'scale', '1–5.5'));
    expect(() => tally([1], { min: 5, max: 5 })).toThrowExactly(range('tally', 'scale', '5–5'));
    expect(() => tally([1], { min: 0, max: 10_001 })).toThrowExactly(
      range('tally', 'scale', '0–10001'),
    );
    expect(() => tally([], { min: -1e9 - 1, max: -1e9 + 5 })).toThrowExactly(
      range('tally', 'scale', '-1000000001–-999999995'),
    );
    expect(() => tally([], { min: 1e9 - 5, max: 1e9 + 1 })).toThrowExactly(
      range('tally', 'scale', '999999995–1000000001'),
    );
    expect(tally([], { min: -1e9, max: -1e9 + 5 }).counts).toHaveLength(6);
    expect(tally([1e9], { min: 1e9 - 5, max: 1e9 }).counts[5]).toBe(1);
    expect(tally([], { min: 0, max: 10_000 }).counts).toHaveLength(10_001);
    // Only the width counts, not where the scale lies.
    expect(tally([7000], { min: 6000, max: 7000 }).counts).toHaveLength(1001);
  });

  it('tells different scales apart when merging and accumulating', () => {
    const a = tally([1], { min: 1, max: 5 });
    const b = tally([2], { min: 2, max: 6 });
    expect(() => mergeTallies([a, b])).toThrowExactly(
      new RangeError('mergeTallies: tally at index 1 has scale 2–6, expected 1–5'),
    );
    expect(() => createAccumulator({ min: 1, max: 5 }).addTally(b)).toThrow(RangeError);
  });
});
