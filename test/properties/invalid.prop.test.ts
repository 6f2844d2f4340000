import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Scale, ScoreResult } from '../../src/index.js';
import { ces, createAccumulator, csat, nps, tally } from '../../src/index.js';
import { anything } from '../reliability/hostile.js';
import { invalidArb, isPoint, MAX_LENGTH, NPS_SCALE, pointArb } from './arbitraries.js';

/** An object whose coercion throws: the input policy must never call valueOf or toString. */
const hostile = {
  valueOf(): number {
    throw new Error('valueOf was called');
  },
  toString(): string {
    throw new Error('toString was called');
  },
};

/** Any JavaScript value, including bigints, symbols, boxed numbers and null-prototype objects. */
const jsValueArb: fc.Arbitrary<unknown> = fc.oneof(
  anything,
  fc.constantFrom(Symbol('answer'), hostile, Object.create(null) as unknown, 10n),
);

/** "Anything" mixed with valid answers. */
const anythingArb: fc.Arbitrary<unknown[]> = fc.array(
  fc.oneof(
    { arbitrary: pointArb(NPS_SCALE), weight: 2 },
    { arbitrary: jsValueArb, weight: 2 },
    { arbitrary: invalidArb(NPS_SCALE), weight: 1 },
  ),
  { maxLength: MAX_LENGTH },
);

/** The scoring entry points, each with its name and scale (csat and ces on 0–10 too). */
const entries: readonly [string, Scale, (a: Answers, skip: boolean) => ScoreResult][] = [
  ['nps', NPS_SCALE, (a, skip) => nps(a, skip ? { invalid: 'skip' } : {})],
  [
    'csat',
    NPS_SCALE,
    (a, skip) => csat(a, { scale: NPS_SCALE, ...(skip ? { invalid: 'skip' } : {}) }),
  ],
  [
    'ces',
    NPS_SCALE,
    (a, skip) => ces(a, { scale: NPS_SCALE, ...(skip ? { invalid: 'skip' } : {}) }),
  ],
];

/** Runs `f` and returns what it threw, or `undefined`. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

/** Expects a RangeError or TypeError whose message starts with `fn: `. */
function expectPolicyError(e: unknown, fn: string): void {
  expect(e instanceof RangeError || e instanceof TypeError).toBe(true);
  expect((e as Error).message.startsWith(`${fn}: `)).toBe(true);
}

describe('invalid answers', () => {
  it('under invalid: skip, anything mixed with valid answers yields finite or null scores and counts add up', () => {
    fc.assert(
      fc.property(anythingArb, (answers) => {
        for (const [, , score] of entries) {
          const r = score(answers as Answers, true);
          expect(r.score === null || Number.isFinite(r.score)).toBe(true);
          expect(r.n + r.skipped + r.invalid).toBe(answers.length);
          expect(r.n).toBe(answers.filter((x) => isPoint(x, NPS_SCALE)).length);
        }
        const rows = answers.map((q) => ({ q: q as number }));
        const weighted = nps(rows, (row) => row.q, { invalid: 'skip', weight: () => 2 });
        expect(weighted.n + weighted.skipped + weighted.invalid).toBe(answers.length);
        const acc = createAccumulator(NPS_SCALE, { invalid: 'skip' });
        for (const x of answers) acc.add(x as number);
        expect(acc.tally()).toEqual(tally(answers as Answers, NPS_SCALE, { invalid: 'skip' }));
      }),
    );
  });

  it('by default the only errors are RangeError or TypeError, with a message starting with the function name', () => {
    fc.assert(
      fc.property(anythingArb, (answers) => {
        for (const [fn, scale, score] of entries) {
          const e = thrown(() => score(answers as Answers, false));
          const clean = answers.every((x) => x === null || x === undefined || isPoint(x, scale));
          if (clean) expect(e).toBeUndefined();
          else expectPolicyError(e, fn);
        }
        const t = thrown(() => tally(answers as Answers, NPS_SCALE));
        if (t !== undefined) expectPolicyError(t, 'tally');
        const acc = createAccumulator(NPS_SCALE);
        const a = thrown(() => {
          for (const x of answers) acc.add(x as number);
        });
        if (a !== undefined) expectPolicyError(a, 'createAccumulator.add');
      }),
    );
  });

  it('the error names the first invalid answer: RangeError for a number, TypeError otherwise, with its index', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pointArb(NPS_SCALE), fc.constantFrom(null, undefined)), {
          maxLength: MAX_LENGTH,
        }),
        invalidArb(NPS_SCALE),
        fc.nat(),
        (valid, bad, at) => {
          const i = valid.length === 0 ? 0 : at % (valid.length + 1);
          const answers: unknown[] = [...valid.slice(0, i), bad, ...valid.slice(i)];
          const e = thrown(() => nps(answers as Answers));
          expectPolicyError(e, 'nps');
          expect(e instanceof (typeof bad === 'number' ? RangeError : TypeError)).toBe(true);
          expect((e as Error).message).toContain(`index ${i} `);
        },
      ),
    );
  });

  it('a numeric string is never coerced: it is invalid, also when its number is a point', () => {
    fc.assert(
      fc.property(pointArb(NPS_SCALE), (x) => {
        const r = nps([String(x)] as unknown as Answers, { invalid: 'skip' });
        expect(r.invalid).toBe(1);
        expect(r.n).toBe(0);
        expect(thrown(() => nps([String(x)] as unknown as Answers))).toBeInstanceOf(TypeError);
      }),
    );
  });

  it('an invalid weight of a valid answer throws a prefixed RangeError or TypeError', () => {
    const badWeight = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.constantFrom(Number.NaN, Infinity, '1', null, true),
    );
    fc.assert(
      fc.property(pointArb(NPS_SCALE), badWeight, (x, w) => {
        const e = thrown(() => nps([x], { weight: [w as number] }));
        expectPolicyError(e, 'nps');
        expect(e instanceof (typeof w === 'number' ? RangeError : TypeError)).toBe(true);
      }),
    );
  });
});
