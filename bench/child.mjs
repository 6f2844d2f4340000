// One target on one case, in its own process (so no call site sees another target's functions
// or another accessor). Two modes:
//   node --expose-gc bench/child.mjs <case> <target> [size ...]
//     measures the case's sizes in ascending order and prints one JSON line;
//   node --expose-gc bench/child.mjs <case> <target> <size> --serve
//     warms up on one size, prints {"per", "value"}, then takes one sample for each line "s" read
//     on stdin and prints its time per call (ms), until stdin closes. run.mjs drives two of these,
//     the floor and cx-metrics, in turn, so that the two are timed a few ms apart.
import { createInterface } from 'node:readline';
import { CASES, makeData } from './data.mjs';
import { measure, sample, warmUp } from './timer.mjs';

const args = process.argv.slice(2);
const serve = args.includes('--serve');
const [caseId = '', target = '', ...sizeArgs] = args.filter((a) => a !== '--serve');
const { targets } = await import(`./targets/${target}.mjs`);
const fn = targets[caseId];
if (fn === undefined) throw new Error(`target ${target} has no case ${caseId}`);
const sizes = sizeArgs.length > 0 ? sizeArgs.map(Number) : CASES[caseId].sizes;

if (serve) {
  const data = makeData(caseId, sizes[0]);
  globalThis.gc?.();
  const { per, batch, state } = warmUp(fn, data);
  process.stdout.write(`${JSON.stringify({ per, value: state.value })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 's') break;
    process.stdout.write(`${sample(fn, data, batch, state)}\n`);
  }
  if (!Number.isFinite(state.sink)) throw new Error('sink is not finite');
} else {
  const results = [];
  for (const n of sizes) {
    const data = makeData(caseId, n);
    globalThis.gc?.();
    const { sink, ...r } = measure(fn, data);
    results.push({ n, ...r, sinkOk: Number.isFinite(sink) });
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}
