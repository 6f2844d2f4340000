// The property sweep: every property test (test/**/*.prop.test.ts) at many runs over many seeds,
// so a property that fails for one seed in a thousand fails here, before it lands, and not at
// random in someone's `npm test` later.
//
// Usage: npm run test:sweep [-- [--runs N] [--seeds N] [--seed S ...] [file ...]]
//   --runs N   fast-check runs per property (default: FC_NUM_RUNS, else 2000)
//   --seeds N  how many fresh random seeds (default: SWEEP_SEEDS, else 20)
//   --seed S   a given seed (repeatable; replaces the random ones; SWEEP_SEED_LIST=a,b,c too)
//   file ...   property files to run (default: every *.prop.test.ts under test/)
// Every seed is printed before it runs; a failure prints the seed, the test, fast-check's
// counterexample and the command that replays it, and the script exits 1 at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function fail(message) {
  console.error(`sweep: ${message}`);
  process.exit(2);
}

function positive(name, text) {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) fail(`${name} must be a positive integer, got ${text}`);
  return n;
}

function seedOf(text) {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 31)
    fail(`a seed must be an int32, got ${text}`);
  return n;
}

let runs = positive('FC_NUM_RUNS', process.env.FC_NUM_RUNS ?? '2000');
let count = positive('SWEEP_SEEDS', process.env.SWEEP_SEEDS ?? '20');
const given = (process.env.SWEEP_SEED_LIST ?? '')
  .split(',')
  .filter((s) => s.trim() !== '')
  .map(seedOf);
const files = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--runs') runs = positive('--runs', args[++i]);
  else if (arg === '--seeds') count = positive('--seeds', args[++i]);
  else if (arg === '--seed') given.push(seedOf(args[++i]));
  else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
  else files.push(arg);
}

function propertyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return propertyFiles(path);
    return e.name.endsWith('.prop.test.ts') ? [path] : [];
  });
}
if (files.length === 0) files.push(...propertyFiles('test').sort());
const seeds =
  given.length > 0 ? given : Array.from({ length: count }, () => (Math.random() * 2 ** 32) | 0);

console.log(`sweep: ${files.length} property files, FC_NUM_RUNS=${runs}, seeds ${seeds.join(' ')}`);
const out = mkdtempSync(join(tmpdir(), 'sweep-'));
const failures = [];
const started = Date.now();
for (const seed of seeds) {
  const report = join(out, `${seed}.json`);
  const t0 = Date.now();
  const run = spawnSync(
    'npx',
    ['vitest', 'run', ...files, '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`],
    { env: { ...process.env, FC_SEED: String(seed), FC_NUM_RUNS: String(runs) }, encoding: 'utf8' },
  );
  let results;
  try {
    results = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    // No report: vitest itself failed (a syntax error, a missing file); show what it said.
    failures.push({
      seed,
      test: '(vitest did not report)',
      message: `${run.stdout}\n${run.stderr}`,
    });
    console.log(`seed ${seed}: vitest exited ${run.status} without a report`);
    continue;
  }
  let failed = 0;
  for (const file of results.testResults) {
    for (const t of file.assertionResults) {
      if (t.status !== 'failed') continue;
      failed++;
      failures.push({
        seed,
        test: `${file.name.replace(`${process.cwd()}/`, '')} > ${t.fullName}`,
        message: t.failureMessages.join('\n'),
      });
    }
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`seed ${seed}: ${results.numPassedTests} passed, ${failed} failed (${seconds} s)`);
}
rmSync(out, { recursive: true, force: true });

const total = ((Date.now() - started) / 1000).toFixed(1);
for (const f of failures) {
  // fast-check's report: "Property failed after N tests", "{ seed: …, path: … }", "Counterexample: …".
  const lines = f.message.split('\n');
  const keep = lines.filter((l) =>
    /Property failed|seed:|Counterexample|Shrunk|Got (error|AssertionError)|Error:/.test(l),
  );
  console.log(`\nFAILED with FC_SEED=${f.seed}: ${f.test}`);
  console.log((keep.length > 0 ? keep : lines.slice(0, 20)).map((l) => `  ${l}`).join('\n'));
  const file = f.test.split(' > ')[0];
  console.log(`  replay: FC_SEED=${f.seed} FC_NUM_RUNS=${runs} npx vitest run ${file}`);
}
console.log(
  `\nsweep: ${seeds.length} seeds × ${files.length} files at FC_NUM_RUNS=${runs} in ${total} s: ${failures.length === 0 ? 'no failure' : `${failures.length} failures`}`,
);
process.exit(failures.length === 0 ? 0 : 1);
