/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// For contrast with mergeTallies' floor (targets/hand.mjs, which validates like the library): the
// bare loop that adds the count arrays (and n, skipped, invalid) and checks nothing.

function merge(tallies) {
  const counts = new Float64Array(11);
  let n = 0;
  let skipped = 0;
  let invalid = 0;
  for (const t of tallies) {
    const c = t.counts;
    for (let k = 0; k < 11; k++) counts[k] += c[k];
    n += t.n;
    skipped += t.skipped;
    invalid += t.invalid;
  }
  let total = 0;
  for (let k = 0; k < 11; k++) total += counts[k];
  return total + skipped + 0 * (n + invalid);
}

export const targets = { merge };
