// examples/notebook/cx-metrics.ipynb is a Jupyter notebook for the Deno kernel that imports the
// built package (dist) by relative path. This runs its code cells in order, as one module, with
// the `deno` binary of the `deno` npm package (devDependency), from the notebook's folder (the
// kernel's working directory) and with read permission only, and checks the labelled JSON lines
// the cells print against the library run from src.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nps, npsMetric, segment, trend, withInterval } from '../../src/index.js';
import { DIST, findDeno, haveDist, ready, root } from '../runtimes/find.js';

const deno = findDeno();
const run = ready('notebook test', [
  [haveDist, DIST],
  [deno !== undefined, 'the deno binary (`npm install` installs the `deno` devDependency)'],
]);

interface Cell {
  readonly cell_type: string;
  readonly source: string | readonly string[];
}
interface Notebook {
  readonly cells: readonly Cell[];
  readonly metadata: { readonly kernelspec: { readonly name: string; readonly language: string } };
}
interface Row {
  readonly at: string;
  readonly channel: string;
  readonly nps: number | null;
}

const folder = join(root, 'examples', 'notebook');
const notebook = JSON.parse(readFileSync(join(folder, 'cx-metrics.ipynb'), 'utf8')) as Notebook;
const rows = JSON.parse(
  readFileSync(join(root, 'examples', 'data', 'responses.json'), 'utf8'),
) as Row[];

describe('the Deno notebook', () => {
  it('is a notebook for the Deno kernel whose cells have no stored outputs', () => {
    expect(notebook.metadata.kernelspec).toMatchObject({ name: 'deno', language: 'typescript' });
    const code = notebook.cells.filter((c) => c.cell_type === 'code');
    expect(code.length).toBeGreaterThanOrEqual(4);
    for (const c of code) expect(c).toMatchObject({ outputs: [], execution_count: null });
  });

  it.runIf(run)('runs its cells in order and prints what the library computes from src', () => {
    const source = notebook.cells
      .filter((c) => c.cell_type === 'code')
      .map((c) => (typeof c.source === 'string' ? c.source : c.source.join('')))
      .join('\n');
    const out = execFileSync(
      deno ?? 'deno',
      ['run', '--no-prompt', '--allow-read', '--ext=ts', '-'],
      {
        cwd: folder,
        input: source,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
        timeout: 20_000,
      },
    );
    const printed = new Map(
      out
        .trim()
        .split('\n')
        .map((line) => {
          const space = line.indexOf(' ');
          return [line.slice(0, space), JSON.parse(line.slice(space + 1)) as unknown] as const;
        }),
    );
    expect([...printed.keys()]).toEqual(['rows', 'nps', 'channels', 'months']);
    expect(printed.get('rows')).toBe(rows.length);

    const overall = withInterval(nps(rows, (r) => r.nps));
    expect(printed.get('nps')).toEqual({
      score: overall.score,
      interval: [overall.interval.lower, overall.interval.upper],
      n: overall.n,
      skipped: overall.skipped,
    });

    const byChannel = segment(rows, {
      by: (r) => r.channel,
      value: (r) => r.nps,
      metric: npsMetric,
    });
    expect(printed.get('channels')).toEqual(
      byChannel.segments.map((g) => ({ channel: g.key, n: g.result?.n, score: g.result?.score })),
    );

    const months = trend(rows, {
      at: (r) => r.at,
      value: (r) => r.nps,
      metric: npsMetric,
      period: 'month',
      timeZone: 'Europe/Amsterdam',
      now: '2026-11-23T12:00:00Z',
    });
    const expected = months.map((p) => ({
      month: p.period,
      n: p.result.n,
      score: p.result.score,
      ...(p.partial === true ? { partial: true } : {}),
    }));
    expect(printed.get('months')).toEqual(expected);
    // The sample spans 19 Amsterdam months; November 2026 (containing `now`) is partial.
    expect(expected).toHaveLength(19);
    expect(expected.at(-1)).toMatchObject({ month: '2026-11', partial: true });
  });
});
