// Named re-exports only, grouped by family (DESIGN §8).

// CES
export { ces } from './ces/ces.js';
export { cesMetric } from './ces/cesMetric.js';
export type { CesDescriptor, CesOptions, CesResult, CesScaleOptions } from './ces/types.js';
// Core: scales, tallies, the input policy, metrics
export type { Accumulator } from './core/createAccumulator.js';
export { createAccumulator } from './core/createAccumulator.js';
export type { MergeTalliesOptions } from './core/mergeTallies.js';
export { mergeTallies } from './core/mergeTallies.js';
export type { TallyOptions } from './core/tally.js';
export { tally } from './core/tally.js';
export { tallyAsync } from './core/tallyAsync.js';
export type { TallyFromCountsOptions } from './core/tallyFromCounts.js';
export { tallyFromCounts } from './core/tallyFromCounts.js';
export type {
  Accessor,
  AnswerOptions,
  Answers,
  Direction,
  Metric,
  MetricDescriptor,
  Rows,
  Scale,
  ScoreRange,
  ScoreResult,
  Tally,
  Weights,
} from './core/types.js';
export { validateTally } from './core/validateTally.js';
// CSAT
export { csat } from './csat/csat.js';
export { csatMetric } from './csat/csatMetric.js';
export type { CsatDescriptor, CsatOptions, CsatResult, CsatScaleOptions } from './csat/types.js';
// NPS
export { nps } from './nps/nps.js';
export type { NpsCategory } from './nps/npsCategory.js';
export { npsCategory } from './nps/npsCategory.js';
export type { NpsCounts } from './nps/npsFromCounts.js';
export { npsFromCounts } from './nps/npsFromCounts.js';
export { npsMetric } from './nps/npsMetric.js';
export type { NpsDescriptor, NpsResult } from './nps/types.js';
// Presets
export { CES_5_EFFORT, CES_7_AGREEMENT, CSAT_5_POINT } from './presets.js';
// Binary outcomes
export type {
  ProportionDescriptor,
  ProportionMetricOptions,
  ProportionResult,
} from './proportion/proportionMetric.js';
export { proportionMetric } from './proportion/proportionMetric.js';
