import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Scale, Tally } from '../../src/index.js';
import { mergeTallies, tally, tallyFromCounts } from '../../src/index.js';
import {
  close,
  MAX_LENGTH,
  messyAnswerArb,
  scaleArb,
  tallyArb,
  weightedTallyArb,
} from './arbitraries.js';

const REL = 1e-12;

/** Three tallies on one scale, made by `make`. */
function triple(make: (scale: Scale) => fc.Arbitrary<Tally>) {
  return scaleArb.chain((scale) =>
    fc.record({ scale: fc.constant(scale), a: make(scale), b: make(scale), c: make(scale) }),
  );
}

/** A mix of weighted and unweighted tallies on one scale. */
function anyTallyArb(scale: Scale): fc.Arbitrary<Tally> {
  return fc.oneof(tallyArb(scale), weightedTallyArb(scale));
}

/** Expects two weighted tallies to agree: integers exactly, weight sums to 1e-12 relative. */
function expectClose(x: Tally, y: Tally): void {
  expect(x.scale).toEqual(y.scale);
  expect(x.n).toBe(y.n);
  expect(x.skipped).toBe(y.skipped);
  expect(x.invalid).toBe(y.invalid);
  expect(x.counts.length).toBe(y.counts.length);
  x.counts.forEach((c, i) => {
    expect(close(c, y.counts[i] as number, REL)).toBe(true);
  });
  expect(close(x.total, y.total, REL)).toBe(true);
  expect(x.weightSquares === undefined).toBe(y.weightSquares === undefined);
  expect(close(x.weightSquares ?? 0, y.weightSquares ?? 0, REL)).toBe(true);
}

describe('mergeTallies', () => {
  it('merging is associative for integer counts', () => {
    fc.assert(
      fc.property(triple(tallyArb), ({ a, b, c }) => {
        const left = mergeTallies([mergeTallies([a, b]), c]);
        const right = mergeTallies([a, mergeTallies([b, c])]);
        expect(left).toEqual(right);
        expect(mergeTallies([a, b, c])).toEqual(left);
      }),
    );
  });

  it('merging is commutative for integer counts', () => {
    fc.assert(
      fc.property(triple(tallyArb), ({ a, b, c }) => {
        expect(mergeTallies([a, b])).toEqual(mergeTallies([b, a]));
        expect(mergeTallies([a, b, c])).toEqual(mergeTallies([c, a, b]));
      }),
    );
  });

  it('the empty tally is the identity of merging, exactly, for weighted and unweighted tallies', () => {
    fc.assert(
      fc.property(
        scaleArb.chain((scale) => fc.tuple(fc.constant(scale), anyTallyArb(scale))),
        ([scale, t]) => {
          const empty = tallyFromCounts(scale, {});
          expect(mergeTallies([t, empty])).toEqual(t);
          expect(mergeTallies([empty, t])).toEqual(t);
          expect(mergeTallies([t])).toEqual(t);
          expect(mergeTallies([], { scale })).toEqual(empty);
          expect(mergeTallies([empty, empty])).toEqual(empty);
        },
      ),
    );
  });

  it('merging is associative for weighted tallies to 1e-12 relative', () => {
    fc.assert(
      fc.property(triple(anyTallyArb), ({ a, b, c }) => {
        const left = mergeTallies([mergeTallies([a, b]), c]);
        const right = mergeTallies([a, mergeTallies([b, c])]);
        expectClose(left, right);
        expectClose(mergeTallies([a, b, c]), left);
      }),
    );
  });

  it('merging is commutative for weighted tallies to 1e-12 relative', () => {
    fc.assert(
      fc.property(triple(anyTallyArb), ({ a, b, c }) => {
        expectClose(mergeTallies([a, b]), mergeTallies([b, a]));
        expectClose(mergeTallies([a, b, c]), mergeTallies([c, b, a]));
      }),
    );
  });

  it('a merged tally is weighted exactly when one of its parts is', () => {
    fc.assert(
      fc.property(triple(anyTallyArb), ({ a, b, c }) => {
        const weighted = [a, b, c].some((t) => t.weightSquares !== undefined);
        expect(mergeTallies([a, b, c]).weightSquares !== undefined).toBe(weighted);
      }),
    );
  });

  it('an unweighted tally merges into a weighted one as answers of weight 1', () => {
    fc.assert(
      fc.property(
        scaleArb.chain((scale) => fc.tuple(tallyArb(scale), weightedTallyArb(scale))),
        ([u, w]) => {
          const m = mergeTallies([w, u]);
          expect(m.n).toBe(w.n + u.n);
          expect(m.weightSquares).toBe((w.weightSquares ?? Number.NaN) + u.total);
        },
      ),
    );
  });

  it('merging the tallies of the parts of a split input equals the tally of the whole input', () => {
    const caseArb = scaleArb.chain((scale) =>
      fc.record({
        scale: fc.constant(scale),
        answers: fc.array(messyAnswerArb(scale), { maxLength: MAX_LENGTH }),
        cuts: fc.array(fc.nat(MAX_LENGTH), { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(caseArb, ({ scale, answers, cuts }) => {
        const at = [
          0,
          ...cuts.map((c) => Math.min(c, answers.length)).sort((x, y) => x - y),
          answers.length,
        ];
        const parts = at.slice(1).map((end, i) => answers.slice(at[i], end));
        const opts = { invalid: 'skip' } as const;
        const merged = mergeTallies(
          parts.map((p) => tally(p as Answers, scale, opts)),
          { scale },
        );
        expect(merged).toEqual(tally(answers as Answers, scale, opts));
      }),
    );
  });
});
