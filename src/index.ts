// Named re-exports only, grouped by family (docs/contributing.md).

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
// Reliability: a non-throwing front door for untrusted payloads
export type {
  AnswerIssue,
  AnswersValidation,
  ValidateAnswersOptions,
} from './core/validateAnswers.js';
export { validateAnswers } from './core/validateAnswers.js';
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
// Presentation
export { formatInterval } from './present/formatInterval.js';
export { formatScore } from './present/formatScore.js';
export { formatShare } from './present/formatShare.js';
export { roundNps } from './present/roundNps.js';
export { roundShares } from './present/roundShares.js';
export type {
  FormatOptions,
  IntervalFormatOptions,
  RoundedNps,
  RoundOptions,
} from './present/types.js';
// Presets
export { CES_5_EFFORT, CES_7_AGREEMENT, CSAT_5_POINT } from './presets.js';
// Binary outcomes
export type {
  ProportionDescriptor,
  ProportionMetricOptions,
  ProportionResult,
} from './proportion/proportionMetric.js';
export { proportionMetric } from './proportion/proportionMetric.js';
// Segments
export type { CompareSegmentsOptions, SegmentTests } from './segments/compareSegments.js';
export { compareSegments } from './segments/compareSegments.js';
export type { AdjustedComparison } from './segments/internal/shared.js';
export type { LoyaltyOutcomes, LoyaltyOutcomesOptions } from './segments/loyaltyOutcomes.js';
export { loyaltyOutcomes } from './segments/loyaltyOutcomes.js';
export type { MixRate, MixRateSegment } from './segments/mixRate.js';
export { mixRate } from './segments/mixRate.js';
export { segment } from './segments/segment.js';
export { segmentAsync } from './segments/segmentAsync.js';
export type { SegmentContribution } from './segments/segmentContribution.js';
export { segmentContribution } from './segments/segmentContribution.js';
export type { SortSegmentsOptions } from './segments/sortSegments.js';
export { sortSegments } from './segments/sortSegments.js';
export type { Theme, ThemesOptions } from './segments/themes.js';
export { themes } from './segments/themes.js';
export type {
  KeyAccessor,
  KeyPart,
  Segment,
  Segmentation,
  SegmentKey,
  SegmentOptions,
} from './segments/types.js';
export type { AdjustMethod } from './stats/adjustPValues.js';
export { adjustPValues } from './stats/adjustPValues.js';
export { compareDistributions } from './stats/compareDistributions.js';
export { compareGroups } from './stats/compareGroups.js';
export { compareMeans } from './stats/compareMeans.js';
// Statistics: comparisons and multiple testing
export type { CompareNpsMethod, CompareNpsOptions, CompareOptions } from './stats/compareNps.js';
export { compareNps } from './stats/compareNps.js';
export type { PairedNpsComparison, PairedOptions } from './stats/comparePairedNps.js';
export { comparePairedNps } from './stats/comparePairedNps.js';
export type { ProportionSample } from './stats/compareProportions.js';
export { compareProportions } from './stats/compareProportions.js';
export type { DistributionTest } from './stats/internal/chiSquare.js';
export type { ScoreIntervalOptions } from './stats/internal/scoreInterval.js';
export type { NetMethod } from './stats/internal/trinomial.js';
export type { MeanIntervalOptions } from './stats/meanInterval.js';
export { meanInterval } from './stats/meanInterval.js';
export { netInterval } from './stats/netInterval.js';
export type { NetIntervalOptions } from './stats/npsInterval.js';
export { npsInterval } from './stats/npsInterval.js';
export type { NpsPlanOptions } from './stats/planning/npsMarginOfError.js';
export { npsMarginOfError } from './stats/planning/npsMarginOfError.js';
export { npsSampleSize } from './stats/planning/npsSampleSize.js';
export type { NpsShares } from './stats/planning/npsSampleSizePerGroup.js';
export { npsSampleSizePerGroup } from './stats/planning/npsSampleSizePerGroup.js';
// Planning
export type { ProportionPlanOptions } from './stats/planning/proportionMarginOfError.js';
export { proportionMarginOfError } from './stats/planning/proportionMarginOfError.js';
export { proportionSampleSize } from './stats/planning/proportionSampleSize.js';
export type { PowerOptions } from './stats/planning/proportionSampleSizePerGroup.js';
export { proportionSampleSizePerGroup } from './stats/planning/proportionSampleSizePerGroup.js';
export type { ProportionIntervalOptions, ProportionMethod } from './stats/proportionInterval.js';
export { proportionInterval } from './stats/proportionInterval.js';
export type { ResponseRate } from './stats/responseRate.js';
export { responseRate } from './stats/responseRate.js';
// Statistics: intervals
export type { Comparison, Interval, Verdict } from './stats/types.js';
export { withInterval } from './stats/withInterval.js';
// Targets
export { checkTarget } from './targets/checkTarget.js';
export { checkTargets } from './targets/checkTargets.js';
export { targetAlerts } from './targets/targetAlerts.js';
export { targetBand } from './targets/targetBand.js';
export type {
  TargetAlert,
  TargetAlertOptions,
  TargetAlertRow,
  TargetBand,
  TargetBandOptions,
  TargetBatch,
  TargetCheck,
  TargetInput,
  TargetItem,
  TargetMode,
  TargetOptions,
  TargetPeriod,
  TargetRow,
  TargetStatus,
  TargetSummary,
} from './targets/types.js';
export type {
  ControlChart,
  ControlChartOptions,
  ControlPoint,
  ControlRule,
} from './trends/controlChart.js';
export { controlChart } from './trends/controlChart.js';
export type { EwmaChart, EwmaChartOptions, EwmaPoint } from './trends/ewmaChart.js';
export { ewmaChart } from './trends/ewmaChart.js';
export type { PeriodTally } from './trends/internal/changesInput.js';
export type { ChartBaseline, Signal } from './trends/internal/controlChartBaseline.js';
// Trends: periods in a time zone, rolling windows, changes, trend tests, control and EWMA charts
export { periodBounds } from './trends/periodBounds.js';
export type { PeriodChange, PeriodChangesOptions } from './trends/periodChanges.js';
export { periodChanges } from './trends/periodChanges.js';
export { periodKey } from './trends/periodKey.js';
export type { RollingOptions, RollingPeriod } from './trends/rolling.js';
export { rolling } from './trends/rolling.js';
export type { TidyRow } from './trends/tidy.js';
export { tidy } from './trends/tidy.js';
export { trend } from './trends/trend.js';
export { trendAsync } from './trends/trendAsync.js';
export type { LineFit, TrendTest, TrendTestOptions } from './trends/trendTest.js';
export { trendTest } from './trends/trendTest.js';
export type {
  Instant,
  PeriodBounds,
  PeriodKeyOptions,
  PeriodOptions,
  PeriodType,
  TrendOptions,
  TrendPeriod,
} from './trends/types.js';
