// The package works on Bun: the ESM and CJS dist smoke tests (test/smoke/esm.mjs and cjs.cjs,
// which load `cx-metrics` through the package's "exports") run with the `bun` binary of the `bun`
// npm package (devDependency).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DIST, findBun, haveDist, ready, root } from './find.js';

const bun = findBun();
const run = ready('Bun smoke test', [
  [haveDist, DIST],
  [bun !== undefined, 'the bun binary (`npm install` installs the `bun` devDependency)'],
]);

const smoke = (file: string): string =>
  execFileSync(bun ?? 'bun', [file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 20_000,
  });

describe.runIf(run)('on Bun', () => {
  it('imports the built package (ESM, through "exports")', () => {
    expect(smoke('test/smoke/esm.mjs')).toMatch(/^ESM smoke test passed \(\d+ exports\)/);
  });

  it('requires the built package (CJS, through "exports")', () => {
    expect(smoke('test/smoke/cjs.cjs')).toMatch(/^CJS smoke test passed \(\d+ exports\)/);
  });
});
