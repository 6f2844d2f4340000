/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// d3-array 3.2.4: `rollup` by category for NPS and CSAT, `mean` and `count` for CES.
import { count, mean, rollup } from 'd3-array';

const npsCategory = (x) => (x >= 9 ? 'promoter' : x >= 7 ? 'passive' : 'detractor');

function npsFrom(groups) {
  const p = groups.get('promoter') ?? 0;
  const d = groups.get('detractor') ?? 0;
  const total = p + d + (groups.get('passive') ?? 0);
  return total === 0 ? null : (100 * (p - d)) / total;
}

function csatFrom(groups) {
  const top = groups.get(true) ?? 0;
  const total = top + (groups.get(false) ?? 0);
  return total === 0 ? null : (100 * top) / total;
}

const length = (v) => v.length;

/** The NPS of a group of rows (missing answers left out), as a d3 rollup reducer. */
function npsOfRows(group) {
  let p = 0;
  let d = 0;
  let n = 0;
  for (const r of group) {
    const x = r.nps;
    if (x === null) continue;
    n++;
    if (x >= 9) p++;
    else if (x <= 6) d++;
  }
  return n === 0 ? null : (100 * (p - d)) / n;
}

export const targets = {
  'nps-typed': (a) => npsFrom(rollup(a, length, npsCategory)),
  'csat-typed': (a) => csatFrom(rollup(a, length, (x) => x >= 4)),
  'ces-typed': (a) => mean(a) + count(a, (x) => (x >= 5 ? x : null)) / count(a),
  // A missing answer gets its own group (key null), left out of the score.
  'nps-rows': (rows) =>
    npsFrom(rollup(rows, length, (r) => (r.nps === null ? null : npsCategory(r.nps)))),
  'csat-rows': (rows) =>
    csatFrom(rollup(rows, length, (r) => (r.csat === null ? null : r.csat >= 4))),
  'ces-rows': (rows) =>
    mean(rows, (r) => r.ces) +
    count(rows, (r) => (r.ces !== null && r.ces >= 5 ? r.ces : null)) / count(rows, (r) => r.ces),
  segments: (rows) => {
    let sum = 0;
    for (const v of rollup(rows, npsOfRows, (r) => r.segment).values()) sum += v ?? 0;
    return sum;
  },
};
