// Target checks against base R: every value in test/fixtures/targets/targets.json was produced by
// test/fixtures/targets/generate.R and carries the exact call in its `call` field. Agreement:
// 1e-9 relative, with an absolute floor of 1e-12. Below 30 answers, and for a collapsed method,
// the case's `used` method decides whatever method was asked for (the minimum-information rule).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cesMetric,
  checkTarget,
  type Direction,
  npsFromCounts,
  proportionMetric,
  responseRate,
  type TargetCheck,
  tallyFromCounts,
} from '../../src/index.js';

interface Case {
  readonly kind: 'share' | 'nps' | 'ces';
  readonly method: string;
  readonly used?: string;
  readonly call: string;
  readonly target: number;
  readonly direction: Direction;
  readonly p: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly x?: number;
  readonly n?: number;
  readonly min?: number;
  readonly counts?: number[];
}
const cases = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'targets', 'targets.json'), 'utf8'),
) as Case[];

function close(actual: number | null, expected: number, call: string): void {
  expect(typeof actual, call).toBe('number');
  const tolerance = 1e-9 * Math.abs(expected) + 1e-12;
  expect(
    Math.abs((actual as number) - expected),
    `${call}: ${String(actual)} vs ${expected}`,
  ).toBeLessThanOrEqual(tolerance);
}

/** The check (or checks) of a case, with the factor from score units to R's units. */
function checks(c: Case): [TargetCheck, number][] {
  const options = { direction: c.direction, method: c.method };
  if (c.kind === 'share') {
    const x = c.x as number;
    const n = c.n as number;
    const metric = proportionMetric({ better: c.direction });
    const result = metric.score(tallyFromCounts(metric.scale, [n - x, x]));
    return [
      [checkTarget(responseRate(x, n), { ...options, target: c.target }), 1],
      [checkTarget(result, { method: c.method, target: Math.round(c.target * 1e6) / 1e4 }), 100],
    ];
  }
  if (c.kind === 'nps') {
    const [promoters, passives, detractors] = c.counts as [number, number, number];
    return [
      [
        checkTarget(npsFromCounts({ promoters, passives, detractors }), {
          ...options,
          target: c.target,
        }),
        1,
      ],
    ];
  }
  const counts = c.counts as number[];
  const min = c.min as number;
  const metric = cesMetric({ scale: { min, max: min + counts.length - 1 }, easier: c.direction });
  // The direction comes from the metric (easier), not from the options.
  const result = metric.score(tallyFromCounts(metric.scale, counts));
  return [
    [checkTarget(result, { method: 't', target: c.target }), 1],
    [checkTarget(result, { target: c.target }), 1],
  ];
}

describe('checkTarget against R', () => {
  it.each(cases.map((c) => [`${c.kind} ${c.method}: ${c.call}`, c] as const))('%s', (_, c) => {
    for (const [check, unit] of checks(c)) {
      expect(check.direction).toBe(c.direction);
      expect(check.interval.method).toBe(c.used ?? c.method);
      close(check.pValue, c.p, c.call);
      if (c.lower !== undefined) close((check.interval.lower as number) / unit, c.lower, c.call);
      if (c.upper !== undefined) close((check.interval.upper as number) / unit, c.upper, c.call);
      // The status agrees with the p-value from R: met exactly when p ≤ (1 − level)/2.
      expect(check.status === 'met', c.call).toBe(c.p <= 0.025);
    }
  });
});
