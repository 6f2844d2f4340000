// Writes examples/csv/responses.csv: the first 500 rows of examples/data/responses.json as the
// kind of CSV a survey tool exports, with the awkward parts such exports have. The output is
// byte-identical on every run (no randomness, no clock); the CSV test checks that it is current.
//
//   node examples/csv/make-csv.mjs [output path]
//
// What makes it awkward on purpose:
//   - a UTF-8 byte-order mark and CRLF line ends (spreadsheet exports);
//   - a free-text `comment` column placed before the scores, holding commas, double quotes
//     (escaped by doubling), line breaks inside a quoted field and non-ASCII text;
//   - empty cells where a question was not answered (missing answers, not zeros).
import { readFileSync, writeFileSync } from 'node:fs';

const ROWS = 500;
const here = new URL('.', import.meta.url);
const rows = JSON.parse(readFileSync(new URL('../data/responses.json', here), 'utf8')).slice(
  0,
  ROWS,
);

// A comment derived from the row, so that the file needs no other input.
function comment(row, i) {
  if (i % 11 === 0) return `Agent said "we'll call back", nobody did`;
  if (i % 29 === 0) return 'First line.\nSecond line, after a break.';
  if (i % 13 === 0) return 'Très bien — merci, 5 étoiles';
  if (row.tags.length > 0) return row.tags.join(', ');
  return '';
}

const cell = (v) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const header = ['id', 'submitted_at', 'channel', 'comment', 'nps', 'csat', 'ces'];
const lines = [header.join(',')];
rows.forEach((r, i) => {
  lines.push([r.id, r.at, r.channel, comment(r, i), r.nps, r.csat, r.ces].map(cell).join(','));
});

const out = process.argv[2] ?? new URL('responses.csv', here);
writeFileSync(out, `\uFEFF${lines.join('\r\n')}\r\n`);
