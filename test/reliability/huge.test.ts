import { describe, expect, it } from 'vitest';
import { nps, tally, tallyFromCounts } from '../../src/index.js';
import { fixtures } from './hostile.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** A JSON-like snapshot of a value: functions and typed arrays are named, not dropped. */
function snapshot(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'function'
      ? 'function'
      : ArrayBuffer.isView(v)
        ? [v.constructor.name, ...Array.from(v as unknown as ArrayLike<number>)]
        : v === undefined
          ? 'undefined'
          : v,
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    // Typed arrays with elements cannot be frozen; the snapshot test covers them.
    if (!ArrayBuffer.isView(value)) Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Wraps an array in an iterable that may be iterated once only. */
function once<T>(items: readonly T[]): Iterable<T> & { opened: number } {
  const it = {
    opened: 0,
    *[Symbol.iterator](): Generator<T> {
      if (++it.opened > 1) throw new Error('iterated twice');
      yield* items;
    },
  };
  return it;
}

describe('huge and odd inputs', () => {
  it('tallyFromCounts takes counts up to 2^53 − 1 and throws beyond', () => {
    const s = { min: 0, max: 1 };
    expect(tallyFromCounts(s, [MAX, 0]).total).toBe(MAX);
    expect(tallyFromCounts(s, [MAX - 1, 1]).total).toBe(MAX);
    expect(() => tallyFromCounts(s, [MAX, 1])).toThrowExactly(
      new RangeError('tallyFromCounts: the counts add up to 9007199254740992, beyond 2^53 − 1'),
    );
    expect(() => tallyFromCounts(s, [2 ** 53, 0])).toThrowExactly(
      new RangeError(
        'tallyFromCounts: count of point 0 must be an integer from 0 to 2^53 − 1, received 9007199254740992',
      ),
    );
  });

  it('every function taking an iterable reads a one-shot iterable exactly once', async () => {
    let checked = 0;
    for (const [name, e] of Object.entries(fixtures().all)) {
      for (const args of e.valid) {
        for (let i = 0; i < args.length; i++) {
          const a = args[i];
          if (!Array.isArray(a)) continue;
          const it = once(a);
          let result: unknown;
          try {
            result = await e.call(...args.map((x, j) => (j === i ? it : x)));
          } catch (error) {
            // This parameter takes arrays only (tallyFromCounts: or points as keys): refused
            // before anything is read.
            expect(error instanceof TypeError || error instanceof RangeError, name).toBe(true);
            expect(it.opened, name).toBe(0);
            continue;
          }
          expect(it.opened, name).toBe(1);
          expect(snapshot(result), name).toBe(snapshot(await e.call(...args)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('every function accepts deeply frozen inputs and never mutates its inputs', async () => {
    for (const [name, e] of Object.entries(fixtures().all)) {
      for (const args of e.valid) {
        const before = snapshot(args);
        const expected = snapshot(await e.call(...args));
        expect(snapshot(args), name).toBe(before);
        const input = deepFreeze(copy(args));
        expect(snapshot(await e.call(...input)), name).toBe(expected);
      }
    }
    expect(Object.keys(fixtures().entries).length).toBeGreaterThan(50);
  });

  // 5·10⁷ answers; the mutation run (vitest.stryker.config.ts) sets HUGE_ANSWERS to 10⁵, since
  // instrumented code would take minutes per mutant here and the other tests cover the same loop.
  const huge = Number(process.env.HUGE_ANSWERS ?? 50_000_000);
  it(`counts ${huge.toLocaleString('en')} typed-array answers`, () => {
    const answers = new Int8Array(huge).fill(10);
    answers[0] = 0;
    const r = nps(answers);
    expect(r.promoters).toBe(huge - 1);
    expect(r.detractors).toBe(1);
    expect(tally(answers.subarray(0, 3), { min: 0, max: 10 }).counts[10]).toBe(2);
    // No time assertion (performance is measured in bench/, not asserted in tests: this one took
    // 2.07 s once on a busy CI machine); bench/memory.mjs measures time and memory of this case.
  }, 30_000);
});

/** A deep copy of arrays and plain objects; functions and other objects are kept as they are. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
}
