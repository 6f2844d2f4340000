// Smoke test of the built package as a user requires it (CommonJS, through the package's "exports").
const assert = require('node:assert/strict');
const lib = require('cx-metrics');

assert.equal(lib.nps([10, 9, 3]).score, 100 / 3);
assert.equal(lib.csat([5, 4, 1]).score, 200 / 3);
assert.equal(lib.ces([1, 2], lib.CES_5_EFFORT).metric.better, 'lower');
assert.throws(() => lib.nps(['9']), TypeError);
console.log(`CJS smoke test passed (${Object.keys(lib).length} exports)`);
