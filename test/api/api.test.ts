// The public API, as users' compilers see it: the built dist/index.d.ts, without comments (doc
// edits are not API changes), compared with the committed snapshot beside this file. An
// accidental change of an exported name, signature or type fails here; an intended one is
// recorded with `npx vitest run test/api -u` (see docs/contributing.md). It builds nothing:
// `npm test` builds before vitest runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const haveDist = existsSync(join(dist, 'index.d.ts'));
if (!haveDist) {
  if (process.env.CI === 'true')
    throw new Error('dist/ is missing under CI: `npm test` builds before it tests');
  console.warn(
    'NOTICE: the API snapshot test is skipped because dist/ is missing; run `npm run build` (npm test does).',
  );
}

/** The declarations of a .d.ts file, printed without comments in TypeScript's canonical layout. */
function declarations(file: string): string {
  const text = readFileSync(join(dist, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
  // One exported name per line, so that a diff of the snapshot shows what changed.
  return printer
    .printFile(source)
    .replace(
      /^export \{ (.*) \};$/m,
      (_, names: string) => `export {\n    ${names.split(', ').join(',\n    ')}\n};`,
    );
}

describe('the public API', () => {
  it.skipIf(!haveDist)('dist/index.d.ts matches the committed snapshot', async () => {
    await expect(declarations('index.d.ts')).toMatchFileSnapshot('./index.d.ts.snapshot');
  });

  it.skipIf(!haveDist)('dist/index.d.cts declares the same API as dist/index.d.ts', () => {
    expect(declarations('index.d.cts')).toBe(declarations('index.d.ts'));
  });
});
