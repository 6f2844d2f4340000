import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Tally } from '../../src/index.js';
import { createAccumulator, mergeTallies, tally, tallyAsync } from '../../src/index.js';
import {
  type Answer,
  MAX_LENGTH,
  messyAnswerArb,
  pointArb,
  scaleArb,
  weightArb,
} from './arbitraries.js';

/** Messy answers on a random scale, cut into chunks that are added one by one or as a sub-tally. */
const chunkedArb = scaleArb.chain((scale) =>
  fc.record({
    scale: fc.constant(scale),
    chunks: fc.array(
      fc.record({
        asTally: fc.boolean(),
        answers: fc.array(messyAnswerArb(scale), { maxLength: 12 }),
      }),
      { maxLength: 8 },
    ),
  }),
);

async function* asyncOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const x of items) {
    await Promise.resolve();
    yield x;
  }
}

describe('createAccumulator', () => {
  it('adding answers one at a time, mixed with addTally of sub-tallies, gives the tally of all answers', () => {
    fc.assert(
      fc.property(chunkedArb, ({ scale, chunks }) => {
        const opts = { invalid: 'skip' } as const;
        const acc = createAccumulator(scale, opts);
        for (const chunk of chunks) {
          if (chunk.asTally) acc.addTally(tally(chunk.answers as Answers, scale, opts));
          else for (const x of chunk.answers) acc.add(x as Answer);
        }
        const all = chunks.flatMap((c) => c.answers);
        expect(acc.tally()).toEqual(tally(all as Answers, scale, opts));
      }),
    );
  });

  it('adding weighted answers one at a time gives the weighted tally of all answers', () => {
    const arb = scaleArb.chain((scale) =>
      fc.record({
        scale: fc.constant(scale),
        first: fc.tuple(pointArb(scale), weightArb),
        rest: fc.array(fc.tuple(fc.option(pointArb(scale), { nil: null }), weightArb), {
          maxLength: MAX_LENGTH,
        }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ scale, first, rest }) => {
        const pairs = [first, ...rest];
        const acc = createAccumulator(scale);
        for (const [x, w] of pairs) acc.add(x, w);
        const expected = tally(
          pairs.map((p) => p[0]),
          scale,
          { weight: pairs.map((p) => p[1]) },
        );
        expect(acc.tally()).toEqual(expected);
      }),
    );
  });

  it('a snapshot is a new tally that later additions do not change', () => {
    fc.assert(
      fc.property(chunkedArb, ({ scale, chunks }) => {
        const acc = createAccumulator(scale, { invalid: 'skip' });
        const snapshots: [Tally, string][] = [];
        for (const chunk of chunks) {
          for (const x of chunk.answers) acc.add(x as Answer);
          const s = acc.tally();
          snapshots.push([s, JSON.stringify(s)]);
        }
        for (const [s, json] of snapshots) expect(JSON.stringify(s)).toBe(json);
        if (snapshots.length > 0) expect(acc.tally()).not.toBe(acc.tally());
      }),
    );
  });

  it('addTally of every chunk equals mergeTallies of the chunks', () => {
    fc.assert(
      fc.property(chunkedArb, ({ scale, chunks }) => {
        const opts = { invalid: 'skip' } as const;
        const tallies = chunks.map((c) => tally(c.answers as Answers, scale, opts));
        const acc = createAccumulator(scale);
        for (const t of tallies) acc.addTally(t);
        expect(acc.tally()).toEqual(mergeTallies(tallies, { scale }));
      }),
    );
  });
});

describe('tallyAsync', () => {
  it('tallyAsync of an async iterable gives the same tally as tally of the array', async () => {
    await fc.assert(
      fc.asyncProperty(chunkedArb, async ({ scale, chunks }) => {
        const opts = { invalid: 'skip' } as const;
        const all = chunks.flatMap((c) => c.answers) as Answer[];
        const expected = tally(all, scale, opts);
        expect(await tallyAsync(asyncOf(all), scale, opts)).toEqual(expected);
        expect(await tallyAsync(all, scale, opts)).toEqual(expected);
      }),
    );
  });
});
