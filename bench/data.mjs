/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// Deterministic inputs shared by every target: each child process rebuilds the same data from the
// same seed, so every target scores identical answers.
import { closeSync, existsSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The cases: answer metric, input shape and the sizes each is measured at. */
export const CASES = {
  'nps-typed': { metric: 'nps', shape: 'typed', sizes: [1e3, 1e5, 1e6, 1e7] },
  'csat-typed': { metric: 'csat', shape: 'typed', sizes: [1e3, 1e5, 1e6, 1e7] },
  'ces-typed': { metric: 'ces', shape: 'typed', sizes: [1e3, 1e5, 1e6, 1e7] },
  'nps-rows': { metric: 'nps', shape: 'rows', sizes: [1e3, 1e5, 1e6] },
  'csat-rows': { metric: 'csat', shape: 'rows', sizes: [1e3, 1e5, 1e6] },
  'ces-rows': { metric: 'ces', shape: 'rows', sizes: [1e3, 1e5, 1e6] },
  merge: { metric: 'tallies', shape: 'tallies', sizes: [1e3, 1e4, 1e5] },
  // NPS per segment over row objects in 50 segments (`segment` is `s0`…`s49`).
  segments: { metric: 'nps', shape: 'rows', sizes: [1e3, 1e5, 1e6] },
  // trend() by month over rows with epoch-millisecond instants in random order: the floor is the
  // same call in UTC, cx-metrics the call in Europe/Amsterdam (issue 5: at most 2×).
  'trend-zone': { metric: 'nps', shape: 'timed', sizes: [1e3, 1e5, 1e6] },
};

/** Default scales: NPS 0–10, CSAT 1–5, CES 1–7 (the library's defaults). */
export const SCALES = { nps: [0, 10], csat: [1, 5], ces: [1, 7] };

/** Share of rows whose answer is missing (null): exercises the `skipped` path. */
const MISSING = 0.02;

/** mulberry32: a small seeded PRNG, so every process sees the same data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Uniform integer answers on the scale (uniform is the worst case for branchy code). With
 * BENCH_CACHE_DIR set (run.mjs sets it), the first process writes them there (up to 10⁷ answers)
 * and the others read them back into a fresh Float64Array: 30 ms instead of 300 ms at 10⁷.
 */
export function answers(metric, n, seed = 42) {
  const a = new Float64Array(n);
  const bytes = new Uint8Array(a.buffer);
  const dir = process.env.BENCH_CACHE_DIR;
  const file = dir === undefined || n > 1e7 ? undefined : join(dir, `${metric}-${n}-${seed}.f64`);
  if (file !== undefined && existsSync(file)) {
    const fd = openSync(file, 'r');
    try {
      if (readSync(fd, bytes, 0, bytes.length, 0) === bytes.length) return a;
    } finally {
      closeSync(fd);
    }
  }
  const [min, max] = SCALES[metric];
  const rnd = prng(seed);
  for (let i = 0; i < n; i++) a[i] = min + Math.floor(rnd() * (max - min + 1));
  if (file !== undefined) {
    // Written under a temporary name, then renamed: a reader never sees half a file.
    const tmp = `${file}.${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  }
  return a;
}

/** Row objects of one shape, with ~2 % missing answers in each answer field. */
export function rows(n, seed = 7) {
  const rnd = prng(seed);
  const pick = (min, max) => (rnd() < MISSING ? null : min + Math.floor(rnd() * (max - min + 1)));
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      id: i,
      segment: `s${i % 50}`,
      nps: pick(0, 10),
      csat: pick(1, 5),
      ces: pick(1, 7),
    };
  }
  return out;
}

/** Unweighted tallies on 0–10 as `tally()` returns them (and as validateTally accepts them). */
export function tallies(n, seed = 11) {
  const rnd = prng(seed);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const counts = [];
    let total = 0;
    for (let k = 0; k < 11; k++) {
      const c = Math.floor(rnd() * 100);
      counts.push(c);
      total += c;
    }
    out[i] = {
      scale: { min: 0, max: 10 },
      counts,
      total,
      n: total,
      skipped: Math.floor(rnd() * 3),
      invalid: 0,
    };
  }
  return out;
}

/** Rows `{ at, nps }` with instants uniform over 2024–2025 (epoch ms, random order). */
export function timed(n, seed = 5) {
  const rnd = prng(seed);
  const from = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 0, 1) - from;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = { at: from + Math.floor(rnd() * span), nps: Math.floor(rnd() * 11) };
  }
  return out;
}

/** The input of a case at size n. */
export function makeData(caseId, n) {
  const { metric, shape } = CASES[caseId];
  if (shape === 'typed') return answers(metric, n);
  if (shape === 'rows') return rows(n);
  if (shape === 'timed') return timed(n);
  return tallies(n);
}
