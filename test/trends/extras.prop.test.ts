import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npsMetric, periodKey, tally, tidy, trend } from '../../src/index.js';

interface Row {
  readonly id: number | null;
  readonly at: number;
  readonly score: number | null;
}
const DAY = 86_400_000;
const rowArb = fc.record({
  id: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 5 }),
  at: fc.integer({ min: 0, max: 120 }).map((d) => Date.UTC(2025, 0, 1) + d * DAY),
  score: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 5 }),
});

// The reference: sort by (instant, row index), then keep the last (latest) or the first row per
// (scope, id) in that order, scope being the month or the whole trend.
function reference(rows: readonly Row[], keep: 'latest' | 'first', per: 'period' | 'all') {
  const order = rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.at - b.r.at || a.i - b.i);
  if (keep === 'latest') order.reverse();
  const seen = new Set<string>();
  const kept = new Map<string, (number | null)[]>();
  const dropped = new Map<string, number>();
  for (const { r } of order) {
    const month = periodKey(r.at, { period: 'month' });
    const key = `${per === 'all' ? '' : month}|${r.id}`;
    if (r.id !== null && seen.has(key)) dropped.set(month, (dropped.get(month) ?? 0) + 1);
    else {
      seen.add(key);
      kept.set(month, [...(kept.get(month) ?? []), r.score]);
    }
  }
  return { kept, dropped };
}

describe('trend with respondent (properties)', () => {
  it('keeps the same rows as a sort-then-deduplicate reference', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.constantFrom('latest' as const, 'first' as const),
        fc.constantFrom('period' as const, 'all' as const),
        (rows, keep, per) => {
          const t = trend(rows, {
            at: (r) => r.at,
            value: (r) => r.score,
            metric: npsMetric,
            now: 0,
            respondent: (r) => r.id,
            keep,
            per,
            minN: 2,
          });
          const { kept, dropped } = reference(rows, keep, per);
          for (const p of t) {
            expect(p.tally).toEqual(tally(kept.get(p.period) ?? [], npsMetric.scale));
            expect(p.duplicates).toBe(dropped.get(p.period) ?? 0);
            expect(p.small).toBe(p.tally.n < 2);
          }
          expect(t.reduce((s, p) => s + p.tally.n + p.tally.skipped + (p.duplicates ?? 0), 0)).toBe(
            rows.length,
          );
          expect(JSON.parse(JSON.stringify(tidy(t)))).toEqual(tidy(t));
        },
      ),
    );
  });
});
