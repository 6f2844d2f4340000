// The README's first command ends in `npm run demo`: this keeps the demo working. It runs the
// demo against the built package (dist), as a user would, and checks its headline numbers
// against a naive recount of the sample data written here, independent of the library.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const haveDist = existsSync(join(root, 'dist', 'index.js'));
if (!haveDist) {
  if (process.env.CI === 'true')
    throw new Error('dist/ is missing under CI: `npm test` builds before it tests');
  console.warn(
    'NOTICE: the demo test is skipped because dist/ is missing; run `npm run build` (npm test does).',
  );
}

interface Row {
  readonly at: string;
  readonly nps: number | null;
  readonly csat: number | null;
  readonly channel: string;
}

describe('the demo', () => {
  it.skipIf(!haveDist)(
    'prints NPS, CSAT and CES of the sample data that match a naive recount',
    () => {
      const out = execFileSync(process.execPath, [join(root, 'examples', 'demo.mjs')], {
        encoding: 'utf8',
      });
      const rows = JSON.parse(
        readFileSync(join(root, 'examples', 'data', 'responses.json'), 'utf8'),
      ) as Row[];
      const answered = rows.filter((r) => r.nps !== null);
      const promoters = answered.filter((r) => (r.nps ?? 0) >= 9).length;
      const detractors = answered.filter((r) => (r.nps ?? 0) <= 6).length;
      const score = ((promoters - detractors) / answered.length) * 100;
      expect(out).toContain(`NPS ${score.toFixed(1).padStart(8)}`);
      expect(out).toContain(
        `n = ${String(answered.length)}, ${String(rows.length - answered.length)} unanswered`,
      );
      const rated = rows.filter((r) => r.csat !== null);
      const satisfied = rated.filter((r) => (r.csat ?? 0) >= 4).length;
      expect(out).toContain(`satisfied (4–5): ${String(satisfied)} of ${String(rated.length)}`);
      expect(out).toMatch(/By channel[\s\S]*phone[\s\S]*NPS by month/);
      // A channel's NPS, recounted naively: the segment table agrees.
      const email = answered.filter((r) => r.channel === 'email');
      const emailScore =
        ((email.filter((r) => (r.nps ?? 0) >= 9).length -
          email.filter((r) => (r.nps ?? 0) <= 6).length) /
          email.length) *
        100;
      expect(out).toMatch(new RegExp(`email +${String(email.length)} +${emailScore.toFixed(1)} `));
      // The sample's built-in effects show: the small pilot team is flagged, December 2025 is
      // the worst month and signals, and mix plus rate add up to the change (to rounding).
      expect(out).toMatch(/Team Halo .*\(small: n < 100\)/);
      expect(out).toMatch(/2025-12 .*missed; newly-missed; beyond-3-sigma worse/);
      const mixLine =
        /NPS ([+-][\d.]+), of which ([+-][\d.]+) from the channel mix and ([+-][\d.]+)/.exec(out);
      expect(mixLine).not.toBeNull();
      const [, total, mix, rate] = (mixLine ?? []).map(Number);
      expect(Math.abs((mix ?? 0) + (rate ?? 0) - (total ?? 0))).toBeLessThanOrEqual(0.1);
      expect(out).toContain('identical: true');
      // The quarter-over-quarter line: a naive recount of both quarters' NPS.
      const quarterNps = (months: string[]): number => {
        const q = rows.filter((r) => r.nps !== null && months.includes(r.at.slice(0, 7)));
        const p = q.filter((r) => (r.nps ?? 0) >= 9).length;
        const d = q.filter((r) => (r.nps ?? 0) <= 6).length;
        return ((p - d) / q.length) * 100;
      };
      const change =
        quarterNps(['2026-07', '2026-08', '2026-09']) -
        quarterNps(['2026-04', '2026-05', '2026-06']);
      expect(out).toContain(
        `2026-Q3 vs 2026-Q2: NPS ${change >= 0 ? '+' : ''}${change.toFixed(1)} points`,
      );
      expect(out).toMatch(/→ (higher|lower|no-detectable-difference)/);
    },
  );
});
