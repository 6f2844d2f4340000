import type { Direction, ScoreResult } from '../core/types.js';
import type { ResponseRate } from '../stats/responseRate.js';
import type { Interval } from '../stats/types.js';

/**
 * What a target check can check: any score result (NPS, CSAT, CES, a binary outcome) or a
 * {@link responseRate} result (its `rate` is a fraction, 0…1, so its target is too).
 *
 * @category Targets
 * @since 0.1.0
 */
export type TargetInput = ScoreResult | ResponseRate;

/**
 * The answer of a target check: `'met'`, `'missed'`, `'inconclusive'` (mode `'confident'` only:
 * the interval straddles the target) or `'insufficient-data'` (no score, or fewer than `minN`
 * effective answers).
 *
 * @category Targets
 * @since 0.1.0
 */
export type TargetStatus = 'met' | 'missed' | 'inconclusive' | 'insufficient-data';

/**
 * How a target check decides: `'confident'` (met or missed only when the two-sided interval
 * clears the target, otherwise inconclusive) or `'point'` (the estimate decides; `straddles`
 * flags an interval that contains the target).
 *
 * @category Targets
 * @since 0.1.0
 */
export type TargetMode = 'confident' | 'point';

/**
 * Options of {@link checkTarget}, {@link checkTargets} and {@link targetAlerts}.
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetOptions {
  /** The target in score units: NPS −100…100, CSAT and proportions in percent, CES on its scale, a response rate 0…1. */
  readonly target: number;
  /** Which side of the target is good; default the metric's `better` (`'higher'` for a response rate). */
  readonly direction?: Direction | undefined;
  /** The confidence level of the two-sided interval, in (0, 1); default 0.95. */
  readonly level?: number | undefined;
  /** `'confident'` (default) or `'point'`. */
  readonly mode?: TargetMode | undefined;
  /**
   * The interval method (as `withInterval`; the metric's default when left out). `'bootstrap'` is
   * not supported. Below 30 effective answers, and for a method that collapses, an exact or
   * non-collapsing method decides instead; the check's `interval.method` names it.
   */
  readonly method?: string | undefined;
  /** The smallest effective sample size that is judged; default 0 (only "no interval" is insufficient). */
  readonly minN?: number | undefined;
}

/**
 * The result of a target check. `gap` is signed so that it is ≥ 0 exactly when the estimate meets
 * the target (value − target when higher is better, target − value when lower is). `pValue` is
 * the one-sided p-value of the test against the target in the better direction (small: the
 * target is met), from the interval's own method; in mode `'confident'`, `met` ⇔ pValue ≤
 * (1 − level)/2. `straddles` is true when the interval does not clear the target either way.
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetCheck {
  /** The status. */
  readonly status: TargetStatus;
  /** The score (a response rate's `rate`), or `null`. */
  readonly value: number | null;
  /** The target. */
  readonly target: number;
  /** Which side of the target is good. */
  readonly direction: Direction;
  /** How far the value is on the good side of the target (negative: short of it), or `null`. */
  readonly gap: number | null;
  /** The two-sided interval of the value at `level`, by the method that decided (see `TargetOptions.method`). */
  readonly interval: Interval;
  /** The one-sided p-value against the target (H₁: the true value meets it), or `null`. */
  readonly pValue: number | null;
  /** Whether the interval straddles the target (confident mode would say inconclusive), or `null`. */
  readonly straddles: boolean | null;
  /** The confidence level. */
  readonly level: number;
  /** The mode that decided the status. */
  readonly mode: TargetMode;
  /** The effective sample size the check rests on. */
  readonly nEffective: number;
}

/**
 * One item of {@link checkTargets}: a result plus any labels (segment, period, channel…), which
 * are carried into its row.
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetItem {
  /** The result to check. */
  readonly result: TargetInput;
}

/**
 * A row of {@link checkTargets}: the item's labels (every key but `result`) and its check.
 *
 * @typeParam T - The item type.
 * @category Targets
 * @since 0.1.0
 */
export type TargetRow<T extends TargetItem> = Omit<T, 'result'> & TargetCheck;

/**
 * How many checks ended in each status.
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetSummary {
  /** Checks that met the target. */
  readonly met: number;
  /** Checks that missed it. */
  readonly missed: number;
  /** Checks whose interval straddles it (mode `'confident'`). */
  readonly inconclusive: number;
  /** Checks without enough data. */
  readonly insufficientData: number;
  /** All checks. */
  readonly total: number;
}

/**
 * The answer of {@link checkTargets}: one tidy row per item, in input order, and a summary.
 *
 * @typeParam T - The item type.
 * @category Targets
 * @since 0.1.0
 */
export interface TargetBatch<T extends TargetItem> {
  /** One row per item. */
  readonly rows: TargetRow<T>[];
  /** Counts per status. */
  readonly summary: TargetSummary;
}

/**
 * Options of {@link targetBand}: thresholds from the worst band to the best and one name per band.
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetBandOptions {
  /**
   * Thresholds in the order of getting better: strictly increasing when higher is better (NPS
   * `[0, 30]`), strictly decreasing when lower is (CES effort `[3, 2]`). Each is inclusive: a
   * value equal to a threshold reaches the better band.
   */
  readonly thresholds: readonly number[];
  /** Band names from worst to best, one more than thresholds, e.g. `['red', 'amber', 'green']`. */
  readonly names: readonly string[];
  /** Which side is better; default the result's metric (`'higher'` for a bare number). */
  readonly direction?: Direction | undefined;
}

/**
 * The band a value falls in. `status` is `'insufficient-data'` (and `band`, `index` are `null`)
 * when there is no value.
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetBand {
  /** `'banded'`, or `'insufficient-data'` when the score is `null`. */
  readonly status: 'banded' | 'insufficient-data';
  /** The band's name, or `null`. */
  readonly band: string | null;
  /** The band's index from 0 (worst), = the number of thresholds reached, or `null`. */
  readonly index: number | null;
  /** The value that was banded, or `null`. */
  readonly value: number | null;
  /** Which side is better. */
  readonly direction: Direction;
}

/**
 * One period of a trend for {@link targetAlerts}: a chronologically sortable key and a result
 * (the rows of a trend fit as they are; other fields are ignored).
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetPeriod {
  /** The period key, e.g. `'2025-03'`; keys must increase. */
  readonly period: string;
  /** The period's result. */
  readonly result: TargetInput;
  /** Whether the period is unfinished. */
  readonly partial?: boolean | undefined;
}

/**
 * The alerts a period can raise: `'sustained-miss'` (the miss streak has reached `periods`),
 * `'newly-missed'` (missed, and the last decided period was met) and `'recovered'` (met, and the
 * last decided period was missed).
 *
 * @category Targets
 * @since 0.1.0
 */
export type TargetAlert = 'sustained-miss' | 'newly-missed' | 'recovered';

/**
 * Options of {@link targetAlerts}: the target options plus the streak length.
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetAlertOptions extends TargetOptions {
  /** How many missed periods in a row make a sustained miss; default 3. */
  readonly periods?: number | undefined;
}

/**
 * One period's check in {@link targetAlerts}, with its miss streak and alerts.
 *
 * @category Targets
 * @since 0.1.0
 */
export interface TargetAlertRow extends TargetCheck {
  /** The period key. */
  readonly period: string;
  /** Whether the period is unfinished (its alerts may still change). */
  readonly partial: boolean;
  /** Missed periods in a row up to this one (insufficient-data periods skipped, inconclusive ones reset it). */
  readonly missStreak: number;
  /** The alerts this period raises, possibly none. */
  readonly alerts: TargetAlert[];
}
