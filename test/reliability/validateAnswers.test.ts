import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tally, validateAnswers } from '../../src/index.js';

const S = { min: 1, max: 5 };

describe('validateAnswers', () => {
  it('validateAnswers lists each invalid answer with its index and reason', () => {
    const v = validateAnswers([5, '4', null, 0, 2.5, Number.NaN, true, -0, {}, undefined], S);
    expect(v).toEqual({
      ok: false,
      n: 1,
      skipped: 2,
      invalid: 7,
      truncated: false,
      issues: [
        { index: 1, reason: 'not-a-number', value: '4' },
        { index: 3, reason: 'not-a-point', value: 0 },
        { index: 4, reason: 'not-a-point', value: 2.5 },
        { index: 5, reason: 'not-a-point' },
        { index: 6, reason: 'not-a-number', value: true },
        { index: 7, reason: 'not-a-point', value: 0 },
        { index: 8, reason: 'not-a-number' },
      ],
    });
    expect(Object.is(v.ok ? null : v.issues[5]?.value, 0)).toBe(true);
  });

  it('validateAnswers caps the issues at maxIssues and says so', () => {
    const v = validateAnswers(['a', 'b', 'c'], S, { maxIssues: 2 });
    expect(v).toMatchObject({ ok: false, invalid: 3, truncated: true });
    expect(v.ok ? 0 : v.issues.length).toBe(2);
  });

  it('validateAnswers reads rows through value, iterables, and NaN as missing on request', () => {
    const rows = new Set([{ x: 1 }, { x: Number.NaN }, { x: 9 }]);
    expect(validateAnswers(rows, S, { value: (r) => r.x, nan: 'missing' })).toMatchObject({
      ok: false,
      n: 1,
      skipped: 1,
      issues: [{ index: 2, reason: 'not-a-point', value: 9 }],
    });
    expect(validateAnswers(new Int8Array([1, 5]), S)).toEqual({ ok: true, n: 2, skipped: 0 });
  });

  it('validateAnswers reports input that is not iterable instead of throwing', () => {
    expect(validateAnswers(42 as never, S)).toEqual({
      ok: false,
      n: 0,
      skipped: 0,
      invalid: 1,
      issues: [{ index: -1, reason: 'not-iterable' }],
      truncated: false,
    });
  });

  it('validateAnswers checks the weight of each valid answer and the weight array length', () => {
    const v = validateAnswers([5, 4, null, 3, 9, 2], S, {
      weight: [1, -1, 'x', Number.NaN, 0, 1e101, 7],
    });
    expect(v).toEqual({
      ok: false,
      n: 1,
      skipped: 1,
      invalid: 5,
      truncated: false,
      issues: [
        { index: 1, reason: 'bad-weight', value: -1 },
        { index: 3, reason: 'bad-weight' },
        { index: 4, reason: 'not-a-point', value: 9 },
        { index: 5, reason: 'bad-weight', value: 1e101 },
        { index: -1, reason: 'weight-count', value: 7 },
      ],
    });
    // A missing answer's weight is not read; a shorter array leaves a valid answer unweighted.
    expect(validateAnswers([5, null], S, { weight: [2] })).toEqual({
      ok: false,
      n: 1,
      skipped: 1,
      invalid: 1,
      truncated: false,
      issues: [{ index: -1, reason: 'weight-count', value: 1 }],
    });
    // A row past the end of a shorter weight array is not a 'bad-weight' (received undefined):
    // the one 'weight-count' issue says the lengths.
    expect(validateAnswers([5, 1, 2], S, { weight: new Float64Array([2]) })).toEqual({
      ok: false,
      n: 3,
      skipped: 0,
      invalid: 1,
      truncated: false,
      issues: [{ index: -1, reason: 'weight-count', value: 1 }],
    });
    expect(validateAnswers(new Set([5, 1]), S, { weight: [2] })).toMatchObject({
      issues: [{ index: -1, reason: 'weight-count', value: 1 }],
    });
    const seen: number[] = [];
    const rows = [
      { x: 1, w: 0 },
      { x: 7, w: -2 },
      { x: 2, w: 1e-100 },
    ];
    const w = (r: { w: number }, i: number): number => {
      seen.push(i);
      return r.w;
    };
    expect(validateAnswers(rows, S, { value: (r) => r.x, weight: w })).toMatchObject({
      ok: false,
      n: 2,
      invalid: 1,
      issues: [{ index: 1, reason: 'not-a-point', value: 7 }],
    });
    expect(seen).toEqual([0, 2]);
    expect(validateAnswers([1, 2], S, { weight: (_: unknown, i: number) => i + 0.5 })).toEqual({
      ok: true,
      n: 2,
      skipped: 0,
    });
    // No weight-count issue on top of a not-iterable input.
    expect(validateAnswers(42 as never, S, { weight: [1] })).toMatchObject({ invalid: 1 });
  });

  it('validateAnswers refuses a JSON array-like {"length": 2^53 − 1} at once with ok: false (it looped for about a year and said ok: true)', () => {
    const payload = JSON.parse('{"length":9007199254740991}') as never;
    const started = performance.now();
    expect(validateAnswers(payload, S)).toEqual({
      ok: false,
      n: 0,
      skipped: 0,
      invalid: 1,
      truncated: false,
      issues: [{ index: -1, reason: 'not-iterable' }],
    });
    expect(validateAnswers(payload, S, { weight: [1] })).toMatchObject({ ok: false, invalid: 1 });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('validateAnswers throws for mistakes in the call itself', () => {
    expect(() => validateAnswers([], S, { maxIssues: 0 })).toThrowExactly(
      new RangeError(
        'validateAnswers: maxIssues must be an integer from 1 to 2^53 − 1, received 0',
      ),
    );
    expect(() => validateAnswers([], S, { value: 1 as never })).toThrowExactly(
      new TypeError(
        'validateAnswers: option value must be an accessor function (row, index) => answer',
      ),
    );
    expect(() => validateAnswers([], S, { weight: 2 as never })).toThrowExactly(
      new TypeError(
        'validateAnswers: option weight must be a function or an array of numbers, received 2',
      ),
    );
  });

  it('validateAnswers(x).ok holds exactly when tally(x) does not throw, for arbitrary input', () => {
    const answer = fc.oneof(
      fc.integer({ min: -1, max: 7 }),
      fc.constantFrom(null, undefined, Number.NaN, -0, 2.5, Infinity, '3', true, 10n),
      fc.anything(),
    );
    const input = fc.oneof(
      fc.array(answer, { maxLength: 8 }),
      fc.array(answer, { maxLength: 8 }).map((a) => new Set(a)),
      fc.anything({ withTypedArray: true, withSparseArray: true, withMap: true, withSet: true }),
    );
    const weight = fc.oneof(
      fc.constant(undefined),
      fc.array(fc.oneof(fc.double(), fc.constantFrom(0, 1, 2.5, -1, 1e-101, null)), {
        maxLength: 9,
      }),
      fc.constant((_: unknown, i: number) => (i % 3 === 2 ? -1 : i)),
    );
    fc.assert(
      fc.property(
        input,
        fc.constantFrom<'invalid' | 'missing'>('invalid', 'missing'),
        weight,
        (x, nan, w) => {
          const opts = { nan, weight: w as never };
          let threw = false;
          try {
            tally(x as never, S, opts);
          } catch {
            threw = true;
          }
          const v = validateAnswers(x as never, S, opts);
          expect(v.ok).toBe(!threw);
          if (v.ok) expect(v.n).toBe(tally(x as never, S, opts).n);
        },
      ),
    );
  });
});
