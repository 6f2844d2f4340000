// Makes property runs reproducible: FC_SEED replays a CI failure, FC_NUM_RUNS scales the runs.

import fc from 'fast-check';
import { expect } from 'vitest';

const seed = process.env.FC_SEED;
fc.configureGlobal({
  numRuns: Number(process.env.FC_NUM_RUNS ?? 100),
  ...(seed === undefined ? {} : { seed: Number(seed) }),
});

// toThrowExactly(new RangeError('…')): the class and the whole message must match. (Vitest's
// toThrow(instance) compares the message only.) Works with `expect(fn)` and `.rejects`.
expect.extend({
  toThrowExactly(received: unknown, expected: Error) {
    let error: unknown = received;
    if (typeof received === 'function') {
      error = undefined;
      try {
        (received as () => unknown)();
      } catch (e) {
        error = e;
      }
    }
    const pass =
      error instanceof Error &&
      Object.getPrototypeOf(error) === Object.getPrototypeOf(expected) &&
      error.message === expected.message;
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      pass,
      message: () => `expected ${expected.name}: ${expected.message}\n     got ${shown}`,
    };
  },
});

declare module 'vitest' {
  // biome-ignore lint: the type parameter must match vitest's own declaration.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> {
    toThrowExactly: (expected: Error) => T;
  }
}
