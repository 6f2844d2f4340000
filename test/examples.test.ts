// Every @example in a TSDoc comment, and every ```ts block in the README and the guides, is a
// test: each `expression; // => expected` line becomes an assertion, and the code runs with every
// export of the library in scope (import lines of 'cx-metrics' are dropped, types are stripped).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const root = join(import.meta.dirname, '..');

interface Example {
  readonly where: string;
  readonly code: string;
  readonly assertions: number;
}

function files(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() && e.name !== 'api'
      ? files(join(dir, e.name), ext)
      : e.name.endsWith(ext)
        ? [join(dir, e.name)]
        : [],
  );
}

function toExample(where: string, source: string): Example {
  let assertions = 0;
  const code = source
    .split('\n')
    .filter((line) => !/^import .* from 'cx-metrics';$/.test(line))
    .map((line) => {
      const m = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
      if (m === null) return line;
      assertions++;
      return `${m[1] ?? ''}check(${m[2] ?? ''}, ${m[3] ?? ''}, ${JSON.stringify(line.trim())});`;
    })
    .join('\n');
  return { where, code, assertions };
}

function tsdocExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const blocks = text.matchAll(
    /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g,
  );
  for (const block of blocks) {
    const doc = (block[1] ?? '').replace(/^\s*\* ?/gm, '');
    let k = 0;
    for (const ex of doc.matchAll(/@example\s*```ts\n([\s\S]*?)```/g)) {
      k++;
      const where = `${relative(root, file)} ${block[2] ?? ''} @example ${String(k)}`;
      out.push(toExample(where, ex[1] ?? ''));
    }
  }
  return out;
}

function markdownExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m, k) =>
    toExample(`${relative(root, file)} snippet ${String(k + 1)}`, m[1] ?? ''),
  );
}

const fromSource = files(join(root, 'src'), '.ts').flatMap(tsdocExamples);
const fromDocs = [join(root, 'README.md'), ...files(join(root, 'docs'), '.md')].flatMap(
  markdownExamples,
);

async function sample(): Promise<void> {
  await Promise.resolve();
}
const AsyncFunction = (Object.getPrototypeOf(sample) as { constructor: unknown })
  .constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

async function run(ex: Example): Promise<void> {
  expect(ex.assertions, 'an example must state at least one `// =>` result').toBeGreaterThan(0);
  const check = (actual: unknown, expected: unknown, line: string): void => {
    expect(actual, line).toEqual(expected);
  };
  const names = Object.keys(lib);
  // Snippets are TypeScript: strip the types, then run the body with the exports in scope.
  const js = ts
    .transpileModule(ex.code, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    })
    .outputText.replace(/^export \{\};\s*$/m, '');
  const fn = new AsyncFunction('check', ...names, js);
  await fn(check, ...names.map((n) => (lib as Record<string, unknown>)[n]));
}

describe('every @example in the TSDoc', () => {
  it('finds the examples', () => {
    expect(fromSource.length).toBeGreaterThan(15);
  });
  for (const ex of fromSource) it(`${ex.where} holds`, () => run(ex));
});

describe('every ts snippet in the README and docs/', () => {
  it('finds the snippets', () => {
    expect(fromDocs.length).toBeGreaterThan(0);
  });
  for (const ex of fromDocs) it(`${ex.where} holds`, () => run(ex));
});
