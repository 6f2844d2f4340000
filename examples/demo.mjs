// cx-metrics demo: scores the bundled sample (examples/data/responses.json, 3,000 support-survey
// responses over 18 months) with the built package, exactly as a user would import it.
// Run it with `npm run demo` (which builds first): headline scores with intervals, segments
// against the rest, monthly trends in a time zone with alerts, and target checks.
import { readFileSync } from 'node:fs';
import {
  ces,
  checkTargets,
  compareSegments,
  controlChart,
  csat,
  mixRate,
  nps,
  npsMetric,
  periodChanges,
  periodKey,
  rolling,
  segment,
  tally,
  targetAlerts,
  themes,
  trend,
  trendTest,
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

// 2. Segments: one pass per key, each segment against the rest of the population (Holm-adjusted),
// and the NPS target of 30 checked in confident mode (met only when the interval clears it).
const TARGET = 30;
const sign = (x, digits = 1) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`);
const pValue = (p) => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);
function table(title, by, minN = 0) {
  const s = segment(rows, { by, value: (r) => r.nps, metric: npsMetric, minN });
  const tests = compareSegments(s, npsMetric);
  const checks = checkTargets(
    s.segments.map((g) => ({ key: g.key, result: g.result })),
    { target: TARGET },
  );
  console.log(`\n${title}`);
  console.log(
    `  ${pad('', 14)}${lpad('n', 6)}${lpad('NPS', 8)}  ${pad('95 % interval', 16)}${pad('vs rest (Holm)', 28)}target ≥ ${TARGET}`,
  );
  s.segments.forEach((g, i) => {
    const r = withInterval(g.result);
    const t = tests.segments[i];
    const versus = `${sign(t.comparison.estimate)}, ${pValue(t.pAdjusted)} ${t.verdict === 'no-detectable-difference' ? '≈' : t.verdict}`;
    console.log(
      `  ${pad([g.key].flat().join(' × '), 14)}${lpad(r.n, 6)}${lpad(fixed(r.score), 8)}  ${pad(ci(r.interval), 16)}${pad(versus, 28)}${checks.rows[i].status}${g.small ? `  (small: n < ${minN})` : ''}`,
    );
  });
  const o = tests.omnibus;
  console.log(
    `  the same distribution in all ${s.segments.length}? chi-square ${o.statistic.toFixed(1)}, df ${o.df}, ${pValue(o.pValue)} → ${o.verdict}`,
  );
  return s;
}
table('By channel', (r) => r.channel);
table('By region', (r) => r.region);
table('By channel × region (flagged below 100 answers)', [(r) => r.channel, (r) => r.region], 100);
table('By team (flagged below 100 answers)', (r) => r.team, 100);

// 3. Monthly NPS in Europe/Amsterdam (rows near midnight and the DST changes land in the right
// month: the last rows, late on 31 October UTC, are already November there), with each month
// against the previous one, control-chart signals from a baseline of the first six months, and
// target alerts (two missed months in a row). The current month is partial and left out of the
// tests.
const series = trend(rows, {
  at: (r) => r.at,
  value: (r) => r.nps,
  metric: npsMetric,
  period: 'month',
  timeZone: 'Europe/Amsterdam',
  now: '2026-11-23T12:00:00Z',
});
const months = series.filter((m) => !m.partial);
const changes = periodChanges(months, { metric: npsMetric });
const chart = controlChart(months, {
  metric: npsMetric,
  baseline: { from: months[0].period, to: months[5].period },
});
const alerts = targetAlerts(months, { target: 20, periods: 2 });
// The rolling quarter merges the tallies of three months (never averages their scores).
const quarterly = rolling(months, { metric: npsMetric, periods: 3 });
console.log('\nNPS by month (Europe/Amsterdam), with the rolling 3 months; target ≥ 20 per month');
console.log(`  ${pad('month', 9)}${lpad('n', 4)}${lpad('NPS', 8)}${lpad('3 mo', 7)}`);
for (const [i, m] of months.entries()) {
  const c = changes[i].comparison;
  const vsPrevious =
    c === null
      ? ''
      : `${sign(c.estimate)} vs previous${c.verdict === 'no-detectable-difference' ? '' : ` (${c.verdict})`}`;
  const signal = chart.periods[i].signals.map((x) => `${x.rule} ${x.effect}`).join(', ');
  const flags = [alerts[i].status, ...alerts[i].alerts, signal].filter(Boolean).join('; ');
  const bar =
    m.result.score === null ? '' : '#'.repeat(Math.max(0, Math.round(m.result.score / 2)));
  console.log(
    `  ${m.period}  ${lpad(m.result.n, 4)}  ${lpad(fixed(m.result.score), 6)} ${lpad(quarterly[i].window === 3 ? fixed(quarterly[i].result.score) : '', 6)}  ${pad(bar, 20)}${pad(vsPrevious, 28)}${flags}`,
  );
}
for (const m of series.filter((x) => x.partial)) {
  console.log(`  ${m.period}  ${lpad(m.result.n, 4)}  (the current month: partial, not tested)`);
}
const tt = trendTest(months, { metric: npsMetric });
console.log(
  `  trend: Theil–Sen ${sign(tt.theilSen.slope, 2)} points a month ${ci(tt.theilSen.interval, 2)}, ` +
    `Mann–Kendall tau ${tt.mannKendall.tau.toFixed(2)}, ${pValue(tt.mannKendall.pValue)} → ${tt.verdict}`,
);

// 4. Did NPS change between the last two complete quarters (UTC)? One comparison, with its verdict.
const quarters = trend(rows, {
  at: (r) => r.at,
  value: (r) => r.nps,
  metric: npsMetric,
  period: 'quarter',
  now: '2026-11-01T00:00:00Z',
});
const complete = quarters.filter((q) => !q.partial);
const [, latest] = periodChanges(complete.slice(-2), { metric: npsMetric });
const change = latest.comparison;
console.log(
  `\n${latest.period} vs ${latest.reference}: NPS ${change.estimate >= 0 ? '+' : ''}${fixed(change.estimate)} points, ` +
    `95 % interval ${ci(change.interval)}, p = ${change.pValue.toFixed(3)} → ${change.verdict}`,
);

// 5. Mix versus rate: how much of the change from the first six months to the last six comes from
// the channel mix shifting, and how much from scores within each channel (the parts add up).
const firstMonths = new Set(months.slice(0, 6).map((m) => m.period));
const lastMonths = new Set(months.slice(-6).map((m) => m.period));
const amsterdamMonth = (r) => periodKey(r.at, { period: 'month', timeZone: 'Europe/Amsterdam' });
const inMonths = (set) => rows.filter((r) => set.has(amsterdamMonth(r)));
const byChannel = (part) =>
  segment(part, { by: (r) => r.channel, value: (r) => r.nps, metric: npsMetric });
const mr = mixRate(byChannel(inMonths(firstMonths)), byChannel(inMonths(lastMonths)));
console.log(
  `\nFirst six months → last six: NPS ${sign(mr.change)}, of which ${sign(mr.mix)} from the channel mix and ${sign(mr.rate)} from scores within channels`,
);

// 6. Themes: which tags detractors mention more than promoters.
const top = themes(rows, { tags: (r) => r.tags, value: (r) => r.nps }).slice(0, 3);
console.log(
  '\nThemes detractors mention most (share of detractors vs of promoters; NPS with / without)',
);
for (const t of top) {
  console.log(
    `  ${pad(t.theme, 18)}${lpad(pct(t.detractorShare), 8)} vs ${lpad(pct(t.promoterShare), 7)};  ${fixed(t.score)} / ${fixed(t.scoreWithout)}`,
  );
}

// 7. Pre-aggregated counts give exactly the same statistics as the raw answers.
const t = tally(rows, npsMetric.scale, { value: (r) => r.nps });
const fromCounts = npsMetric.score(t);
console.log(
  `\nFrom the 11 counts alone (${t.counts.join(', ')}): NPS ${fixed(fromCounts.score)} — identical: ${fromCounts.score === n.score}`,
);
