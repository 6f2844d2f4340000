/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// cx-metrics as a user imports it: the package name resolves (self-reference through
// package.json "exports") to the built dist/index.js.
import { ces, csat, mergeTallies, nps, npsMetric, segment, trend } from 'cx-metrics';

/** Monthly NPS over `{ at, nps }` rows in a zone; returns the answers bucketed (zone-independent). */
export function trendIn(rows, timeZone) {
  const periods = trend(rows, {
    at: (r) => r.at,
    value: (r) => r.nps,
    metric: npsMetric,
    period: 'month',
    timeZone,
    now: 0,
  });
  let n = 0;
  for (const p of periods) n += p.result.n;
  return n;
}

/** Each target returns the headline numbers as one checked value (see ../README.md). */
export const targets = {
  'nps-typed': (a) => nps(a).score,
  'csat-typed': (a) => csat(a).score,
  'ces-typed': (a) => {
    const r = ces(a);
    return r.score + r.easyShare;
  },
  'nps-rows': (rows) => nps(rows, (r) => r.nps).score,
  'csat-rows': (rows) => csat(rows, (r) => r.csat).score,
  'ces-rows': (rows) => {
    const r = ces(rows, (row) => row.ces);
    return r.score + r.easyShare;
  },
  merge: (tallies) => {
    const t = mergeTallies(tallies);
    return t.total + t.skipped;
  },
  segments: (rows) => {
    const s = segment(rows, { by: (r) => r.segment, value: (r) => r.nps, metric: npsMetric });
    let sum = 0;
    for (const g of s.segments) sum += g.result.score ?? 0;
    return sum;
  },
  'trend-zone': (rows) => trendIn(rows, 'Europe/Amsterdam'),
};
