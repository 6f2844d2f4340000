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

describe('the size budget of the statistics core', () => {
  it('lists every value export outside trends, segments and targets in one size budget', () => {
    // .size-limit.json budgets "everything but trends, segments and targets" by naming the
    // exports; a new export in another family must be added there, or it escapes the budget.
    const root = join(import.meta.dirname, '..', '..');
    const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
    const expected = [...index.matchAll(/^export \{ ([\w, ]+) \} from '\.\/(\w+)/gm)]
      .filter((m) => !['trends', 'segments', 'targets'].includes(m[2] as string))
      .flatMap((m) => (m[1] as string).split(', '))
      .sort();
    const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8')) as {
      name: string;
      import?: string;
    }[];
    const entry = budgets.find((b) => b.name.startsWith('everything but trends'));
    const listed = (entry?.import ?? '')
      .replace(/[{}\s]/g, '')
      .split(',')
      .sort();
    expect(expected.length).toBeGreaterThan(40);
    expect(listed).toEqual(expected);
  });
});
