import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tally } from '../../src/index.js';
import { tally, validateTally } from '../../src/index.js';
import { caseArb, everything } from './arbitraries.js';

/** The same round trip a stored or sent value takes. */
function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('JSON round trip', () => {
  it('JSON.parse(JSON.stringify(r)) deep-equals r for every result type, weighted or not', () => {
    fc.assert(
      fc.property(caseArb, ({ scale, data }) => {
        const all = everything(scale, data.answers, data.weights);
        for (const value of Object.values(all)) expect(roundTrip(value)).toEqual(value);
      }),
    );
  });

  it('validateTally of a tally sent through JSON deep-equals the tally, weighted or not', () => {
    fc.assert(
      fc.property(caseArb, ({ scale, data }) => {
        const opts = data.weights === undefined ? {} : { weight: data.weights };
        const t: Tally = tally(data.answers, scale, opts);
        expect(validateTally(roundTrip(t))).toEqual(t);
        expect(validateTally(t)).toEqual(t);
        expect(validateTally(t)).not.toBe(t);
      }),
    );
  });

  it('results hold only plain JSON values: no functions, classes, undefined or non-finite numbers', () => {
    const plain = (v: unknown): boolean => {
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
      if (typeof v === 'number') return Number.isFinite(v);
      if (Array.isArray(v)) return v.every(plain);
      if (typeof v !== 'object') return false;
      const proto: unknown = Object.getPrototypeOf(v);
      return proto === Object.prototype && Object.values(v).every(plain);
    };
    fc.assert(
      fc.property(caseArb, ({ scale, data }) => {
        for (const value of Object.values(everything(scale, data.answers, data.weights))) {
          expect(plain(value)).toBe(true);
        }
      }),
    );
  });
});
