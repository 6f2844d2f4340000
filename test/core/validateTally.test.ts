import { describe, expect, it } from 'vitest';
import { tally, validateTally } from '../../src/index.js';

const FIVE = { min: 1, max: 5 };
const good = { scale: FIVE, counts: [1, 0, 0, 2, 1], total: 4, n: 4, skipped: 1, invalid: 0 };

describe('validateTally', () => {
  it('returns an equal, fresh copy of a valid tally', () => {
    const copy = validateTally(good);
    expect(copy).toEqual(good);
    expect(copy).not.toBe(good);
    expect(copy.counts).not.toBe(good.counts);
  });

  it('accepts a stored weighted tally after a JSON round trip', () => {
    const t = tally([1, 5, 5], FIVE, { weight: [0.1, 0.2, 0.3] });
    expect(validateTally(JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('rejects values that are not objects', () => {
    expect(() => validateTally(null)).toThrowExactly(
      new TypeError('validateTally: a tally must be an object, received null'),
    );
    expect(() => validateTally([1, 2])).toThrow(TypeError);
    expect(() => validateTally('{}')).toThrow(TypeError);
  });

  it('rejects unknown fields, so a future format is never misread', () => {
    expect(() => validateTally({ ...good, version: 2 })).toThrowExactly(
      new TypeError('validateTally: unknown tally field "version"'),
    );
  });

  it('rejects a missing or malformed scale or counts', () => {
    expect(() => validateTally({ ...good, scale: undefined })).toThrow(TypeError);
    expect(() => validateTally({ ...good, counts: { 1: 1 } })).toThrowExactly(
      new TypeError('validateTally: tally.counts must be an array, received an object'),
    );
    expect(() => validateTally({ ...good, counts: [1, 0, 0, 2] })).toThrow(RangeError);
  });

  it('rejects a total that is not the sum of the counts', () => {
    expect(() => validateTally({ ...good, total: 5 })).toThrowExactly(
      new RangeError('validateTally: tally.total must equal the sum of the counts (4), received 5'),
    );
    expect(() => validateTally({ ...good, total: '4' })).toThrow(TypeError);
  });

  it('allows 1e-9 relative slack on the total of weighted tallies only', () => {
    const w = {
      scale: FIVE,
      counts: [0.1, 0, 0, 0, 0.2],
      total: 0.30000000001,
      n: 2,
      skipped: 0,
      invalid: 0,
      weightSquares: 0.05,
    };
    expect(validateTally(w).total).toBe(0.1 + 0.2);
    expect(() => validateTally({ ...w, total: 0.3001 })).toThrow(RangeError);
  });

  it('rejects inconsistent n, skipped and invalid', () => {
    expect(() => validateTally({ ...good, n: 3 })).toThrow(RangeError);
    expect(() => validateTally({ ...good, skipped: -1 })).toThrow(RangeError);
    expect(() => validateTally({ ...good, invalid: 'none' })).toThrow(TypeError);
  });
});
