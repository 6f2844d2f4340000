// examples/csv/score-csv.mjs scores a CSV export with the built package (dist), as a user would.
// This runs it and checks its numbers against a naive recount of the JSON rows the CSV was made
// from, so a parsing slip (a comma or line break inside a quoted comment shifting the score
// columns, a byte-order mark renaming the first column, empty cells read as 0) shows up here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'examples', 'csv');
const haveDist = existsSync(join(root, 'dist', 'index.js'));
if (!haveDist) {
  if (process.env.CI === 'true')
    throw new Error('dist/ is missing under CI: `npm test` builds before it tests');
  console.warn(
    'NOTICE: the CSV example test is skipped because dist/ is missing; run `npm run build` (npm test does).',
  );
}

interface Row {
  readonly nps: number | null;
  readonly csat: number | null;
  readonly ces: number | null;
}

const count = (xs: readonly (number | null)[], keep: (x: number) => boolean): number =>
  xs.filter((x) => x !== null && keep(x)).length;

describe('the CSV example', () => {
  it('has a CSV that its generator reproduces, with the awkward parts a real export has', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'cx-csv-'));
    try {
      const out = join(tmp, 'responses.csv');
      execFileSync(process.execPath, [join(dir, 'make-csv.mjs'), out]);
      const fresh = readFileSync(out);
      const committed = readFileSync(join(dir, 'responses.csv'));
      expect(fresh.equals(committed)).toBe(true);
      const text = committed.toString('utf8');
      expect(text.startsWith('\uFEFFid,')).toBe(true); // byte-order mark
      expect(text).toContain('"Agent said ""we\'ll call back"", nobody did"'); // quotes, comma
      expect(text).toContain('"First line.\nSecond line, after a break."'); // line break
      expect(text).toMatch(/,,\d/); // an empty comment
      expect(text).toMatch(/,\r\n|,,/); // empty answer cells
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it.skipIf(!haveDist)('prints NPS, CSAT and CES that match a naive recount', () => {
    const out = execFileSync(process.execPath, [join(dir, 'score-csv.mjs')], {
      encoding: 'utf8',
    });
    const rows = (
      JSON.parse(readFileSync(join(root, 'examples', 'data', 'responses.json'), 'utf8')) as Row[]
    ).slice(0, 500);
    expect(out).toContain('500 responses, ');

    const npsAnswers = rows.map((r) => r.nps);
    const answered = count(npsAnswers, () => true);
    const promoters = count(npsAnswers, (x) => x >= 9);
    const detractors = count(npsAnswers, (x) => x <= 6);
    const score = ((promoters - detractors) / answered) * 100;
    expect(out).toContain(`NPS  ${score.toFixed(1)} [` /* the interval follows */);
    expect(out).toContain(
      `promoters ${String(promoters)}, passives ${String(answered - promoters - detractors)}, ` +
        `detractors ${String(detractors)}; n = ${String(answered)}, ${String(500 - answered)} unanswered`,
    );

    // CSAT: top-2-box share with its Wilson 95 % interval, recomputed here from the formula.
    const csatAnswers = rows.map((r) => r.csat);
    const rated = count(csatAnswers, () => true);
    const satisfied = count(csatAnswers, (x) => x >= 4);
    const p = satisfied / rated;
    const z = 1.959963984540054;
    const centre = (p + (z * z) / (2 * rated)) / (1 + (z * z) / rated);
    const half =
      (z / (1 + (z * z) / rated)) *
      Math.sqrt((p * (1 - p)) / rated + (z * z) / (4 * rated * rated));
    const wilson = `[${(100 * (centre - half)).toFixed(1)}, ${(100 * (centre + half)).toFixed(1)}]`;
    expect(out).toContain(
      `CSAT ${(100 * p).toFixed(1)} % ${wilson}  satisfied ${String(satisfied)} of ${String(rated)}; ` +
        `${String(500 - rated)} unanswered`,
    );

    const cesAnswers = rows.map((r) => r.ces).filter((x) => x !== null);
    const mean = cesAnswers.reduce((a, b) => a + b, 0) / cesAnswers.length;
    expect(out).toContain(`CES  ${mean.toFixed(2)} [` /* the interval follows */);
    expect(out).toContain(
      `n = ${String(cesAnswers.length)}, ${String(500 - cesAnswers.length)} unanswered`,
    );

    // Every printed interval contains its score.
    const intervals = [
      ...out.matchAll(/(?:NPS|CSAT|CES) +([\d.]+) (?:% )?\[([\d.-]+), ([\d.-]+)\]/g),
    ];
    expect(intervals).toHaveLength(3);
    for (const m of intervals) {
      const [x, lo, hi] = [m[1], m[2], m[3]].map(Number);
      expect(lo).toBeLessThanOrEqual(x ?? Number.NaN);
      expect(x).toBeLessThanOrEqual(hi ?? Number.NaN);
    }
  });
});
