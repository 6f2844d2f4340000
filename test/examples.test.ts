// Every @example in a TSDoc comment is a test: each `expression; // => expected` line becomes an
// assertion, and the example runs with every export of the library in scope.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const root = join(import.meta.dirname, '..', 'src');

interface Example {
  readonly where: string;
  readonly code: string;
  readonly assertions: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const block of text.matchAll(
    /\/\*\*([\s\S]*?)\*\/\s*export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g,
  )) {
    const doc = (block[1] ?? '').replace(/^\s*\* ?/gm, '');
    let k = 0;
    for (const ex of doc.matchAll(/@example\s*```ts\n([\s\S]*?)```/g)) {
      let assertions = 0;
      const code = (ex[1] ?? '')
        .split('\n')
        .map((line) => {
          const m = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
          if (m === null) return line;
          assertions++;
          return `${m[1] ?? ''}check(${m[2] ?? ''}, ${m[3] ?? ''}, ${JSON.stringify(line.trim())});`;
        })
        .join('\n');
      k++;
      out.push({
        where: `${relative(root, file)} ${block[2] ?? ''} example ${k}`,
        code,
        assertions,
      });
    }
  }
  return out;
}

const examples = sourceFiles(root).flatMap(examplesOf);
async function sample(): Promise<void> {
  await Promise.resolve();
}
const AsyncFunction = (Object.getPrototypeOf(sample) as { constructor: unknown })
  .constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

describe('every @example in the TSDoc', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(15);
  });
  for (const ex of examples) {
    it(`${ex.where} holds`, async () => {
      expect(ex.assertions, 'an example must state at least one `// =>` result').toBeGreaterThan(0);
      const check = (actual: unknown, expected: unknown, line: string): void => {
        expect(actual, line).toEqual(expected);
      };
      const names = Object.keys(lib);
      const run = new AsyncFunction('check', ...names, ex.code);
      await run(check, ...names.map((n) => (lib as Record<string, unknown>)[n]));
    });
  }
});
