import { defineConfig } from 'vitest/config';

// Every test runs in UTC, and the time-dependent families (trends, targets) run a second time in
// Pacific/Chatham (UTC+12:45/+13:45, with DST): this machine's UTC clock would hide any use of
// local time (docs/time-zones-and-periods.md). test/trends/timezone.test.ts proves each project really has its zone.
const timeDependent = ['test/trends/**/*.test.ts', 'test/targets/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // A pure library with no global state: sharing one module graph halves the run time.
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'utc', include: ['test/**/*.test.ts'], env: { TZ: 'UTC' } },
      },
      {
        extends: true,
        test: { name: 'chatham', include: timeDependent, env: { TZ: 'Pacific/Chatham' } },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text', 'html', 'json-summary'],
      thresholds: { lines: 100, functions: 100, branches: 100, statements: 100 },
    },
  },
});
