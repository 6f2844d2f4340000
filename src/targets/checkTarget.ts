import { evaluate, readSettings } from './internal/evaluate.js';
import type { TargetCheck, TargetInput, TargetOptions } from './types.js';

/**
 * Checks a score against a target: `'met'`, `'missed'`, `'inconclusive'` or
 * `'insufficient-data'`, with the value, its interval, the gap and a one-sided p-value.
 *
 * `met` is inclusive: a value equal to the target meets it (≥ when higher is better, ≤ when
 * lower is). `direction` defaults from the result's metric, so a CES effort score with
 * `easier: 'lower'` or a churn proportion with `better: 'lower'` is checked the right way round.
 * Mode `'confident'` (default) says met only when the two-sided interval at `level` lies entirely
 * on the good side of the target (lower limit ≥ target, for higher-is-better), missed only when
 * it lies entirely on the bad side, and inconclusive otherwise; mode `'point'` lets the estimate
 * decide and sets `straddles` when the interval contains the target on both sides. The p-value
 * is one-sided (H₁: the true value meets the target) and comes from the interval's own method —
 * the score test for Wilson and the NPS score interval, z with the interval's standard error for
 * (adjusted) Wald and Agresti–Coull, Student t for CES, the binomial tail for Clopper–Pearson,
 * the beta posterior for Jeffreys, the exact trinomial tail for the exact NPS test and
 * Hoeffding's bound for `'hoeffding'` — so in confident mode `met` ⇔ p ≤ (1 − level)/2.
 * Minimum information: below 30 effective answers the check is exact whatever `method` asks for
 * (Clopper–Pearson for shares; the exact NPS test for unweighted NPS counts, the adjusted Wald
 * for weighted ones; Hoeffding's bound for means), and a method that collapses (Wald at a share
 * of 0 or 1 or on a one-category NPS, t without spread) is replaced by Clopper–Pearson, the
 * adjusted Wald or Hoeffding's bound at any size; `interval.method` names the method used. A
 * zero-width interval never makes a target met. A null score or fewer than `minN` effective
 * answers give `'insufficient-data'`, never `'met'`. Targets are in score units: NPS −100…100
 * (a target strictly between −1 and 1 other than 0 is refused as a slip for 100 times it),
 * CSAT and proportions in percent, CES on its scale, a response rate as a fraction 0…1. The
 * result is read through its own fields only.
 *
 * @param result - A score result (NPS, CSAT, CES, a proportion metric) or a `responseRate` result.
 * @param options - `target` (required), `direction`, `level` (0.95), `mode` (`'confident'`), `method`, `minN` (0).
 * @returns The status with the value, target, direction, gap, interval, pValue, straddles, level, mode and nEffective.
 * @throws RangeError for a target outside the metric's range, a percent target strictly between 0 and 1, an NPS target strictly between −1 and 1 other than 0, a level outside (0, 1), a negative minN, or `method: 'exact'` on weighted or more than 200 answers.
 * @throws TypeError for a missing or non-numeric target, an unknown option, mode or method, `method: 'bootstrap'`, or an input that is not a result.
 * @example
 * ```ts
 * const r = npsFromCounts({ promoters: 60, passives: 25, detractors: 15 }); // NPS 45, n = 100
 * const c = checkTarget(r, { target: 30 });
 * c.status; // => 'inconclusive'
 * // R: the adjusted-Wald interval is 29.343… 58.036…; its one-sided p at 30 is 0.030727…
 * [c.interval.lower?.toFixed(2), c.pValue?.toFixed(4)]; // => ['29.34', '0.0307']
 * checkTarget(r, { target: 30, mode: 'point' }).straddles; // => true
 * checkTarget(r, { target: 30, mode: 'point' }).status; // => 'met'
 * checkTarget(csat([]), { target: 85 }).status; // => 'insufficient-data'
 * // Two answers of 7: t would collapse to [7, 7]; Hoeffding's bound decides instead.
 * const two = checkTarget(ces([7, 7]), { target: 5 });
 * [two.status, two.interval.method]; // => ['inconclusive', 'hoeffding']
 * ```
 * @category Targets
 * @since 0.1.0
 */
export function checkTarget(result: TargetInput, options: TargetOptions): TargetCheck {
  return evaluate('checkTarget', result, readSettings('checkTarget', options));
}
