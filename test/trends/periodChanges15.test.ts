// Issue 15 §1: periodChanges takes its verdicts from the metric's comparison, so the minimum-
// information rule of the statistical core applies to period-over-period changes too.
import { describe, expect, it } from 'vitest';
import { compareNps, npsMetric, periodChanges, tallyFromCounts } from '../../src/index.js';

describe('periodChanges and minimum information', () => {
  it('periodChanges does not call a month with 1 answer higher than one with 203', () => {
    const one = tallyFromCounts(npsMetric.scale, { 10: 1 });
    const many = tallyFromCounts(npsMetric.scale, { 10: 61, 8: 81, 3: 61 });
    const [, change] = periodChanges(
      [
        { period: '2025-01', tally: many },
        { period: '2025-02', tally: one },
      ],
      { metric: npsMetric },
    );
    expect(change?.verdict).toBe('no-detectable-difference');
    // The same comparison, level and verdict as the metric's own.
    const direct = compareNps(one, many);
    expect(change?.comparison).toEqual(direct);
    expect(change?.verdict).toBe(direct.verdict);
  });

  it('periodChanges passes its level to the comparison', () => {
    const a = tallyFromCounts(npsMetric.scale, { 10: 60, 8: 20, 3: 20 });
    const b = tallyFromCounts(npsMetric.scale, { 10: 40, 8: 30, 3: 30 });
    const [, c] = periodChanges(
      [
        { period: '2024-Q1', tally: a },
        { period: '2024-Q2', tally: b },
      ],
      { metric: npsMetric, level: 0.8 },
    );
    expect(c?.comparison?.interval.level).toBe(0.8);
  });
});
