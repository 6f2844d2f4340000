// SQL pre-aggregation: the database counts, cx-metrics does the statistics.
//
//   npm run build && node examples/sql/duckdb-counts.mjs [rows] [--json]
//
// Embedded DuckDB (@duckdb/node-api, a dev dependency of this example only) generates `rows`
// survey answers (10,000,000 by default) with a deterministic hash, then counts them per segment
// and scale point in SQL: at most 6 segments × 12 rows (0–10 and "no answer") come back instead
// of ten million. `tallyFromCounts` turns each segment's counts into a tally, and the NPS results are
// exactly those cx-metrics computes from the raw answers in memory (test/examples/sql.test.ts
// checks that). The same GROUP BY works in Postgres, BigQuery and Spark: see docs/tallies.md.
//
// The generated data: row i (0-based) gets x = i + 1 and a 31-bit hash
//   a = x·48271 mod (2³¹−1); b = a XOR (a >> 15); c = b·16807 mod (2³¹−1); h = c XOR (c >> 11)
// segment = SEGMENTS[h mod 6]; unanswered when (h >> 20) mod 40 = 0 (2.5 %); otherwise, with
// u = min(99, (h >> 4) mod 100 + 3·segment), the answer is the point 0–10 whose cumulative weight
// (3/2/2/3/3/6/7/12/16/20/26 out of 100) first exceeds u, so later segments score higher.
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { mergeTallies, npsMetric, tallyFromCounts, withInterval } from 'cx-metrics';

const SEGMENTS = ['north', 'south', 'east', 'west', 'online', 'partner'];

const args = process.argv.slice(2);
const rows = Number(args.find((a) => !a.startsWith('--')) ?? 10_000_000);
const json = args.includes('--json');
if (!Number.isSafeInteger(rows) || rows < 0) throw new RangeError(`rows must be a count: ${rows}`);

// Row i + 1 → hash h → segment and answer, in portable SQL (docs/tallies.md has it for Postgres,
// BigQuery and Spark: only the row source, XOR, shift and modulo are spelled differently).
const sql = `
WITH a AS (SELECT (x * 48271) % 2147483647 AS a FROM range(1, ${rows + 1}) AS t(x)),
     c AS (SELECT (xor(a, a >> 15) * 16807) % 2147483647 AS c FROM a),
     h AS (SELECT xor(c, c >> 11) AS h FROM c),
     u AS (SELECT h % 6 AS segment, (h >> 20) % 40 = 0 AS unanswered,
                  least(99, (h >> 4) % 100 + 3 * (h % 6)) AS u FROM h),
     answers AS (
       SELECT segment,
              CASE WHEN unanswered THEN NULL
                   WHEN u < 3 THEN 0 WHEN u < 5 THEN 1 WHEN u < 7 THEN 2 WHEN u < 10 THEN 3
                   WHEN u < 13 THEN 4 WHEN u < 19 THEN 5 WHEN u < 26 THEN 6 WHEN u < 38 THEN 7
                   WHEN u < 54 THEN 8 WHEN u < 74 THEN 9 ELSE 10 END AS answer
       FROM u)
SELECT segment, answer, count(*) AS answers
FROM answers
GROUP BY segment, answer
ORDER BY segment, answer`;

const started = performance.now();
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const reader = await connection.runAndReadAll(sql);
const counted = reader.getRowObjectsJS(); // { segment: bigint, answer: number | null, answers: bigint }
const sqlMs = performance.now() - started;
connection.closeSync();

// Group the rows by segment: a dense array of counts per point plus the unanswered rows.
const scale = { min: 0, max: 10 };
const bySegment = SEGMENTS.map(() => ({ counts: Array(11).fill(0), skipped: 0 }));
for (const r of counted) {
  const s = bySegment[Number(r.segment)];
  if (r.answer === null) s.skipped = Number(r.answers);
  else s.counts[r.answer] = Number(r.answers);
}
const tallies = bySegment.map((s) => tallyFromCounts(scale, s.counts, { skipped: s.skipped }));
const results = {
  segments: Object.fromEntries(
    SEGMENTS.map((name, i) => [name, withInterval(npsMetric.score(tallies[i]))]),
  ),
  overall: withInterval(npsMetric.score(mergeTallies(tallies))),
};

if (json) {
  console.log(JSON.stringify(results));
} else {
  const fixed = (x) => (x === null ? '—' : x.toFixed(1));
  console.log(
    `${rows.toLocaleString('en-US')} answers counted by DuckDB in ${sqlMs.toFixed(0)} ms ` +
      `(${counted.length} rows returned)\n`,
  );
  console.log('segment          n   unanswered     NPS  95 % interval');
  const line = (name, r) =>
    console.log(
      `${name.padEnd(9)}${String(r.n).padStart(10)}${String(r.skipped).padStart(13)}` +
        `${fixed(r.score).padStart(8)}  [${fixed(r.interval.lower)}, ${fixed(r.interval.upper)}]`,
    );
  for (const [name, r] of Object.entries(results.segments)) line(name, r);
  line('overall', results.overall);
}
