// Properties of segmentation: segments partition the overall tally, mix + rate = change,
// JSON round trip, order of the segments is first-seen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTallies, mixRate, npsMetric, segment } from '../../src/index.js';

const row = fc.record({
  c: fc.constantFrom('a', 'b', 'c', '__proto__', 1, true),
  x: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
});
const rows = fc.array(row, { maxLength: 60 });
const seg = (r: { c: unknown; x: number | null }[]) =>
  segment(r, { by: (x) => x.c as never, value: (x) => x.x, metric: npsMetric });

describe('segment properties', () => {
  it('segment tallies merge into the overall tally of a partition', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const s = seg(r);
        const merged = mergeTallies(
          s.segments.map((g) => g.tally as never),
          { scale: npsMetric.scale },
        );
        expect(merged).toEqual(s.overall);
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
    );
  });

  it('mix and rate add up to the change of the overall score', () => {
    fc.assert(
      fc.property(rows, rows, (r0, r1) => {
        const d = mixRate(seg(r0), seg(r1));
        if (d.change === null) return;
        expect(Math.abs((d.mix as number) + (d.rate as number) - d.change)).toBeLessThan(1e-9);
        const [before, after] = d.scores;
        expect(
          Math.abs((before as number) - (npsMetric.score(seg(r0).overall).score as number)),
        ).toBeLessThan(1e-9);
        expect(
          Math.abs((after as number) - (npsMetric.score(seg(r1).overall).score as number)),
        ).toBeLessThan(1e-9);
      }),
    );
  });
});

describe("small: 'suppress' properties", () => {
  it('a partition never has exactly one suppressed segment unless it is the only one, and overall minus the visible segments is the suppressed segments merged', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 12 }), (r, minN) => {
        const s = segment(r, {
          by: (x) => x.c as never,
          value: (x) => x.x,
          metric: npsMetric,
          minN,
          small: 'suppress',
        });
        const full = seg(r);
        const hidden = s.segments.flatMap((g, i) => (g.tally === null ? [i] : []));
        expect(hidden.length !== 1 || s.segments.length === 1).toBe(true);
        for (const i of hidden) expect(s.segments[i]?.nEffective).toBeNull();
        const residual = s.overall.counts.map((x, k) =>
          s.segments.reduce((d, g) => d - (g.tally?.counts[k] ?? 0), x),
        );
        const merged = s.overall.counts.map((_, k) =>
          hidden.reduce((m, i) => m + (full.segments[i]?.tally?.counts[k] ?? 0), 0),
        );
        expect(residual).toEqual(merged);
      }),
    );
  });
});
