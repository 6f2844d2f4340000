/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// arquero 7.2.1 (8.x does not install from this registry): `groupby` + `rollup` counts per point,
// then the score from the (at most 11) groups; a `rollup` of mean and easy count for CES. Row
// objects are first loaded with `from(rows, [column])`, which is part of what a user pays.
import { from, op, table } from 'arquero';

function countsOf(t, column) {
  const g = t.groupby(column).rollup({ n: op.count() });
  return { points: g.array(column), n: g.array('n') };
}

function nps({ points, n }) {
  let p = 0;
  let d = 0;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points[i];
    if (x === null) continue;
    total += n[i];
    if (x >= 9) p += n[i];
    else if (x <= 6) d += n[i];
  }
  return total === 0 ? null : (100 * (p - d)) / total;
}

function csat({ points, n }) {
  let top = 0;
  let total = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points[i];
    if (x === null) continue;
    total += n[i];
    if (x >= 4) top += n[i];
  }
  return total === 0 ? null : (100 * top) / total;
}

function ces(t, column) {
  const r = t.rollup({
    mean: op.mean(column),
    valid: op.valid(column),
    easy: `d => op.sum(d.${column} >= 5)`,
  });
  return r.get('mean', 0) + r.get('easy', 0) / r.get('valid', 0);
}

export const targets = {
  'nps-typed': (a) => nps(countsOf(table({ x: a }), 'x')),
  'csat-typed': (a) => csat(countsOf(table({ x: a }), 'x')),
  'ces-typed': (a) => ces(table({ x: a }), 'x'),
  'nps-rows': (rows) => nps(countsOf(from(rows, ['nps']), 'nps')),
  'csat-rows': (rows) => csat(countsOf(from(rows, ['csat']), 'csat')),
  'ces-rows': (rows) => ces(from(rows, ['ces']), 'ces'),
  // derive a −1/0/1 NPS contribution per row, then groupby + rollup its mean per segment.
  segments: (rows) => {
    const g = from(rows, ['segment', 'nps'])
      .derive({ s: 'd => d.nps === null ? null : d.nps >= 9 ? 1 : d.nps <= 6 ? -1 : 0' })
      .groupby('segment')
      .rollup({ nps: 'd => 100 * op.mean(d.s)' });
    let sum = 0;
    for (const v of g.array('nps')) sum += v;
    return sum;
  },
};
