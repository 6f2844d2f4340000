// Checks Stryker's JSON reports against issue 10's bars: a mutation score of at least 90 %
// overall and no file under 80 % (Stryker's own `break` threshold is global only). Several
// reports (one per family, from scripts/mutation.mjs) count as one; a file in more than one
// report counts once, from the last report given. Score = killed + timeout over all mutants that
// tests cover or not (survived + no coverage), compile errors excluded, as Stryker computes it.
// Usage: node scripts/mutation-check.mjs [report.json ...]   (default reports/mutation/mutation.json)
import { readFileSync } from 'node:fs';

const files = process.argv.length > 2 ? process.argv.slice(2) : ['reports/mutation/mutation.json'];
const report = { files: {} };
for (const file of files) Object.assign(report.files, JSON.parse(readFileSync(file, 'utf8')).files);
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
let detected = 0;
let counted = 0;
const low = [];
const rows = [];
for (const [name, f] of Object.entries(report.files)) {
  const ms = f.mutants.filter((m) => COUNTED.has(m.status));
  const d = ms.filter((m) => DETECTED.has(m.status)).length;
  detected += d;
  counted += ms.length;
  if (ms.length === 0) continue;
  const score = (100 * d) / ms.length;
  rows.push(`${score.toFixed(1).padStart(6)} %  ${String(ms.length).padStart(5)}  ${name}`);
  if (score < 80) low.push(`${name} (${score.toFixed(1)} %)`);
}
const total = counted === 0 ? 100 : (100 * detected) / counted;
console.log(rows.sort().join('\n'));
console.log(`\noverall ${total.toFixed(1)} % of ${counted} mutants`);
const failures = [
  ...(total < 90 ? [`overall score ${total.toFixed(1)} % is under 90 %`] : []),
  ...low.map((f) => `file under 80 %: ${f}`),
];
for (const f of failures) console.log(`FAIL ${f}`);
process.exit(failures.length === 0 ? 0 : 1);
