import type { Accessor, Metric, Rows, ScoreResult, Tally } from '../core/types.js';
import {
  ANSWER_KEYS,
  addOne,
  addTallyInto,
  type Counter,
  fail,
  newCounter,
  type Policy,
  readPolicy,
  toTally,
} from '../internal/count.js';
import { checkMetric, nonNegative, oneOf, readOptions } from '../internal/options.js';
import { readList, readWeightArray, weightLengthError } from '../internal/read.js';
import type { KeyAccessor, KeyPart, Segment, Segmentation, SegmentOptions } from './types.js';

/** Checks one key part read at row `i`: a string, a finite number or a boolean. */
export function keyPart(fn: string, k: unknown, i: number): KeyPart {
  if (typeof k === 'string' || typeof k === 'boolean' || Number.isFinite(k)) return k as KeyPart;
  return fail(fn, `key at index ${i} must be a string, a finite number or a boolean`, k);
}

/**
 * Scores answers per segment in one pass: one counter per key in a `Map`, counted by the same
 * code as {@link tally}, so `__proto__` or `toString` are keys like any other.
 *
 * `by` is an accessor (one key per row), an array of accessors (the key is the tuple of their
 * keys; a `null` or `undefined` part excludes the row) or an accessor returning an array
 * (multi-valued keys such as tags: the row counts once in each distinct key, so segment totals
 * then exceed the overall total; an empty array puts the row in no segment but in `overall`).
 * Keys are strings, finite numbers or booleans. A row whose key is `null` or `undefined` is
 * counted in `excluded` and not read further. Answers follow the input policy of {@link tally}
 * within each segment (missing ones counted in the segment's `skipped`). `minN` flags segments
 * whose effective sample size is below it; `small: 'suppress'` also sets their `nEffective`,
 * tally and result to `null` (for per-employee reporting), and when exactly one segment is small
 * it suppresses the smallest other segment with it (complementary suppression), so that
 * `overall` minus the visible segments gives at least two segments merged, never one; no
 * segment is removed. A single segment is the overall itself and cannot be hidden from it.
 *
 * @param rows - The rows (an array, a typed array or an iterable).
 * @param options - `by`, `value`, `metric`, and `weight`, `minN`, `small`, `invalid`, `nan`.
 * @returns The segments in first-seen order, the overall tally, and the row counts.
 * @throws TypeError for rows that are not an array, a typed array or an iterable (an API
 *   wrapper `{ rows: [...] }`; an async iterable, for which use {@link segmentAsync}), a key that
 *   is not a string, number or boolean (naming the row index), a missing accessor or metric, or
 *   an unknown option; answers throw as in {@link tally}.
 * @throws RangeError for a non-finite number key, a negative `minN` or a weight array whose
 *   length differs from the rows' (both lengths in the message).
 * @example
 * ```ts
 * const rows = [
 *   { channel: 'web', score: 10 },
 *   { channel: 'phone', score: 3 },
 *   { channel: 'web', score: 9 },
 *   { channel: null, score: 8 },
 * ];
 * const s = segment(rows, { by: (r) => r.channel, value: (r) => r.score, metric: npsMetric });
 * s.segments.map((g) => [g.key, g.result?.score]); // => [['web', 100], ['phone', -100]]
 * s.excluded; // => 1
 * ```
 * @category Segments
 * @since 0.1.0
 */
export function segment<T, R extends ScoreResult>(
  rows: Rows<T>,
  options: SegmentOptions<T, R>,
): Segmentation<R> {
  return segmentFor('segment', rows, options);
}

/** {@link segment} for the function `fn` (its name in error messages). */
export function segmentFor<T, R extends ScoreResult>(
  fn: string,
  rows: Rows<T>,
  options: SegmentOptions<T, R>,
): Segmentation<R> {
  // Arguments in order: the rows first (an API wrapper or an async cursor is refused by name).
  const list = readList<T>(fn, rows, 'rows', fn === 'segment' ? 'segmentAsync' : undefined);
  return countSegments(fn, list, readSegmentOptions(fn, options));
}

/** The checked options of {@link segment}. */
export interface SegmentPlan<T, R extends ScoreResult> {
  readonly metric: Metric<R>;
  readonly value: Accessor<T>;
  readonly by: KeyAccessor<T> | readonly KeyAccessor<T>[];
  readonly minN: number;
  readonly suppress: boolean;
  readonly policy: Policy;
  /** The weight option as given: an accessor, an array (its length is checked against the rows) or undefined. */
  readonly weight: unknown;
}

/** Checks the options of {@link segment} for `fn` before any row is read. */
export function readSegmentOptions<T, R extends ScoreResult>(
  fn: string,
  options: unknown,
): SegmentPlan<T, R> {
  const o = readOptions(fn, options, [...ANSWER_KEYS, 'by', 'value', 'metric', 'minN', 'small']);
  const metric = checkMetric<R>(fn, o.metric);
  const value = o.value as Accessor<T>;
  const by = o.by as KeyAccessor<T> | readonly KeyAccessor<T>[];
  const accessors: unknown[] = [value, ...(Array.isArray(by) ? (by as readonly unknown[]) : [by])];
  if (accessors.length < 2 || accessors.some((f) => typeof f !== 'function')) {
    throw new TypeError(
      `${fn}: options by (an accessor or an array of accessors) and value (an accessor) are required`,
    );
  }
  const weight = o.weight;
  // Checked here (its length against the rows in countSegments) before any row is read.
  if (weight !== undefined && typeof weight !== 'function') readWeightArray(fn, weight, undefined);
  return {
    metric,
    value,
    by,
    minN: o.minN === undefined ? 0 : nonNegative(fn, 'option minN', o.minN),
    suppress: oneOf(fn, 'small', o.small, ['flag', 'suppress']) === 'suppress',
    policy: readPolicy(fn, o),
    weight,
  };
}

/** Counts the rows of `list` per segment under the checked options `plan`. */
export function countSegments<T, R extends ScoreResult>(
  fn: string,
  list: ArrayLike<T>,
  plan: SegmentPlan<T, R>,
): Segmentation<R> {
  const { metric, value, by, minN, suppress, policy } = plan;
  const n = list.length;
  const scale = metric.scale;
  const points = scale.max - scale.min + 1;
  const tuple = Array.isArray(by);
  const weight = plan.weight as ((row: T, i: number) => unknown) | ArrayLike<unknown> | undefined;
  if (weight !== undefined && typeof weight !== 'function' && weight.length !== n)
    throw weightLengthError(fn, weight.length, n);
  const weighted = weight !== undefined;
  const keyOf: (row: T, i: number) => unknown = tuple
    ? (row, i) => {
        const parts: KeyPart[] = [];
        for (const f of by as readonly KeyAccessor<T>[]) {
          const k = f(row, i);
          if (k === null || k === undefined) return k;
          parts.push(keyPart(fn, k, i));
        }
        return JSON.stringify(parts);
      }
    : (by as KeyAccessor<T>);
  const map = new Map<unknown, Counter>();
  const counter = (k: unknown): Counter => {
    let c = map.get(k);
    if (c === undefined) map.set(k, (c = newCounter(scale)));
    return c;
  };
  let overall: Counter | undefined;
  let excluded = 0;
  for (let i = 0; i < n; i++) {
    const row = list[i] as T;
    const k = keyOf(row, i);
    const w = weight === undefined ? 1 : typeof weight === 'function' ? weight(row, i) : weight[i];
    // Checked inline (a finite number has k − k === 0); other keys end in keyPart, which throws.
    if (typeof k === 'string' || typeof k === 'boolean' || (typeof k === 'number' && k - k === 0)) {
      let c = map.get(k);
      if (c === undefined) map.set(k, (c = newCounter(scale)));
      const x = value(row, i);
      // A valid unweighted answer in a partition only adds one to its count (toTally reads n
      // off the counts); everything else goes through addOne.
      const j = typeof x === 'number' && (x | 0) === x ? x - scale.min : -1;
      if (!weighted && overall === undefined && j >= 0 && j < points)
        c.counts[j] = (c.counts[j] as number) + 1;
      else {
        addOne(fn, c, policy, x, weighted, w, i);
        if (overall !== undefined) addOne(fn, overall, policy, x, weighted, w, i);
      }
    } else if (k === null || k === undefined) excluded++;
    else if (Array.isArray(k) && !tuple) {
      if (overall === undefined) {
        // The first multi-valued row: every row so far had one key, so the overall tally so
        // far is the sum of the segments.
        overall = newCounter(scale);
        for (const c of map.values()) addTallyInto(overall, toTally(c));
      }
      const x = value(row, i);
      addOne(fn, overall, policy, x, weighted, w, i);
      for (const part of new Set(k as unknown[])) {
        if (part !== null && part !== undefined)
          addOne(fn, counter(keyPart(fn, part, i)), policy, x, weighted, w, i);
      }
    } else keyPart(fn, k, i);
  }
  const multiValued = overall !== undefined;
  const all = overall ?? newCounter(scale);
  const tallies: Tally[] = [];
  const results: R[] = [];
  for (const c of map.values()) {
    const t: Tally = toTally(c);
    if (!multiValued) addTallyInto(all, t);
    tallies.push(t);
    results.push(metric.score(t));
  }
  const hidden = suppress ? suppressed(results, minN) : [];
  const keys = [...map.keys()];
  const segments = results.map((result, i): Segment<R> => {
    const key = keys[i];
    const k = tuple ? (JSON.parse(key as string) as KeyPart[]) : (key as KeyPart);
    const small = result.nEffective < minN;
    return hidden[i] === true
      ? { key: k, nEffective: null, small, tally: null, result: null }
      : { key: k, nEffective: result.nEffective, small, tally: tallies[i] as Tally, result };
  });
  all.weighted = weighted;
  return { segments, overall: toTally(all), rows: n, excluded, multiValued };
}

/**
 * Which segments `small: 'suppress'` hides: every small one and, when exactly one is small, its
 * complement, the smallest other segment (by effective size, then answers, first seen on ties),
 * so that `overall` minus the visible segments gives two segments' counts merged, never one's.
 */
function suppressed(results: readonly ScoreResult[], minN: number): boolean[] {
  const hide = results.map((r) => r.nEffective < minN);
  if (hide.filter(Boolean).length !== 1) return hide;
  let best = -1;
  results.forEach((r, i) => {
    const b = results[best];
    if (
      !hide[i] &&
      (b === undefined ||
        r.nEffective < b.nEffective ||
        (r.nEffective === b.nEffective && r.n < b.n))
    )
      best = i;
  });
  if (best >= 0) hide[best] = true;
  return hide;
}
