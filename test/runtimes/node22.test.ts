// The package works on Node 22 too: the dist smoke tests (test/smoke, which `npm test` runs on
// the project's Node 20) run again on Node 22 from the `node` npm package, installed in
// test/runtimes/node22 (`.ci/run` does: `npm install --prefix test/runtimes/node22`).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DIST, findNode22, haveDist, ready, root } from './find.js';

const node22 = findNode22();
const run = ready('Node 22 smoke test', [
  [haveDist, DIST],
  [
    node22 !== undefined,
    'Node 22 (`npm install --no-audit --no-fund --prefix test/runtimes/node22`; .ci/run does)',
  ],
]);
const smoke = (file: string): string =>
  execFileSync(node22 ?? 'node', [file], { cwd: root, encoding: 'utf8', timeout: 20_000 });

describe.runIf(run)('on Node 22', () => {
  it('is Node 22', () => {
    expect(execFileSync(node22 ?? 'node', ['--version'], { encoding: 'utf8' })).toMatch(/^v22\./);
  });
  it('imports the built package (ESM, through "exports")', () => {
    expect(smoke('test/smoke/esm.mjs')).toMatch(/^ESM smoke test passed \(\d+ exports\)/);
  });
  it('requires the built package (CommonJS, through "exports")', () => {
    expect(smoke('test/smoke/cjs.cjs')).toMatch(/^CJS smoke test passed \(\d+ exports\)/);
  });
});
