import type { Tally } from '../../core/types.js';
import { checkTally } from '../../core/validateTally.js';
import { excerpt } from '../../internal/excerpt.js';
import { tallyOn } from '../../internal/scoring.js';
import { adjustPValues } from '../../stats/adjustPValues.js';
import { verdictOf } from '../../stats/internal/shared.js';
import type { Comparison, Verdict } from '../../stats/types.js';
import type { SegmentKey } from '../types.js';

/** A segment as the functions that read a segmentation use it (checked by {@link readSegmentation}). */
export interface ReadSegment {
  readonly key: SegmentKey;
  readonly tally: Tally | null;
  readonly total: number | null;
  readonly score: number | null;
}

/**
 * Checks a segmentation passed by the caller (`name` is how the message calls it) and returns
 * its checked parts: `overall` and every segment's tally are validated tallies on one scale,
 * every segment's result is `null` or has a finite `total` and a finite or `null` score.
 */
export function readSegmentation(
  fn: string,
  value: unknown,
  name: string,
): { segments: ReadSegment[]; overall: Tally; multiValued: boolean } {
  const bad = (what: string, x: unknown): never => {
    throw new TypeError(`${fn}: ${what}, received ${excerpt(x)}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    bad(`${name} must be a segmentation (the result of segment)`, value);
  const s = value as Partial<Record<'segments' | 'overall' | 'multiValued', unknown>>;
  if (!Array.isArray(s.segments)) bad(`${name}.segments must be an array`, s.segments);
  const overall = checkTally(fn, s.overall);
  const segments = (s.segments as unknown[]).map((g, i): ReadSegment => {
    const at = `${name}.segments[${i}]`;
    if (typeof g !== 'object' || g === null) bad(`${at} must be a segment`, g);
    const { key, tally: t, result } = g as Partial<Record<string, unknown>>;
    const part = (k: unknown): boolean =>
      typeof k === 'string' || typeof k === 'boolean' || Number.isFinite(k);
    if (!(part(key) || (Array.isArray(key) && key.every(part))))
      bad(`${at}.key must be a string, a finite number, a boolean or a tuple of them`, key);
    if (result !== null && typeof result !== 'object')
      bad(`${at}.result must be a result or null`, result);
    const r = result as Partial<Record<string, unknown>> | null;
    const total = r?.total ?? null;
    const score = r?.score ?? null;
    if (r !== null && !(typeof total === 'number' && total >= 0 && total < Infinity))
      bad(`${at}.result.total must be a finite non-negative number`, total);
    if (score !== null && !Number.isFinite(score))
      bad(`${at}.result.score must be a finite number or null`, score);
    return {
      key: key as SegmentKey,
      tally: t === null ? null : tallyOn(fn, overall.scale, t),
      total: total as number | null,
      score: score as number | null,
    };
  });
  return { segments, overall, multiValued: s.multiValued === true };
}

/** The adjustment methods accepted by the segment tests (R's `p.adjust`), Holm first (the default). */
export const ADJUST = ['holm', 'bh', 'hochberg', 'bonferroni', 'by'] as const;

/**
 * The rows of `all` outside `t` (a sub-tally of it): counts subtract exactly when unweighted;
 * weighted sums left by rounding (below 1e-9 of the overall) become 0.
 */
export function without(all: Tally, t: Tally): Tally {
  const ws = all.weightSquares;
  const tol = ws === undefined ? 0 : 1e-9 * all.total;
  const n = all.n - t.n;
  const counts = all.counts.map((x, k) => {
    const d = x - (t.counts[k] as number);
    return n > 0 && d > tol ? d : 0;
  });
  const total = counts.reduce((s, x) => s + x, 0);
  const base = {
    scale: all.scale,
    counts,
    total,
    n,
    skipped: all.skipped - t.skipped,
    invalid: all.invalid - t.invalid,
  };
  if (ws === undefined) return base;
  const rest = ws - (t.weightSquares as number); // a segment of a weighted overall is weighted
  return { ...base, weightSquares: total > 0 && rest > 1e-9 * ws ? rest : 0 };
}

/** A comparison of one key, with its p-value adjusted across keys and the verdict from that. */
export interface AdjustedComparison {
  /** The comparison (a relative to b), or `null` when a side is suppressed. */
  readonly comparison: Comparison | null;
  /** The p-value adjusted across all comparisons, or `null`. */
  readonly pAdjusted: number | null;
  /** The verdict from the adjusted p-value. */
  readonly verdict: Verdict;
}

/** Adjusts the p-values of a list of comparisons and re-derives each verdict from its adjusted p. */
export function adjust<K>(
  list: readonly { key: K; comparison: Comparison | null }[],
  method: (typeof ADJUST)[number],
  level: number,
): ({ key: K } & AdjustedComparison)[] {
  const adjusted = adjustPValues(
    list.map((x) => x.comparison?.pValue ?? null),
    method,
  );
  return list.map(({ key, comparison }, i) => {
    const p = adjusted[i] ?? null;
    return {
      key,
      comparison,
      pAdjusted: p,
      verdict: verdictOf(comparison?.estimate ?? null, p, level),
    };
  });
}

/** The key of a segment as a string that matches equal tuples. */
export function keyId(key: SegmentKey): string {
  return JSON.stringify(key);
}
