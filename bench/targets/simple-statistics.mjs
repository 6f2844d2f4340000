/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JavaScript that Node 20
   runs as is: parameters cannot carry type annotations. */
// simple-statistics: `mean` for CES (its easy share by filter, as there is no count-if).
import { mean } from 'simple-statistics';

function ces(xs) {
  return mean(xs) + xs.filter((x) => x >= 5).length / xs.length;
}

export const targets = {
  'ces-typed': ces,
  'ces-rows': (rows) => ces(rows.map((r) => r.ces).filter((x) => x !== null)),
};
