import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tally, validateTally } from '../../src/index.js';
import { addIfValid } from '../../src/internal/addIfValid.js';
import { addTallyInto, newCounter } from '../../src/internal/count.js';

// mergeTallies' fast path. A tally it declines still goes through the full validation, so results
// cannot tell the two paths apart; these tests hold the fast path to its contract directly: it
// takes exactly the plain-object tallies (prototype Object.prototype or null) validateTally
// accepts on the counter's scale whose enumerable keys (own or inherited) are exactly the own
// known fields that have a value — and adds them as addTallyInto adds the validated copy.

const FIVE = { min: 1, max: 5 };
const KNOWN = ['scale', 'counts', 'total', 'n', 'skipped', 'invalid', 'weightSquares'];

/** JSON for the assertion message (`undefined` has none). */
const show = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));

/** The contract, stated independently of the implementation. */
function takes(v: unknown): boolean {
  try {
    const t = validateTally(v);
    if (t.scale.min !== FIVE.min || t.scale.max !== FIVE.max) return false;
  } catch {
    return false;
  }
  const o = v as Record<string, unknown>;
  // A plain object: another prototype (a class instance) takes the full validation.
  const proto: unknown = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) return false;
  const enumerable: string[] = [];
  for (const k in o) enumerable.push(k);
  const defined = KNOWN.filter((k) => Object.hasOwn(o, k) && o[k] !== undefined);
  return enumerable.length === defined.length && enumerable.every((k) => defined.includes(k));
}

/** Whether the fast path takes `v` into an empty counter. */
const add = (v: unknown): boolean =>
  addIfValid(newCounter(FIVE), v, { spare: new Float64Array(5) });

function check(v: unknown): void {
  const seed = tally([2, 3, 3], FIVE);
  const fast = newCounter(FIVE);
  addTallyInto(fast, seed);
  const before = structuredClone({ ...fast, counts: Array.from(fast.counts) });
  const took = addIfValid(fast, v, { spare: new Float64Array(5) });
  const label = show(v);
  expect(took, label).toBe(takes(v));
  const state = { ...fast, counts: Array.from(fast.counts) };
  if (!took) {
    expect(state, label).toEqual(before);
    return;
  }
  const slow = newCounter(FIVE);
  addTallyInto(slow, seed);
  addTallyInto(slow, validateTally(v));
  expect(state, label).toEqual({ ...slow, counts: Array.from(slow.counts) });
}

describe('addIfValid (the fast path of mergeTallies)', () => {
  const good = tally([1, 5, 5], FIVE);
  const w = tally([1, 5], FIVE, { weight: [0.5, 2] });

  it('takes well-formed tallies, weighted or not, and adds them as the validated copy', () => {
    for (const v of [
      good,
      w,
      { ...good, skipped: 4, invalid: 2 },
      { scale: { ...FIVE }, counts: [0, 0, 0, 0, 0], total: 0, n: 0, skipped: 0, invalid: 0 },
      { ...w, counts: [0, 0, 0, 0, 0], total: 0, n: 0, weightSquares: 0 },
      { ...w, skipped: 3, invalid: 1 },
      { scale: FIVE, counts: good.counts, total: good.total, n: good.n },
      {
        ...good,
        counts: [Number.MAX_SAFE_INTEGER - 3, 0, 0, 0, 0],
        total: Number.MAX_SAFE_INTEGER - 3,
        n: Number.MAX_SAFE_INTEGER - 3,
      },
      { ...w, counts: [0.5, 0, 0, 0, 1e100], total: 1e100, n: 2, weightSquares: 1e200 },
      Object.defineProperty({ ...good }, 'hidden', { value: 1, enumerable: false }),
      // Without a prototype (what a JSON reviver may build) it is still a plain tally.
      Object.assign(Object.create(null) as object, good),
      // Effective sample size exactly 1 and exactly n; a total within 1e-9 relative.
      { ...w, counts: [2, 0, 0, 0, 0], total: 2, n: 2, weightSquares: 4 },
      { ...w, counts: [2, 0, 0, 0, 0], total: 2, n: 2, weightSquares: 2 },
      {
        ...w,
        counts: [4e11, 0, 0, 0, 6e11],
        total: 1e12 * (1 + 5e-10),
        n: 1e12,
        weightSquares: 1e12,
      },
    ]) {
      check(v);
      expect(add(v), JSON.stringify(v)).toBe(true);
    }
  });

  it('declines anything else, leaving the counter untouched', () => {
    const variants: unknown[] = [
      null,
      undefined,
      7,
      'tally',
      [1, 2],
      { ...good, extra: 1 },
      Object.assign(Object.create({ inherited: 1 }) as object, good),
      // A class instance with the same own fields: valid, but not a plain object.
      Object.assign(
        new (class Stored {
          label(): string {
            return 'stored';
          }
        })(),
        good,
      ),
      // Fields inherited from a polluted prototype are not the tally's: the full validation
      // reads own properties only.
      Object.assign(Object.create({ weightSquares: 200 }) as object, good),
      Object.assign(Object.create({ skipped: 5 }) as object, {
        scale: FIVE,
        counts: good.counts,
        total: good.total,
        n: good.n,
      }),
      { ...good, scale: Object.create({ min: 1, max: 5 }) as object },
      Object.assign(Object.create({ n: good.n }) as object, { ...good, n: undefined }),
      Object.defineProperty({ ...good, n: undefined }, 'n', { value: 3, enumerable: false }),
      { ...good, weightSquares: undefined },
      { ...good, scale: null },
      { ...good, scale: 5 },
      { ...good, scale: { min: 0, max: 5 } },
      { ...good, scale: { min: 1, max: 6 } },
      { ...good, counts: 'xxxxx' },
      { ...good, counts: [1, 0, 0, 0] },
      { ...good, counts: [1, 0, 0, 0, 2, 0] },
      { ...good, total: '3' },
      { ...good, total: 4 },
      { ...good, counts: [1, 0, 0, 0, '2'] },
      { ...good, counts: [1.5, 0, 0, 0, 1.5] },
      { ...good, counts: [-1, 0, 0, 0, 4], total: 3, n: 3 },
      { ...good, counts: [Number.NaN, 0, 0, 0, 3] },
      { ...good, n: -1 },
      { ...good, n: 4 },
      { ...good, n: 2.5 },
      { ...good, n: '3' },
      { ...good, n: undefined },
      { ...good, skipped: 0.5 },
      { ...good, skipped: -1 },
      { ...good, skipped: '1' },
      { ...good, invalid: -2 },
      { ...good, invalid: 1.5 },
      { ...good, invalid: Number.POSITIVE_INFINITY },
      {
        ...good,
        counts: [Number.MAX_SAFE_INTEGER, 0, 0, 0, 2],
        total: Number.MAX_SAFE_INTEGER + 2,
        n: Number.MAX_SAFE_INTEGER + 2,
      },
      { ...w, n: undefined },
      { ...w, n: -1 },
      { ...w, weightSquares: '1' },
      { ...w, weightSquares: -1 },
      { ...w, weightSquares: Number.POSITIVE_INFINITY },
      { ...w, weightSquares: Number.NaN },
      { ...w, total: 3 },
      { ...w, total: '2.5' },
      { ...w, weightSquares: 100 },
      { ...w, weightSquares: 0.1 },
      { ...w, weightSquares: 0 },
      { ...w, n: 1 },
      { ...w, counts: [0, 0, 0, 0, 0], total: 0, weightSquares: 1 },
      { ...w, counts: [-1, 0, 0, 0, 3.5], total: 2.5 },
      { ...w, counts: [Number.POSITIVE_INFINITY, 0, 0, 0, 2], total: Number.POSITIVE_INFINITY },
      { ...w, counts: [0.5, 0, 0, 0, '2'] },
      // A string count whose concatenated "sum" would fit the total and n.
      { ...w, counts: [0.5, 0, 0, 0, '2'], total: 0.52, n: 2, weightSquares: 0.2 },
      { ...w, counts: [2, 0, 0, 0, 0], total: 2, n: 2, weightSquares: 4.01 },
      { ...w, counts: [2, 0, 0, 0, 0], total: 2, n: 2, weightSquares: 1.99 },
      { ...w, counts: [2, 0, 0, 0, 0], total: 2, n: 2, weightSquares: 0 },
      {
        ...w,
        counts: [4e11, 0, 0, 0, 6e11],
        total: 1e12 * (1 + 2e-9),
        n: 1e12,
        weightSquares: 1e12,
      },
    ];
    for (const v of variants) {
      check(v);
      expect(add(v), show(v)).toBe(false);
    }
  });

  it('agrees with validateTally on generated tallies and their broken variants', () => {
    const count = fc.oneof(fc.nat(50), fc.constantFrom(-1, 0.5, Number.NaN, '1', undefined, null));
    const field = fc.oneof(fc.nat(200), fc.constantFrom(-1, 0.5, Number.NaN, '1', undefined));
    const arb = fc.record(
      {
        scale: fc.constantFrom(FIVE, { min: 0, max: 4 }, { min: 1, max: 5, x: 1 }, null),
        counts: fc.array(count, { minLength: 4, maxLength: 6 }),
        total: field,
        n: field,
        skipped: field,
        invalid: field,
        weightSquares: fc.oneof(fc.constant(undefined), fc.double({ min: 0, max: 1e4 })),
        fix: fc.boolean(),
      },
      { requiredKeys: ['scale', 'counts', 'fix'] },
    );
    fc.assert(
      fc.property(arb, ({ fix, ...v }) => {
        const t = v as Record<string, unknown>;
        if (fix && Array.isArray(v.counts)) {
          // Make total (and n when unweighted) consistent, so that valid tallies are common.
          const sum = v.counts.reduce((a: number, x) => a + (typeof x === 'number' ? x : 0), 0);
          t.total = sum;
          if (v.weightSquares === undefined) t.n = sum;
        }
        check(t);
      }),
    );
  });
});
