// The package works on Deno: the ESM dist smoke test (test/smoke/esm.mjs, which imports
// `cx-metrics` through the package's "exports", as Deno resolves it from package.json) runs with
// the `deno` binary of the `deno` npm package (devDependency), with no permissions.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DIST, findDeno, haveDist, ready, root } from './find.js';

const deno = findDeno();
const run = ready('Deno smoke test', [
  [haveDist, DIST],
  [deno !== undefined, 'the deno binary (`npm install` installs the `deno` devDependency)'],
]);

describe.runIf(run)('on Deno', () => {
  it('imports the built package (ESM, through "exports")', () => {
    const out = execFileSync(deno ?? 'deno', ['run', '--no-prompt', 'test/smoke/esm.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      timeout: 20_000,
    });
    expect(out).toMatch(/^ESM smoke test passed \(\d+ exports\)/);
  });
});
