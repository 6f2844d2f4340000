// Scores a survey tool's CSV export with cx-metrics: NPS, CSAT and CES with 95 % intervals.
//
//   npm run build && node examples/csv/score-csv.mjs [file.csv]
//
// The CSV is read with csv-parse, a maintained parser that handles what hand-rolled
// `line.split(',')` code gets wrong: quoted fields with commas, doubled quotes and line breaks,
// a byte-order mark, CRLF line ends. csv-parse is a dev dependency of this example only;
// cx-metrics itself has no runtime dependencies.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ces, csat, nps, withInterval } from 'cx-metrics';

const file = process.argv[2] ?? new URL('responses.csv', import.meta.url);
const records = parse(readFileSync(file), {
  bom: true, // drop the UTF-8 byte-order mark, so the first header is `id`, not `\uFEFFid`
  columns: true, // one object per row, keyed by the header line
  skip_empty_lines: true,
});

// CSV cells are text. An empty cell is a missing answer (null, which cx-metrics counts as
// skipped); anything else becomes a number, so a stray "n/a" turns into NaN and cx-metrics
// rejects it with the row index instead of it being scored silently.
const answer = (cell) => (cell.trim() === '' ? null : Number(cell));
const rows = records.map((r) => ({
  nps: answer(r.nps),
  csat: answer(r.csat),
  ces: answer(r.ces),
  comment: r.comment,
}));

const fixed = (x, digits = 1) => (x === null ? '—' : x.toFixed(digits));
const ci = (i, digits = 1) => `[${fixed(i.lower, digits)}, ${fixed(i.upper, digits)}]`;

const n = withInterval(nps(rows, (r) => r.nps));
const c = withInterval(csat(rows, (r) => r.csat)); // 1–5, satisfied = 4–5
const e = withInterval(ces(rows, (r) => r.ces)); // 1–7, higher is easier
const comments = rows.filter((r) => r.comment !== '').length;

console.log(`${rows.length} responses, ${comments} with a comment`);
console.log(
  `NPS  ${fixed(n.score)} ${ci(n.interval)}  promoters ${n.promoters}, passives ${n.passives}, ` +
    `detractors ${n.detractors}; n = ${n.n}, ${n.skipped} unanswered`,
);
console.log(
  `CSAT ${fixed(c.score)} % ${ci(c.interval)}  satisfied ${c.satisfied} of ${c.n}; ` +
    `${c.skipped} unanswered`,
);
console.log(
  `CES  ${fixed(e.score, 2)} ${ci(e.interval, 2)}  mean on 1–7; n = ${e.n}, ${e.skipped} unanswered`,
);
