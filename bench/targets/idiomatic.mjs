/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// Idiomatic JavaScript: `filter(...).length` per category (a `reduce` for a mean). Like the other
// peers it does not validate: off-scale or non-number answers would be miscounted silently.

const present = (x) => x !== null && x !== undefined;

function nps(xs) {
  const promoters = xs.filter((x) => x >= 9).length;
  const detractors = xs.filter((x) => x <= 6).length;
  return xs.length === 0 ? null : (100 * (promoters - detractors)) / xs.length;
}

function csat(xs) {
  return xs.length === 0 ? null : (100 * xs.filter((x) => x >= 4).length) / xs.length;
}

function ces(xs) {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return mean + xs.filter((x) => x >= 5).length / xs.length;
}

export const targets = {
  'nps-typed': nps,
  'csat-typed': csat,
  'ces-typed': ces,
  // Missing answers must go first: `null <= 6` is true in JavaScript.
  'nps-rows': (rows) => nps(rows.map((r) => r.nps).filter(present)),
  'csat-rows': (rows) => csat(rows.map((r) => r.csat).filter(present)),
  'ces-rows': (rows) => ces(rows.map((r) => r.ces).filter(present)),
  merge: (tallies) => {
    const counts = tallies.reduce(
      (acc, t) => acc.map((x, k) => x + t.counts[k]),
      new Array(11).fill(0),
    );
    const skipped = tallies.reduce((s, t) => s + t.skipped, 0);
    return counts.reduce((s, x) => s + x, 0) + skipped;
  },
};
