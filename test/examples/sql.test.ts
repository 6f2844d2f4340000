// examples/sql/duckdb-counts.mjs counts 1,000,000 generated answers per segment and scale point in
// embedded DuckDB and scores the counts with tallyFromCounts. This generates the same answers
// here, in JavaScript, from the hash the example documents, scores them in memory with
// cx-metrics, and requires the two results to be exactly equal: every count, score and interval
// bound. The SQL hash and this one are written independently, so a slip in either shows.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nps, withInterval } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const haveDist = existsSync(join(root, 'dist', 'index.js'));
if (!haveDist) {
  if (process.env.CI === 'true')
    throw new Error('dist/ is missing under CI: `npm test` builds before it tests');
  console.warn(
    'NOTICE: the SQL example test is skipped because dist/ is missing; run `npm run build` (npm test does).',
  );
}

const ROWS = 1_000_000;
const SEGMENTS = ['north', 'south', 'east', 'west', 'online', 'partner'];
const WEIGHTS = [3, 2, 2, 3, 3, 6, 7, 12, 16, 20, 26];
const POINTS = WEIGHTS.flatMap((w, point) => Array<number>(w).fill(point));
const M = 2147483647; // 2^31 − 1: every product below stays under 2^53, so it is exact

/** The answers of the example, per segment, generated row by row as the example's SQL does. */
function generate(rows: number): (number | null)[][] {
  const bySegment = SEGMENTS.map((): (number | null)[] => []);
  for (let i = 0; i < rows; i++) {
    const a = ((i + 1) * 48271) % M;
    const c = ((a ^ (a >>> 15)) * 16807) % M;
    const h = c ^ (c >>> 11);
    const segment = h % 6;
    const answer =
      (h >>> 20) % 40 === 0 ? null : (POINTS[Math.min(99, ((h >>> 4) % 100) + 3 * segment)] ?? -1);
    bySegment[segment]?.push(answer);
  }
  return bySegment;
}

describe('the SQL pre-aggregation example', () => {
  it.skipIf(!haveDist)(
    'scores DuckDB counts exactly as cx-metrics scores the raw answers in memory',
    () => {
      const out = execFileSync(
        process.execPath,
        [join(root, 'examples', 'sql', 'duckdb-counts.mjs'), String(ROWS), '--json'],
        { encoding: 'utf8' },
      );
      const fromSql = JSON.parse(out) as unknown;
      const answers = generate(ROWS);
      const expected = {
        segments: Object.fromEntries(
          SEGMENTS.map((name, i) => [name, withInterval(nps(answers[i] ?? []))]),
        ),
        overall: withInterval(nps(answers.flat())),
      };
      expect(expected.overall.n + expected.overall.skipped).toBe(ROWS);
      expect(fromSql).toEqual(expected);
    },
    20_000,
  );
});
