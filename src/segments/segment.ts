import {
  ANSWER_KEYS,
  addOne,
  addTallyInto,
  arrayLength,
  type Counter,
  fail,
  newCounter,
  readPolicy,
  toTally,
} from '../core/count.js';
import { checkMetric, nonNegative, oneOf, readOptions } from '../core/options.js';
import { readList } from '../core/read.js';
import type { Accessor, Rows, ScoreResult, Tally } from '../core/types.js';
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
 * whose effective sample size is below it; `small: 'suppress'` also sets their tally and result
 * to `null` (for per-employee reporting); no segment is removed.
 *
 * @param rows - The rows (an array, array-like or iterable).
 * @param options - `by`, `value`, `metric`, and `weight`, `minN`, `small`, `invalid`, `nan`.
 * @returns The segments in first-seen order, the overall tally, and the row counts.
 * @throws TypeError for a key that is not a string, number or boolean (naming the row index), a
 *   missing accessor or metric, or an unknown option; answers throw as in {@link tally}.
 * @throws RangeError for a non-finite number key, a negative `minN` or weights of the wrong length.
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
  const o = readOptions(fn, options, [...ANSWER_KEYS, 'by', 'value', 'metric', 'minN', 'small']);
  const metric = checkMetric<R>(fn, o.metric);
  const scale = metric.scale;
  const points = scale.max - scale.min + 1;
  const value = o.value as Accessor<T>;
  const by = o.by as KeyAccessor<T> | readonly KeyAccessor<T>[];
  const tuple = Array.isArray(by);
  const accessors: unknown[] = [value, ...(tuple ? (by as readonly unknown[]) : [by])];
  if (accessors.length < 2 || accessors.some((f) => typeof f !== 'function')) {
    throw new TypeError(
      `${fn}: options by (an accessor or an array of accessors) and value (an accessor) are required`,
    );
  }
  const minN = o.minN === undefined ? 0 : nonNegative(fn, 'option minN', o.minN);
  const suppress = oneOf(fn, 'small', o.small, ['flag', 'suppress']) === 'suppress';
  const policy = readPolicy(fn, o);
  const weight = o.weight as ((row: T, i: number) => unknown) | ArrayLike<unknown> | undefined;
  const weighted = weight !== undefined;
  const wl =
    weight === undefined || typeof weight === 'function'
      ? -1
      : arrayLength(fn, weight, 'option weight', false);
  const list = readList<T>(fn, rows, 'rows');
  const n = list.length;
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
  if (wl >= 0 && wl !== n) {
    throw new RangeError(`${fn}: weight has ${wl} entries but there are ${n} rows`);
  }
  const multiValued = overall !== undefined;
  const all = overall ?? newCounter(scale);
  const segments: Segment<R>[] = [];
  for (const [key, c] of map) {
    const t: Tally = toTally(c);
    if (!multiValued) addTallyInto(all, t);
    const result = metric.score(t);
    const small = result.nEffective < minN;
    const hide = small && suppress;
    segments.push({
      key: tuple ? (JSON.parse(key as string) as KeyPart[]) : (key as KeyPart),
      nEffective: result.nEffective,
      small,
      tally: hide ? null : t,
      result: hide ? null : result,
    });
  }
  all.weighted = weighted;
  return { segments, overall: toTally(all), rows: n, excluded, multiValued };
}
