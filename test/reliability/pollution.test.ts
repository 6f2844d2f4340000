import { describe, expect, it } from 'vitest';
import { npsMetric, segment, tallyFromCounts } from '../../src/index.js';
import { allowed, fixtures } from './hostile.js';

const KEYS = ['__proto__', 'constructor', 'prototype'];
const protoKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

/** `o` with an own `__proto__` key, as JSON.parse builds it from an untrusted payload. */
const withProto = (o: object): object =>
  Object.assign(JSON.parse('{"__proto__": {"polluted": 1}}') as object, o);

describe('prototype pollution', () => {
  it('segments keyed __proto__, constructor and prototype are ordinary segments', () => {
    const rows = KEYS.flatMap((k, i) => [{ k, x: 10 - i }]);
    const s = segment(rows, { by: (r) => r.k, value: (r) => r.x, metric: npsMetric });
    expect(s.segments.map((g) => g.key)).toEqual(KEYS);
    expect(s.segments.map((g) => g.result?.score)).toEqual([100, 100, 0]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tallyFromCounts rejects __proto__, constructor and prototype as count keys', () => {
    for (const k of KEYS) {
      const counts = JSON.parse(`{"${k}": {"polluted": 1}, "9": 2}`) as Record<number, number>;
      expect(() => tallyFromCounts({ min: 0, max: 10 }, counts)).toThrowExactly(
        new RangeError(`tallyFromCounts: counts key "${k}" is not a point of the scale 0–10`),
      );
    }
  });

  it('options and inputs carrying an own __proto__ key never reach Object.prototype', async () => {
    const before = protoKeys();
    for (const e of Object.values(fixtures().all)) {
      for (const args of e.valid) {
        // Each plain-object argument in turn (and a new last one) carries a __proto__ key.
        const variants = [...args, {}].map((_, i) =>
          [...args, {}].map((a, j) =>
            j === i && typeof a === 'object' && a !== null && !Array.isArray(a) ? withProto(a) : a,
          ),
        );
        for (const v of variants) {
          try {
            await e.call(...v.slice(0, Math.max(args.length, 1)));
          } catch (error) {
            expect(allowed(error)).toBe(true);
          }
        }
      }
    }
    expect(protoKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
