import { defineConfig } from 'vitest/config';

// Stryker's test run (npm run mutation): the unit and property tests of src, in UTC, without the
// tests that need dist/ or other programs (examples, runtimes, API snapshot, demo) — a mutant
// lives in src and is killed there. FC_NUM_RUNS comes from the mutation script (20 runs).
export default defineConfig({
  test: {
    environment: 'node',
    // One module graph for all test files: Stryker activates mutants at run time (mutant
    // schemata), so nothing needs re-importing, and importing every covering test file afresh
    // for each mutant was most of the time (the full run: 11.6 s instead of 40–70 s). The
    // exception is a "static" mutant, one in code that runs when a module loads: it needs fresh
    // modules, so stryker.config.json ignores them (`ignoreStatic`; 8 mutants, module constants
    // such as the option-key lists, reported as Ignored).
    isolate: false,
    setupFiles: ['test/setup.ts'],
    // Instrumented code runs several times slower: trendTest's tied-slope test (1.2 s plain) took
    // more than vitest's default 5 s in Stryker's initial run.
    testTimeout: 30_000,
    // HUGE_ANSWERS: the 5·10⁷-answer test of test/reliability/huge.test.ts at 10⁵ answers.
    env: { TZ: 'UTC', HUGE_ANSWERS: '100000' },
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/examples/**',
      'test/runtimes/**',
      'test/api/**',
      'test/demo.test.ts',
      'test/examples.test.ts',
      '**/node_modules/**',
    ],
  },
});
