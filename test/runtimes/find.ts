// Locates the runtimes that the runtime tests drive, and decides whether a test that needs them
// (and dist/) runs: under CI a missing one fails the run; elsewhere the test is skipped with a
// visible NOTICE.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const haveDist = existsSync(join(root, 'dist', 'index.js'));

/** Runs `exe --version`; the first line, or undefined when it does not run. */
function version(exe: string): string | undefined {
  if (!existsSync(exe)) return undefined;
  try {
    return execFileSync(exe, ['--version'], { encoding: 'utf8', timeout: 10_000 }).split('\n')[0];
  } catch {
    return undefined;
  }
}

/**
 * The `deno` binary of the `deno` npm package (devDependency): its postinstall puts it in the
 * package folder; without that script it is still in the platform package `@deno/<platform>`.
 */
export function findDeno(): string | undefined {
  const exe = process.platform === 'win32' ? 'deno.exe' : 'deno';
  const linux = process.platform === 'linux' ? '-glibc' : '';
  const platform = `${process.platform}-${process.arch}${linux}`;
  return [
    join(root, 'node_modules', 'deno', exe),
    join(root, 'node_modules', '@deno', platform, exe),
  ].find((path) => version(path)?.startsWith('deno ') === true);
}

/** Throws under CI, otherwise warns, when something the test needs is missing; true if all is there. */
export function ready(test: string, needs: readonly [boolean, string][]): boolean {
  const missing = needs.filter(([have]) => !have).map(([, what]) => what);
  if (missing.length === 0) return true;
  if (process.env.CI === 'true')
    throw new Error(`the ${test} cannot run under CI: missing ${missing.join(' and ')}`);
  console.warn(`NOTICE: the ${test} is skipped: missing ${missing.join(' and ')}.`);
  return false;
}

export const DIST = 'dist/ (run `npm run build`; npm test does)';

/**
 * Node 22 from the `node` npm package, installed in test/runtimes/node22 (its own package.json:
 * as a root devDependency it would put Node 22 first on the PATH of every npm script).
 */
export function findNode22(): string | undefined {
  const exe = join(import.meta.dirname, 'node22', 'node_modules', 'node', 'bin', 'node');
  return version(exe)?.startsWith('v22.') === true ? exe : undefined;
}

/**
 * The `bun` binary of the `bun` npm package (devDependency): its postinstall links it as
 * bin/bun.exe; without that script it is still in the platform package `@oven/bun-<platform>`.
 */
export function findBun(): string | undefined {
  return [
    join(root, 'node_modules', 'bun', 'bin', 'bun.exe'),
    join(root, 'node_modules', '@oven', `bun-${process.platform}-${process.arch}`, 'bin', 'bun'),
  ].find((path) => /^\d+\.\d+/.test(version(path) ?? ''));
}
