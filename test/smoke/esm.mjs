// Smoke test of the built package as a user imports it (ESM, through the package's "exports").
import assert from 'node:assert/strict';
import * as lib from 'cx-metrics';

const { nps, npsFromCounts, csat, ces, tally, mergeTallies, npsMetric } = lib;
assert.equal(nps([10, 9, 3]).score, 100 / 3);
assert.deepEqual(npsFromCounts({ promoters: 2, passives: 0, detractors: 1 }), nps([10, 9, 3]));
assert.equal(csat([5, 4, 1]).score, 200 / 3);
assert.equal(ces([7, 5]).score, 6);
const t = mergeTallies([tally([10], npsMetric.scale), tally([0], npsMetric.scale)]);
assert.equal(npsMetric.score(t).score, 0);
assert.throws(() => nps([11]), RangeError);
assert.equal(Object.keys(lib).length > 15, true);
console.log(`ESM smoke test passed (${Object.keys(lib).length} exports)`);
