/**
 * log C(n, k) for k = 0 … min(n, upTo), by the product recurrence
 * C(n, k + 1) = C(n, k)·(n − k)/(k + 1): no factorial of n is formed, so n may be in the
 * millions, and the rounding error grows only with k (the exact tests keep k below 30).
 */
export function logChooses(n: number, upTo: number): number[] {
  const out = [0];
  let acc = 0;
  for (let k = 0; k < Math.min(n, upTo); k++) {
    acc += Math.log((n - k) / (k + 1));
    out.push(acc);
  }
  return out;
}

/** Weights exp(log − max) of log-weights, so the largest is 1 and none overflows. */
export function relativeWeights(logs: readonly number[]): number[] {
  const max = Math.max(...logs);
  return logs.map((l) => Math.exp(l - max));
}
