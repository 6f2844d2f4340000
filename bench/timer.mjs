/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// A hand timer: warm-up, then samples of one or more calls (batched so that a sample lasts at
// least MIN_SAMPLE_MS), reporting the median time per call. The result of every call goes into a
// sink, so no call can be optimised away.
import { performance } from 'node:perf_hooks';

const MIN_SAMPLE_MS = 5;
const WARMUP_MS = 80;
const BUDGET_MS = 150;
const MIN_SAMPLES = 7;
const MAX_SAMPLES = 60;
/** A call slower than this gets only 3 samples (idiomatic and arquero at 10⁷ take seconds). */
export const SLOW_MS = 150;

function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The median of a list of numbers. */
export const median = (xs) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

/**
 * Warms `fn(data)` up: the first call, then more calls for up to WARMUP_MS (at least one) unless
 * one call takes SLOW_MS, as a call of over a second at 10⁷ answers is warm after the first one.
 * Returns the time per call, the batch size for samples of at least MIN_SAMPLE_MS, and a state
 * that `sample` carries on: the last value (checked against the other targets) and the sink.
 */
export function warmUp(fn, data) {
  const first = performance.now();
  const state = { value: fn(data), sink: 0 };
  state.sink = state.value;
  let calls = 1;
  const w0 = performance.now();
  while (w0 - first < SLOW_MS && (calls < 2 || performance.now() - w0 < WARMUP_MS)) {
    state.value = fn(data);
    state.sink += state.value;
    calls++;
  }
  const per = calls > 1 ? (performance.now() - w0) / (calls - 1) : w0 - first;
  return { per, batch: Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(per, 1e-6))), state };
}

/** One sample: `batch` calls, returning the time per call in ms. */
export function sample(fn, data, batch, state) {
  const t0 = performance.now();
  for (let j = 0; j < batch; j++) {
    state.value = fn(data);
    state.sink += state.value;
  }
  return (performance.now() - t0) / batch;
}

/**
 * Times `fn(data)`: warm-up, then samples for BUDGET_MS, at least MIN_SAMPLES (3 for slow calls).
 * Returns the median, minimum and quartiles in ms per call, the sample count, the batch size, the
 * last value and the sink.
 */
export function measure(fn, data) {
  const { per, batch, state } = warmUp(fn, data);
  const slow = per > SLOW_MS;
  // A slow call runs after the smaller sizes in the same process, so its code is already
  // optimised: the first call counts as a sample (idiomatic NPS at 10⁷ takes ~2 s a call).
  const samples = slow ? [per] : [];
  const s0 = performance.now();
  while (
    samples.length < (slow ? 3 : MIN_SAMPLES) ||
    (samples.length < MAX_SAMPLES && performance.now() - s0 < BUDGET_MS)
  ) {
    samples.push(sample(fn, data, batch, state));
  }
  samples.sort((a, b) => a - b);
  return {
    median: quantile(samples, 0.5),
    min: samples[0],
    p25: quantile(samples, 0.25),
    p75: quantile(samples, 0.75),
    samples: samples.length,
    batch,
    value: state.value,
    sink: state.sink,
  };
}
