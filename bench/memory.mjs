// Memory cases, one per process: node --expose-gc bench/memory.mjs <case>
// Heap is read with process.memoryUsage() around single calls. With no GC during a call (GCs are
// counted by a PerformanceObserver), the growth of heapUsed is the memory the call allocated;
// arrayBuffers counts typed-array storage outside the JS heap.

import { PerformanceObserver, performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { csat, nps } from 'cx-metrics';
import { answers, prng, rows } from './data.mjs';

const gc = () => {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
  globalThis.gc();
};

/** GCs seen so far (counted once a case runs). */
let gcCount = 0;
// GC entries are delivered asynchronously: wait a little before reading the count.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Heap and array-buffer growth over one call, and the number of GCs during it. */
async function once(fn) {
  await settle();
  const gcBefore = gcCount;
  const before = process.memoryUsage();
  const heapTotalBefore = getHeapStatistics().total_heap_size;
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const after = process.memoryUsage();
  const heapTotalAfter = getHeapStatistics().total_heap_size;
  await settle();
  return {
    ms,
    heapGrowth: after.heapUsed - before.heapUsed,
    heapTotalGrowth: heapTotalAfter - heapTotalBefore,
    arrayBufferGrowth: after.arrayBuffers - before.arrayBuffers,
    gcDuring: gcCount - gcBefore,
    value,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.floor((s.length - 1) / 2)];
};

/**
 * Steady-state allocation of fn: after warm-up calls and one full GC, `calls` calls are measured
 * one by one with no GC forced between them (a full GC can deoptimise code, and recompiling
 * allocates); the calls during which a GC ran are left out, since a GC frees memory and hides what
 * the call allocated. The median of the rest is reported.
 */
async function probe(fn, calls = 9) {
  // Warm-up: at least 3 calls and 100 ms, so that the code is optimised before measuring.
  const t0 = performance.now();
  for (let i = 0; i < 3 || performance.now() - t0 < 100; i++) fn();
  gc();
  const runs = [];
  for (let i = 0; i < calls; i++) runs.push(await once(fn));
  const clean = runs.filter((r) => r.gcDuring === 0);
  return {
    ms: median(runs.map((r) => r.ms)),
    heapGrowth: median(clean.map((r) => r.heapGrowth)),
    heapGrowthMin: clean.length === 0 ? null : Math.min(...clean.map((r) => r.heapGrowth)),
    arrayBufferGrowth: median(clean.map((r) => r.arrayBufferGrowth)),
    gcFreeCalls: clean.length,
    calls,
    value: runs[0].value,
  };
}

/** A one-shot generator of n NPS answers that records the peak heap it sees while consumed. */
function* generate(n, peak) {
  const rnd = prng(3);
  for (let i = 0; i < n; i++) {
    if (i % 1_000_000 === 0) peak.used = Math.max(peak.used, process.memoryUsage().heapUsed);
    yield Math.floor(rnd() * 11);
  }
}

const CASES = {
  /** Allocation of nps over a Float64Array as n grows. */
  async 'nps-by-n'() {
    const out = [];
    for (const n of [1e3, 1e5, 1e6, 1e7]) {
      const a = answers('nps', n);
      out.push({ n, ...(await probe(() => nps(a).score)) });
    }
    return out;
  },
  /** Allocation of nps over row objects through an accessor as n grows. */
  async 'nps-rows-by-n'() {
    const out = [];
    for (const n of [1e3, 1e5, 1e6]) {
      const r = rows(n);
      out.push({ n, ...(await probe(() => nps(r, (row) => row.nps).score)) });
    }
    return out;
  },
  /** Allocation of csat over 10⁷ answers as the number of scale points grows. */
  async 'csat-by-scale'() {
    const out = [];
    const n = 1e7;
    for (const points of [5, 101, 1001, 10001]) {
      const rnd = prng(5);
      const a = new Float64Array(n);
      for (let i = 0; i < n; i++) a[i] = 1 + Math.floor(rnd() * points);
      const scale = { min: 1, max: points };
      out.push({ points, n, ...(await probe(() => csat(a, { scale }).score)) });
    }
    return out;
  },
  /** For contrast: idiomatic filter allocates in proportion to n. */
  async 'idiomatic-by-n'() {
    const out = [];
    for (const n of [1e3, 1e5, 1e6]) {
      const a = answers('nps', n);
      const score = () =>
        (100 * (a.filter((x) => x >= 9).length - a.filter((x) => x <= 6).length)) / a.length;
      out.push({ n, ...(await probe(score)) });
    }
    return out;
  },
  /** 5·10⁷ answers in one Float64Array (400 MB): counted in place, no copy, no recursion. */
  async 'typed-5e7'() {
    const n = 5e7;
    const a = answers('nps', n);
    return [{ n, ...(await probe(() => nps(a).score, 5)) }];
  },
  /** A one-shot generator of 10⁷ answers: consumed once, never materialised. */
  async 'generator-1e7'() {
    const n = 1e7;
    const peak = { used: 0 };
    const it = generate(n, peak);
    gc();
    const base = process.memoryUsage().heapUsed;
    const r = await once(() => nps(it).n);
    const exhausted = it.next().done === true;
    return [{ n, ...r, peakHeapGrowth: peak.used - base, exhausted }];
  },
  /** For contrast: Array.from on the same generator materialises it first. */
  async 'generator-copied-1e7'() {
    const n = 1e7;
    const peak = { used: 0 };
    const it = generate(n, peak);
    gc();
    const base = process.memoryUsage().heapUsed;
    const r = await once(() => nps(Array.from(it)).n);
    return [{ n, ...r, peakHeapGrowth: peak.used - base }];
  },
};

export const MEMORY_CASES = Object.keys(CASES);

// Run a case only when started as a script (run.mjs imports this module for the case names).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const name = process.argv[2] ?? '';
  const run = CASES[name];
  if (run === undefined) throw new Error(`unknown memory case ${name}`);
  new PerformanceObserver((list) => {
    gcCount += list.getEntries().length;
  }).observe({ entryTypes: ['gc'] });
  process.stdout.write(`${JSON.stringify(await run())}\n`);
}
