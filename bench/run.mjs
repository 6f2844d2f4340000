// Runs every benchmark case, each target in its own child process, and prints ratios to the
// hand-written floor measured in the same run; writes bench/results.json.
// Usage: node bench/run.mjs [--sessions N] [--only case[,case]] [--no-memory] [--no-peers] [--no-pin]
// `npm run bench` builds first (the library is benchmarked as built: dist/index.js).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CASES } from './data.mjs';
import { median } from './timer.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};

/** Paired sessions of the floor and the library at each case's headline size. */
const SESSIONS = Number(option('--sessions', '5'));
/** Sampling time of each target in a session (ms); a session keeps at least 15 pairs. */
const SESSION_MS = 400;
/** Pairs taken in the first SETTLE_MS of a session are dropped (the machine settles). */
const SETTLE_MS = 200;
const ONLY = option('--only', undefined)?.split(',');
const PEERS = !flag('--no-peers');
const MEMORY = !flag('--no-memory');
/**
 * The CPUs to pin a paired session's two processes to, one CPU per session in turn (taskset), or
 * none. Both processes of a pair share one CPU (they take turns): unpinned, the floor's fastest
 * samples at 10⁷ answers ranged 35–41 ms from session to session, pinned 41.1–41.7 ms
 * (bench/README.md, Method).
 */
const PIN_CPUS = !flag('--no-pin') && existsSync('/usr/bin/taskset') ? cpus().map((_, i) => i) : [];

/** The installed version of a peer, read from its package.json. */
const versionOf = (name) =>
  JSON.parse(readFileSync(here(`../node_modules/${name}/package.json`), 'utf8')).version;

/** Targets, in table order; `hand` is the floor, the reference of every ratio. */
const TARGETS = [
  { id: 'hand', label: 'hand loop (floor)' },
  { id: 'lib', label: 'cx-metrics' },
  { id: 'hand-unchecked', label: 'hand, no validation', peer: true },
  { id: 'idiomatic', label: 'idiomatic JS', peer: true },
  { id: 'd3', label: `d3-array ${versionOf('d3-array')}`, peer: true },
  { id: 'arquero', label: `arquero ${versionOf('arquero')}`, peer: true },
  {
    id: 'simple-statistics',
    label: `simple-statistics ${versionOf('simple-statistics')}`,
    peer: true,
  },
];

/** The goals of issue 8: the library's time over the floor's, at the headline size. */
const GOALS = [
  { case: 'nps-typed', n: 1e7, max: 1.2, minSpeedup: 5 },
  { case: 'csat-typed', n: 1e7, max: 1.2, minSpeedup: 5 },
  { case: 'ces-typed', n: 1e7, max: 1.2, minSpeedup: 5 },
  { case: 'nps-rows', n: 1e6, max: 1.5 },
  { case: 'csat-rows', n: 1e6, max: 1.5 },
  { case: 'ces-rows', n: 1e6, max: 1.5 },
  { case: 'merge', n: 1e4, max: 1.5 },
  { case: 'segments', n: 1e6, max: 1.3 },
  { case: 'trend-zone', n: 1e6, max: 2 },
];

const targetsOf = {};
for (const t of TARGETS) {
  const { targets } = await import(`./targets/${t.id}.mjs`);
  targetsOf[t.id] = new Set(Object.keys(targets));
}

function child(script, argv, { nodeFlags = ['--expose-gc'], env = {} } = {}) {
  // One retry: another process rebuilding dist/ can remove it for a moment.
  for (let attempt = 1; ; attempt++) {
    try {
      const out = execFileSync(process.execPath, [...nodeFlags, here(script), ...argv], {
        encoding: 'utf8',
        env: { ...process.env, BENCH_CACHE_DIR: cacheDir, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1 << 24,
      });
      return JSON.parse(out);
    } catch (error) {
      if (attempt >= 2) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    }
  }
}

/** A child in --serve mode: `next()` reads its next line, `ask(cmd)` writes a line and reads one. */
function server(c, t, n, cpu) {
  const argv = [process.execPath, '--expose-gc', here('child.mjs'), c, t, String(n), '--serve'];
  if (cpu !== undefined) argv.unshift('/usr/bin/taskset', '-c', String(cpu));
  const proc = spawn(argv[0], argv.slice(1), {
    env: { ...process.env, BENCH_CACHE_DIR: cacheDir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = [];
  const waiting = [];
  let failure = null;
  createInterface({ input: proc.stdout }).on('line', (line) => {
    const w = waiting.shift();
    if (w === undefined) lines.push(line);
    else w.resolve(line);
  });
  const closed = new Promise((resolve) => {
    proc.on('close', (code) => {
      failure = new Error(`${t} on ${c} (n=${n}) exited with code ${code}`);
      for (const w of waiting.splice(0)) w.reject(failure);
      resolve(code);
    });
  });
  const next = () =>
    new Promise((resolve, reject) => {
      if (lines.length > 0) resolve(lines.shift());
      else if (failure !== null) reject(failure);
      else waiting.push({ resolve, reject });
    });
  return {
    next,
    ask: (cmd) => {
      proc.stdin.write(`${cmd}\n`);
      return next();
    },
    close: () => {
      proc.stdin.end();
      return closed;
    },
  };
}

/**
 * One paired session: the floor and cx-metrics, each in its own process, take samples in turn
 * (alternating which goes first), so that every pair is timed within a few milliseconds and a
 * burst of load from elsewhere slows both. Returns the pairs and the values each computed.
 */
async function session(c, n, cpu) {
  const hand = server(c, 'hand', n, cpu);
  const lib = server(c, 'lib', n, cpu);
  const ready = [JSON.parse(await hand.next()), JSON.parse(await lib.next())];
  const per = Math.max(5, ...ready.map((r) => r.per));
  const count = Math.min(101, Math.max(15, Math.ceil(SESSION_MS / per)));
  const pairs = [];
  const start = Date.now();
  for (let i = 0; pairs.length < count; i++) {
    const pair = {};
    for (const [name, child] of i % 2 === 0
      ? [
          ['hand', hand],
          ['lib', lib],
        ]
      : [
          ['lib', lib],
          ['hand', hand],
        ]) {
      pair[name] = Number(await child.ask('s'));
    }
    if (Date.now() - start >= SETTLE_MS) pairs.push(pair);
  }
  await Promise.all([hand.close(), lib.close()]);
  return { pairs, values: { hand: ready[0].value, lib: ready[1].value } };
}

const fmtN = (n) => `1e${Math.round(Math.log10(n))}`;
const fmtMs = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toPrecision(2));
const fmtX = (x) => (x === null ? '—' : x >= 100 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`);
const log = (s) => process.stderr.write(`${s}\n`);

// Typed-array answers are generated once and read back by the other processes (data.mjs).
const cacheDir = mkdtempSync(join(tmpdir(), 'cx-metrics-bench-'));
process.on('exit', () => rmSync(cacheDir, { recursive: true, force: true }));

const started = Date.now();
const loadBefore = loadavg();
const caseIds = Object.keys(CASES).filter((id) => ONLY === undefined || ONLY.includes(id));
/** raw[case][target][n] = list of per-process medians (ms); values[case][n][target] = result. */
const raw = {};
const values = {};
const push = (c, t, row) => {
  raw[c] ??= {};
  raw[c][t] ??= {};
  (raw[c][t][row.n] ??= []).push(row);
  values[c] ??= {};
  values[c][row.n] ??= {};
  values[c][row.n][t] = row.value;
};

// Round 1: every target over every size.
for (const c of caseIds) {
  for (const t of TARGETS) {
    if (!targetsOf[t.id].has(c) || (t.peer && !PEERS)) continue;
    const t0 = Date.now();
    for (const row of child('child.mjs', [c, t.id])) push(c, t.id, row);
    log(`${c.padEnd(11)} ${t.id.padEnd(18)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}
// The headline size of each case: paired sessions of the floor and the library (see session).
const headline = (c) => GOALS.find((g) => g.case === c)?.n ?? Math.max(...CASES[c].sizes);
/** paired[case] = { n, sessions: [{ pairs: [{ hand, lib }] }] } */
const paired = {};
for (let r = 1; r <= SESSIONS; r++) {
  for (const c of caseIds) {
    const n = headline(c);
    const cpu = PIN_CPUS.length > 0 ? PIN_CPUS[(r - 1) % PIN_CPUS.length] : undefined;
    const { pairs, values: v } = await session(c, n, cpu);
    (paired[c] ??= { n, sessions: [] }).sessions.push({ pairs });
    for (const [t, value] of Object.entries(v)) values[c][n][t] = value;
  }
  log(`paired session ${r}/${SESSIONS} done`);
}

// Checks: every target computed the same headline numbers as the floor.
const mismatches = [];
for (const c of caseIds) {
  for (const [n, byTarget] of Object.entries(values[c])) {
    const ref = byTarget.hand;
    for (const [t, v] of Object.entries(byTarget)) {
      if (!(Math.abs(v - ref) <= 1e-9 * Math.max(1, Math.abs(ref)))) {
        mismatches.push(`${c} n=${n}: ${t} gave ${v}, the floor ${ref}`);
      }
    }
  }
}

// Table: median time per target and its ratio to the floor. At the headline size cx-metrics is
// compared with the floor pair by pair (the median of the ratios of the paired sessions); the
// other targets and sizes with the floor of round 1.
const table = [];
for (const c of caseIds) {
  for (const n of CASES[c].sizes) {
    const hand = raw[c].hand?.[n];
    if (hand === undefined) continue;
    const floor1 = median(hand.map((x) => x.median));
    const row = { case: c, n, floorMs: floor1, targets: {} };
    for (const t of TARGETS) {
      const runs = raw[c][t.id]?.[n];
      if (runs === undefined) continue;
      const ms = median(runs.map((x) => x.median));
      row.targets[t.id] = {
        ms,
        ratio: ms / floor1,
        fastest: Math.min(...runs.map((x) => x.min)) / Math.min(...hand.map((x) => x.min)),
        samples: runs[0].samples,
      };
    }
    const p = paired[c];
    if (p?.n === n) {
      const pairs = p.sessions.flatMap((x) => x.pairs);
      const handMs = pairs.map((x) => x.hand);
      const libMs = pairs.map((x) => x.lib);
      row.floorMs = median(handMs);
      row.targets.lib = {
        ms: median(libMs),
        ratio: median(pairs.map((x) => x.lib / x.hand)),
        fastest: Math.min(...libMs) / Math.min(...handMs),
        samples: pairs.length,
        sessions: p.sessions.map((x) => ({
          pairs: x.pairs.length,
          floorMs: median(x.pairs.map((y) => y.hand)),
          ms: median(x.pairs.map((y) => y.lib)),
          ratio: median(x.pairs.map((y) => y.lib / y.hand)),
        })),
      };
      row.targets.hand = { ms: row.floorMs, ratio: 1, fastest: 1, samples: pairs.length };
      const bySession = row.targets.lib.sessions.map((x) => x.ratio.toFixed(2)).join(' ');
      log(`${c} ${fmtN(n)}: cx-metrics ÷ floor by paired session ${bySession}`);
      // The fastest sample of each process: shows which speed state each process drew
      // (bench/README.md, Process states), which a session's ratio alone hides.
      const fastestBySession = p.sessions
        .map((x) => {
          const f = (k) => fmtMs(Math.min(...x.pairs.map((y) => y[k])));
          return `${f('hand')}/${f('lib')}`;
        })
        .join(' ');
      log(`${c} ${fmtN(n)}: fastest sample by session, floor/cx-metrics ms ${fastestBySession}`);
    }
    const lib = row.targets.lib;
    const idiom = row.targets.idiomatic;
    row.speedupOverIdiomatic = lib && idiom ? idiom.ratio / lib.ratio : null;
    table.push(row);
  }
}

const goals = GOALS.filter((g) => caseIds.includes(g.case)).map((g) => {
  const row = table.find((r) => r.case === g.case && r.n === g.n);
  const ratio = row?.targets.lib?.ratio ?? null;
  const fastest = row?.targets.lib?.fastest ?? null;
  const speedup = row?.speedupOverIdiomatic ?? null;
  // null: not measured (--no-peers leaves out the idiomatic baseline).
  const met =
    ratio === null || (g.minSpeedup !== undefined && speedup === null)
      ? null
      : ratio <= g.max && (g.minSpeedup === undefined || speedup >= g.minSpeedup);
  return { ...g, ratio, fastest, speedup, met };
});

let memory = null;
if (MEMORY && ONLY === undefined) {
  const { MEMORY_CASES } = await import('./memory.mjs');
  memory = {};
  for (const m of MEMORY_CASES) {
    // Idiomatic code allocates so much that a scavenge would hide it: a 128 MB young space.
    const nodeFlags = ['--expose-gc'];
    if (m === 'idiomatic-by-n')
      nodeFlags.push('--min-semi-space-size=128', '--max-semi-space-size=128');
    memory[m] = child('memory.mjs', [m], { nodeFlags });
  }
  log('memory done');
}

// Output.
const columns = TARGETS.filter((t) => table.some((r) => r.targets[t.id] !== undefined));
const header = ['case', 'n', 'floor ms', ...columns.slice(1).map((t) => t.label), 'idiomatic ÷ cx'];
const lines = table.map((r) => [
  r.case,
  fmtN(r.n),
  fmtMs(r.floorMs),
  ...columns.slice(1).map((t) => {
    const x = r.targets[t.id];
    return x === undefined ? '' : fmtX(x.ratio);
  }),
  r.speedupOverIdiomatic === null ? '' : fmtX(r.speedupOverIdiomatic),
]);
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
const show = (cells) => `| ${cells.map((s, i) => s.padEnd(widths[i])).join(' | ')} |`;
const out = [
  'Time per call as a ratio to the hand-written floor (same run; lower is better).',
  '',
  show(header),
  show(widths.map((w) => '-'.repeat(w))),
  ...lines.map(show),
  '',
  'Goals (cx-metrics ÷ floor at the headline size; typed cases also ≥ 5× faster than idiomatic):',
  '',
  ...goals.map(
    (g) =>
      `- ${g.case} n=${fmtN(g.n)}: ${fmtX(g.ratio)} (≤ ${g.max}×; fastest samples ${fmtX(g.fastest)})${g.minSpeedup ? `, ${fmtX(g.speedup)} faster than idiomatic (≥ ${g.minSpeedup}×)` : ''} — ${g.met === null ? 'not measured' : g.met ? 'met' : 'MISSED'}`,
  ),
];
if (memory !== null) {
  const kb = (b) => (b === null || b === undefined ? '—' : `${(b / 1024).toFixed(1)} KB`);
  const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
  out.push(
    '',
    'Memory (heap allocated per call, no GC during the call; median of GC-free calls):',
    '',
  );
  for (const r of memory['nps-by-n'])
    out.push(`- nps(Float64Array) n=${fmtN(r.n)}: ${kb(r.heapGrowth)}`);
  for (const r of memory['nps-rows-by-n'])
    out.push(`- nps(rows, accessor) n=${fmtN(r.n)}: ${kb(r.heapGrowth)}`);
  for (const r of memory['csat-by-scale'])
    out.push(
      `- csat, ${r.points}-point scale, n=1e7: ${kb(r.heapGrowth)} (+ ${r.arrayBufferGrowth} B typed-array storage)`,
    );
  for (const r of memory['idiomatic-by-n'])
    out.push(
      `- idiomatic filter n=${fmtN(r.n)}: ${kb(r.heapGrowth)} heap + ${kb(r.arrayBufferGrowth)} buffers`,
    );
  const [big] = memory['typed-5e7'];
  out.push(
    `- nps over a 5e7-element Float64Array: ${fmtMs(big.ms)} ms, ${kb(big.heapGrowth)} allocated`,
  );
  const [gen] = memory['generator-1e7'];
  out.push(
    `- nps over a one-shot generator of 1e7 answers: ${fmtMs(gen.ms)} ms, peak heap +${mb(gen.peakHeapGrowth)}, consumed once: ${gen.exhausted}`,
  );
  const [copy] = memory['generator-copied-1e7'];
  out.push(
    `- the same through Array.from (a copy): ${fmtMs(copy.ms)} ms, peak heap +${mb(copy.peakHeapGrowth)}`,
  );
}
if (mismatches.length > 0) out.push('', 'RESULT MISMATCHES:', ...mismatches.map((m) => `- ${m}`));
const load = [loadBefore[0], loadavg()[0]].map((x) => x.toFixed(2));
out.push(
  '',
  `Total ${((Date.now() - started) / 1000).toFixed(0)} s; 1-minute load average ${load[0]} before, ${load[1]} after (${cpus().length} cores).`,
);
process.stdout.write(`${out.join('\n')}\n`);

const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
const cpu = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model;
const results = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: process.platform,
    loadAverage: { before: loadBefore, after: loadavg() },
  },
  sessions: SESSIONS,
  pinnedCpus: PIN_CPUS,
  table,
  goals,
  memory,
  mismatches,
  seconds: (Date.now() - started) / 1000,
};
if (ONLY === undefined) {
  const file = here('results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  // In the project's JSON style, so that `biome ci` passes on the committed results.
  execFileSync(here('../node_modules/.bin/biome'), ['format', '--write', file], {
    stdio: 'ignore',
  });
}
if (mismatches.length > 0) process.exitCode = 1;
