/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// The floor: hand-written counting loops with the library's validation (an integer on the scale,
// else missing when null/undefined, else a RangeError/TypeError naming the index), specialised to
// each scale with literal bounds, counting into a Float64Array (7 % faster than an Int32Array for
// typed arrays here, the same for rows). Each case has its own function: no loop is shared. The floors
// count `skipped` as the library does; `+ 0 * skipped` keeps that count alive (an unused count
// could be optimised away, which would make the floor do less than the library).

function fail(fn, i, x, min, max) {
  const message = `${fn}: answer at index ${i} must be an integer from ${min} to ${max}, received ${String(x)}`;
  throw typeof x === 'number' ? new RangeError(message) : new TypeError(message);
}

function npsTyped(a) {
  const c = new Float64Array(11);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const k = typeof x === 'number' && (x | 0) === x ? x : -1;
    if (k >= 0 && k <= 10) c[k]++;
    else fail('nps', i, x, 0, 10);
  }
  let d = 0;
  for (let k = 0; k <= 6; k++) d += c[k];
  const p = c[9] + c[10];
  const total = d + c[7] + c[8] + p;
  return total === 0 ? null : (100 * (p - d)) / total;
}

function csatTyped(a) {
  const c = new Float64Array(5);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const k = typeof x === 'number' && (x | 0) === x ? x - 1 : -1;
    if (k >= 0 && k <= 4) c[k]++;
    else fail('csat', i, x, 1, 5);
  }
  const total = c[0] + c[1] + c[2] + c[3] + c[4];
  return total === 0 ? null : (100 * (c[3] + c[4])) / total;
}

function cesTyped(a) {
  const c = new Float64Array(7);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const k = typeof x === 'number' && (x | 0) === x ? x - 1 : -1;
    if (k >= 0 && k <= 6) c[k]++;
    else fail('ces', i, x, 1, 7);
  }
  let total = 0;
  let s = 0;
  for (let k = 0; k < 7; k++) {
    total += c[k];
    s += k * c[k];
  }
  return 1 + s / total + (c[4] + c[5] + c[6]) / total;
}

function npsRows(rows) {
  const c = new Float64Array(11);
  let skipped = 0;
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i].nps;
    const k = typeof x === 'number' && (x | 0) === x ? x : -1;
    if (k >= 0 && k <= 10) c[k]++;
    else if (x === null || x === undefined) skipped++;
    else fail('nps', i, x, 0, 10);
  }
  let d = 0;
  for (let k = 0; k <= 6; k++) d += c[k];
  const p = c[9] + c[10];
  const total = d + c[7] + c[8] + p;
  return total === 0 ? null : (100 * (p - d)) / total + 0 * skipped;
}

function csatRows(rows) {
  const c = new Float64Array(5);
  let skipped = 0;
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i].csat;
    const k = typeof x === 'number' && (x | 0) === x ? x - 1 : -1;
    if (k >= 0 && k <= 4) c[k]++;
    else if (x === null || x === undefined) skipped++;
    else fail('csat', i, x, 1, 5);
  }
  const total = c[0] + c[1] + c[2] + c[3] + c[4];
  return total === 0 ? null : (100 * (c[3] + c[4])) / total + 0 * skipped;
}

function cesRows(rows) {
  const c = new Float64Array(7);
  let skipped = 0;
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i].ces;
    const k = typeof x === 'number' && (x | 0) === x ? x - 1 : -1;
    if (k >= 0 && k <= 6) c[k]++;
    else if (x === null || x === undefined) skipped++;
    else fail('ces', i, x, 1, 7);
  }
  let total = 0;
  let s = 0;
  for (let k = 0; k < 7; k++) {
    total += c[k];
    s += k * c[k];
  }
  return 1 + s / total + (c[4] + c[5] + c[6]) / total + 0 * skipped;
}

function bad(i, what) {
  throw new TypeError(`merge: tally at index ${i}: ${what}`);
}

function isCount(x) {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/**
 * Adds the count arrays (and n, skipped, invalid) of unweighted 0–10 tallies after the checks
 * mergeTallies makes on each (validateTally's rules): a plain object with no unknown key, a scale
 * equal to 0–10, one safe non-negative integer count per point, total = Σ counts, n = total,
 * skipped and invalid safe non-negative integers. Keys are checked by counting them against the
 * known fields that are set (a lookup per key costs three times as much), without copying.
 * Since issue 15 the library reads own properties only and each count once, so the floor does
 * too: the tally and its scale must be plain objects (prototype Object.prototype or null; an
 * object built on another prototype could hand over inherited fields), and each count is read
 * once into a spare buffer that becomes the running sum only after the whole tally is checked.
 */
function plain(x) {
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

function merge(tallies) {
  let counts = new Float64Array(11);
  let spare = new Float64Array(11);
  let n = 0;
  let skipped = 0;
  let invalid = 0;
  let i = 0;
  for (const t of tallies) {
    if (typeof t !== 'object' || t === null || Array.isArray(t) || !plain(t))
      bad(i, 'not an object');
    let keys = 0;
    for (const _ in t) keys++;
    if (t.weightSquares !== undefined) bad(i, 'weighted');
    const sk = t.skipped ?? 0;
    const inv = t.invalid ?? 0;
    const set = 3 + (t.n !== undefined) + (t.skipped !== undefined) + (t.invalid !== undefined);
    if (keys !== set) bad(i, 'unknown field');
    const s = t.scale;
    if (typeof s !== 'object' || s === null || s.min !== 0 || s.max !== 10 || !plain(s))
      bad(i, 'scale');
    const c = t.counts;
    if (!Array.isArray(c) || c.length !== 11) bad(i, 'counts');
    let total = 0;
    for (let k = 0; k < 11; k++) {
      const x = c[k];
      if (!isCount(x)) bad(i, 'count');
      spare[k] = counts[k] + x;
      total += x;
    }
    if (!Number.isSafeInteger(total) || t.total !== total) bad(i, 'total');
    if (t.n !== undefined && t.n !== total) bad(i, 'n');
    if (!isCount(sk) || !isCount(inv)) bad(i, 'skipped/invalid');
    const max = Number.MAX_SAFE_INTEGER;
    if (n + total > max || skipped + sk > max || invalid + inv > max) bad(i, 'past 2^53 - 1');
    const sum = spare;
    spare = counts;
    counts = sum;
    n += total;
    skipped += sk;
    invalid += inv;
    i++;
  }
  let total = 0;
  for (let k = 0; k < 11; k++) total += counts[k];
  return total + skipped + 0 * (n + invalid);
}

/**
 * NPS per segment: a Map from the key to a Float64Array of counts per point (index 11: missing
 * answers), with the library's validation of keys (string, finite number or boolean; null or
 * undefined excluded and counted) and answers. Returns Σ of the segments' scores.
 */
function segments(rows) {
  const map = new Map();
  let excluded = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const key = row.segment;
    if (typeof key !== 'string' && typeof key !== 'boolean' && !Number.isFinite(key)) {
      if (key === null || key === undefined) {
        excluded++;
        continue;
      }
      throw new TypeError(
        `segment: key at index ${i} must be a string, a finite number or a boolean`,
      );
    }
    let c = map.get(key);
    if (c === undefined) {
      c = new Float64Array(12);
      map.set(key, c);
    }
    const x = row.nps;
    const k = typeof x === 'number' && (x | 0) === x ? x : -1;
    if (k >= 0 && k <= 10) c[k]++;
    else if (x === null || x === undefined) c[11]++;
    else fail('segment', i, x, 0, 10);
  }
  let sum = 0;
  for (const c of map.values()) {
    let d = 0;
    for (let k = 0; k <= 6; k++) d += c[k];
    const p = c[9] + c[10];
    const total = d + c[7] + c[8] + p;
    if (total > 0) sum += (100 * (p - d)) / total + 0 * c[11];
  }
  return sum + 0 * excluded;
}

// trend-zone has no hand loop: its floor is the library's own trend() in UTC, the reference that
// issue 5's goal (Europe/Amsterdam at most 2× UTC) is stated against.
import { trendIn } from './lib.mjs';

export const targets = {
  'nps-typed': npsTyped,
  'csat-typed': csatTyped,
  'ces-typed': cesTyped,
  'nps-rows': npsRows,
  'csat-rows': csatRows,
  'ces-rows': cesRows,
  merge,
  segments,
  'trend-zone': (rows) => trendIn(rows, 'UTC'),
};
