// The dashboard's logic: scores the sample data with the built library and draws it with
// Observable Plot (the global `Plot`, see index.html). When everything is on the page,
// <body data-state="ready">; on a failure, data-state="error" and the message is shown.
import {
  ces,
  compareSegments,
  csat,
  nps,
  npsMetric,
  segment,
  trend,
  withInterval,
} from '../../dist/index.js';

// The library never rounds: rounding happens here, for display only.
const fixed = (x, digits = 1) => (x === null ? '—' : x.toFixed(digits));
const interval = (i, digits = 1) => `[${fixed(i.lower, digits)}, ${fixed(i.upper, digits)}]`;
const sign = (x) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${x.toFixed(1)}`);
const byId = (id) => document.querySelector(`[data-testid="${id}"]`);
const cell = (text, testid) => {
  const td = document.createElement('td');
  td.textContent = text;
  if (testid) td.dataset.testid = testid;
  return td;
};

async function main() {
  const response = await fetch('../data/responses.json');
  if (!response.ok) throw new Error(`responses.json: HTTP ${response.status}`);
  const rows = await response.json();
  byId('summary').textContent =
    `${rows.length} responses from ${rows[0].at.slice(0, 10)} to ${rows.at(-1).at.slice(0, 10)}`;

  // 1. Headline scores with their 95 % intervals.
  const headline = {
    nps: [withInterval(nps(rows, (r) => r.nps)), 1],
    csat: [withInterval(csat(rows, (r) => r.csat)), 1],
    ces: [withInterval(ces(rows, (r) => r.ces)), 2],
  };
  for (const [name, [result, digits]] of Object.entries(headline)) {
    byId(`${name}-score`).textContent = fixed(result.score, digits);
    byId(`${name}-interval`).textContent = interval(result.interval, digits);
    byId(`${name}-n`).textContent = String(result.n);
  }

  // 2. NPS by channel: each channel against the rest of the responses, Holm-adjusted.
  const channels = segment(rows, { by: (r) => r.channel, value: (r) => r.nps, metric: npsMetric });
  const tests = compareSegments(channels, npsMetric);
  const channelData = channels.segments.map((g, i) => {
    const r = withInterval(g.result);
    const t = tests.segments[i];
    const tr = document.createElement('tr');
    tr.dataset.testid = 'channel';
    tr.dataset.key = String(g.key);
    tr.append(
      cell(String(g.key)),
      cell(String(r.n), 'n'),
      cell(fixed(r.score), 'score'),
      cell(interval(r.interval), 'interval'),
      cell(sign(t.comparison.estimate), 'difference'),
      cell(t.pAdjusted === null ? '—' : t.pAdjusted.toFixed(3), 'p'),
      cell(t.verdict, 'verdict'),
    );
    byId('channels').append(tr);
    return {
      channel: String(g.key),
      score: r.score,
      lower: r.interval.lower,
      upper: r.interval.upper,
    };
  });
  byId('chart-channels').append(
    Plot.plot({
      marginLeft: 60,
      x: { label: 'NPS', grid: true },
      y: { label: null },
      marks: [
        Plot.ruleY(channelData, {
          y: 'channel',
          x1: 'lower',
          x2: 'upper',
          stroke: '#999',
          strokeWidth: 3,
        }),
        Plot.dot(channelData, { y: 'channel', x: 'score', fill: 'steelblue', r: 5 }),
        Plot.ruleX([headline.nps[0].score], { stroke: '#c33', strokeDasharray: '4 3' }),
      ],
    }),
  );

  // 3. Monthly NPS in Europe/Amsterdam. A fixed `now` keeps the page reproducible: the month it
  // falls in is partial, listed in the table but left out of the chart.
  const months = trend(rows, {
    at: (r) => r.at,
    value: (r) => r.nps,
    metric: npsMetric,
    period: 'month',
    timeZone: 'Europe/Amsterdam',
    now: '2026-11-23T12:00:00Z',
  });
  const monthData = months.map((m) => {
    const r = withInterval(m.result);
    const tr = document.createElement('tr');
    tr.dataset.testid = 'month';
    tr.dataset.period = m.period;
    tr.append(
      cell(m.partial ? `${m.period} (partial)` : m.period),
      cell(String(r.n), 'n'),
      cell(fixed(r.score), 'score'),
      cell(interval(r.interval), 'interval'),
    );
    byId('months').append(tr);
    return {
      month: new Date(`${m.period}-01T00:00:00Z`),
      score: r.score,
      lower: r.interval.lower,
      upper: r.interval.upper,
      partial: m.partial,
    };
  });
  const complete = monthData.filter((d) => !d.partial);
  byId('chart-months').append(
    Plot.plot({
      x: { label: null, type: 'utc' },
      y: { label: 'NPS', grid: true },
      marks: [
        Plot.areaY(complete, {
          x: 'month',
          y1: 'lower',
          y2: 'upper',
          fill: 'steelblue',
          fillOpacity: 0.15,
        }),
        Plot.lineY(complete, { x: 'month', y: 'score', stroke: 'steelblue' }),
        Plot.dot(complete, { x: 'month', y: 'score', fill: 'steelblue' }),
      ],
    }),
  );
}

main().then(
  () => {
    document.body.dataset.state = 'ready';
  },
  (error) => {
    byId('error').textContent = String(error?.stack ?? error);
    document.body.dataset.state = 'error';
  },
);
