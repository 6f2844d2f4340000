// cx-metrics demo: scores the bundled sample (examples/data/responses.json, 3,000 support-survey
// responses over 18 months) with the built package, exactly as a user would import it.
// Run it with `npm run demo` (which builds first). Later releases extend this report with
// intervals, significance, trends, segments and target checks.
import { readFileSync } from 'node:fs';
import {
  ces,
  compareNps,
  createAccumulator,
  csat,
  nps,
  npsMetric,
  tally,
  withInterval,
} from 'cx-metrics';

const rows = JSON.parse(readFileSync(new URL('./data/responses.json', import.meta.url), 'utf8'));

// Display helpers: the library never rounds; rounding happens here, for the eye only.
const fixed = (x, digits = 1) => (x === null ? '—' : x.toFixed(digits));
const pct = (x) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);
const share = (part, total) => (total === 0 ? null : part / total);
const pad = (s, w) => String(s).padEnd(w);
const lpad = (s, w) => String(s).padStart(w);

const first = rows[0].at.slice(0, 10);
const last = rows[rows.length - 1].at.slice(0, 10);
console.log(`cx-metrics demo — ${rows.length} responses from ${first} to ${last}\n`);

// 1. The three headline numbers, each with its counts and what was skipped.
// withInterval adds the 95 % interval of each score: adjusted Wald for NPS, Wilson for the CSAT
// share, Student t for the CES mean.
const n = withInterval(nps(rows, (r) => r.nps));
const c = withInterval(csat(rows, (r) => r.csat)); // 1–5, top-2-box
const e = withInterval(ces(rows, (r) => r.ces)); // 1–7 agreement, 5–7 easy
const ci = (i, digits = 1) => `[${fixed(i.lower, digits)}, ${fixed(i.upper, digits)}]`;

console.log('Overall');
console.log(
  `  NPS   ${lpad(fixed(n.score), 6)} ${ci(n.interval)}   promoters ${n.promoters} (${pct(share(n.promoters, n.total))}), ` +
    `passives ${n.passives} (${pct(share(n.passives, n.total))}), detractors ${n.detractors} (${pct(share(n.detractors, n.total))}); ` +
    `n = ${n.n}, ${n.skipped} unanswered`,
);
console.log(
  `  CSAT  ${lpad(fixed(c.score), 6)} % ${ci(c.interval)} satisfied (4–5): ${c.satisfied} of ${c.n}; dissatisfied (1–2) ${pct(c.bottomShare)}, ` +
    `net ${fixed(c.net)}, mean ${fixed(c.mean, 2)}; ${c.skipped} unanswered`,
);
console.log(
  `  CES   ${lpad(fixed(e.score, 2), 6)} ${ci(e.interval, 2)}   mean on 1–7 (higher is easier); easy (5–7) ${pct(e.easyShare)}; ` +
    `n = ${e.n}, ${e.skipped} unanswered`,
);
console.log(
  `        answers per point, CSAT 1…5: ${c.counts.join(' / ')}; CES 1…7: ${e.counts.join(' / ')}`,
);

// 2. Segment by channel: one tally per group, in first-seen order.
function table(title, keyOf) {
  const groups = new Map();
  for (const r of rows) {
    const key = keyOf(r);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  console.log(`\n${title}`);
  console.log(
    `  ${pad('', 14)}${lpad('n', 6)}${lpad('NPS', 8)}  ${pad('95 % interval', 16)}${lpad('CSAT %', 7)}${lpad('CES', 7)}`,
  );
  for (const [key, group] of groups) {
    const gn = withInterval(nps(group, (r) => r.nps));
    const gc = csat(group, (r) => r.csat);
    const ge = ces(group, (r) => r.ces);
    console.log(
      `  ${pad(key, 14)}${lpad(gn.n, 6)}${lpad(fixed(gn.score), 8)}  ${pad(ci(gn.interval), 16)}${lpad(fixed(gc.score), 7)}${lpad(fixed(ge.score, 2), 7)}`,
    );
  }
}
table('By channel', (r) => r.channel);
table('By team (Team Halo is small: read its score with care)', (r) => r.team);

// 3. NPS per calendar quarter (UTC), counted one answer at a time with accumulators.
const quarters = new Map();
for (const r of rows) {
  const key = `${r.at.slice(0, 4)}-Q${Math.floor((Number(r.at.slice(5, 7)) - 1) / 3) + 1}`;
  if (!quarters.has(key)) quarters.set(key, createAccumulator(npsMetric.scale));
  quarters.get(key).add(r.nps);
}
console.log('\nNPS by quarter (UTC)');
for (const [key, acc] of quarters) {
  const q = npsMetric.score(acc.tally());
  const bar = q.score === null ? '' : '#'.repeat(Math.max(0, Math.round(q.score / 2)));
  console.log(`  ${key}  ${lpad(q.n, 5)}  ${lpad(fixed(q.score), 6)}  ${bar}`);
}

// 4. Did NPS change between the last two complete quarters? One comparison, with its verdict.
const scored = [...quarters].map(([key, acc]) => [key, acc.tally()]);
const [[prevKey, prevTally], [lastKey, lastTally]] = scored.slice(-3, -1);
const change = compareNps(npsMetric.score(lastTally), npsMetric.score(prevTally));
console.log(
  `\n${lastKey} vs ${prevKey}: NPS ${change.estimate >= 0 ? '+' : ''}${fixed(change.estimate)} points, ` +
    `95 % interval ${ci(change.interval)}, p = ${change.pValue.toFixed(3)} → ${change.verdict}`,
);

// 5. Pre-aggregated counts give exactly the same statistics as the raw answers.
const t = tally(rows, npsMetric.scale, { value: (r) => r.nps });
const fromCounts = npsMetric.score(t);
console.log(
  `\nFrom the 11 counts alone (${t.counts.join(', ')}): NPS ${fixed(fromCounts.score)} — identical: ${fromCounts.score === n.score}`,
);
