/**
 * Options of {@link formatScore}, {@link formatShare} and {@link formatInterval}.
 *
 * @category Presentation
 * @since 0.2.0
 */
export interface FormatOptions {
  /**
   * A BCP 47 language tag such as `'nl-NL'` (default `'en-US'`, so that output does not depend
   * on the machine). Pass `navigator.language` or
   * `new Intl.NumberFormat().resolvedOptions().locale` for the runtime's locale.
   */
  readonly locale?: string | undefined;
  /** The maximum number of fraction digits, 0–20 (default 1). */
  readonly digits?: number | undefined;
  /** The minimum number of fraction digits, 0–`digits` (default `digits`: trailing zeros kept). */
  readonly minDigits?: number | undefined;
  /** The text for a `null` value (default `'—'`). */
  readonly placeholder?: string | undefined;
}

/**
 * Options of {@link formatInterval}: those of {@link FormatOptions} plus the separator.
 *
 * @category Presentation
 * @since 0.2.0
 */
export interface IntervalFormatOptions extends FormatOptions {
  /** The text between the limits (default `' – '`, spaced so that decimal commas stay clear). */
  readonly separator?: string | undefined;
}

/**
 * Options of {@link roundShares} and {@link roundNps}.
 *
 * @category Presentation
 * @since 0.2.0
 */
export interface RoundOptions {
  /** The number of decimals, 0–6 (default 1). */
  readonly digits?: number | undefined;
}

/**
 * The rounded numbers of {@link roundNps}: category shares in percent that add up to exactly
 * 100, and the score rounded from its exact value.
 *
 * @category Presentation
 * @since 0.2.0
 */
export interface RoundedNps {
  /** The share of promoters in percent. */
  readonly promoters: number;
  /** The share of passives in percent. */
  readonly passives: number;
  /** The share of detractors in percent. */
  readonly detractors: number;
  /** The NPS rounded from 100 × (promoters − detractors) / total, not from the rounded shares. */
  readonly score: number;
}
