import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { allowed, badNumber, CALLER, callArb, collect, fixtures, METHOD_NAMES } from './hostile.js';

// Error policy under fuzzing: a caller mistake throws a RangeError or a TypeError; an error thrown
// by the caller's own code (a getter, an accessor, a Proxy trap, an iterator) is not caught or
// wrapped and reaches the caller unchanged. Nothing else escapes, and every returned value is free
// of NaN, ±Infinity and −0 at any depth (the caller's own objects carried along are not entered).

// The test names come from the exports; the entries are built inside the tests (see fixtures()).
const exported = Object.keys(api).filter((k) => typeof api[k as keyof typeof api] === 'function');

describe('fuzzing every public function', () => {
  it('has a fuzz entry for every exported function and every listed method', () => {
    const { entries, methods } = fixtures();
    expect(exported.filter((k) => !(k in entries))).toEqual([]);
    expect(Object.keys(entries).filter((k) => !exported.includes(k))).toEqual([]);
    expect(Object.keys(methods)).toEqual(METHOD_NAMES);
  });

  it('runs every valid call without error (the fuzz starts from working calls)', async () => {
    for (const [name, e] of Object.entries(fixtures().all)) {
      for (const args of e.valid) {
        const r: unknown = await e.call(...args);
        expect(badNumber(r, collect(args), e.own), name).toBeUndefined();
      }
    }
  });

  for (const name of [...exported, ...METHOD_NAMES]) {
    it(`${name} survives hostile arguments`, async () => {
      const e = fixtures().all[name];
      if (e === undefined) throw new Error(`no fuzz entry for ${name}`);
      await fc.assert(
        fc.asyncProperty(callArb(e), async (make) => {
          const args = make();
          const skip = collect(args);
          let result: unknown;
          try {
            result = await e.call(...args);
          } catch (error) {
            if (!allowed(error)) throw error;
            // A caller's error is the very object thrown, not wrapped in another.
            if (error instanceof Error && error.cause === CALLER) throw error;
            return;
          }
          const bad = badNumber(result, skip, e.own);
          if (bad !== undefined) throw new Error(`${name} returned ${bad}`);
        }),
      );
    });
  }
});
