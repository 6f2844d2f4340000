import type { CesScaleOptions } from './ces/types.js';
import type { CsatScaleOptions } from './csat/types.js';
import { deepFreeze } from './internal/freeze.js';

/*
 * The presets are deeply frozen (their `scale` too): `CSAT_5_POINT.topBox = 1` in one module
 * must not change `csat(…, CSAT_5_POINT)` in every other one. Spread one to change a field:
 * `{ ...CSAT_5_POINT, topBox: 1 }`.
 */

/**
 * CSAT on a 1–5 scale with the top two points ("satisfied", "very satisfied") as satisfied over
 * all valid answers, and the bottom two as dissatisfied: the library's default, and the
 * convention Delighted documents (4–5 over all responses); Zendesk's good ÷ (good + bad) with 4–5
 * as good gives the same share. Spread it into options: `csat(answers, CSAT_5_POINT)`,
 * `csatMetric(CSAT_5_POINT)`. See the methodology guide for other platforms. Deeply frozen:
 * spread it to change a field, `{ ...CSAT_5_POINT, topBox: 1 }`.
 *
 * @example
 * ```ts
 * csat([5, 4, 3, 2], CSAT_5_POINT).score; // => 50
 * ```
 * @category Presets
 * @since 0.1.0
 */
export const CSAT_5_POINT: CsatScaleOptions = /* @__PURE__ */ deepFreeze({
  scale: { min: 1, max: 5 },
  topBox: 2,
  bottomBox: 2,
});

/**
 * CES 2.0 (Gartner): "The company made it easy for me to handle my issue" on a 1–7 agreement
 * scale, where higher is easier and 5–7 (somewhat agree to strongly agree) count as easy — the
 * "agree" share Delighted and CustomerGauge report. The library's CES default; the score is the
 * mean, the easy share is `easyShare`.
 *
 * @example
 * ```ts
 * ces([7, 5, 4, 1], CES_7_AGREEMENT).easyShare; // => 0.5
 * ```
 * @category Presets
 * @since 0.1.0
 */
export const CES_7_AGREEMENT: CesScaleOptions = /* @__PURE__ */ deepFreeze({
  scale: { min: 1, max: 7 },
  easier: 'higher',
  easyBox: 3,
});

/**
 * The original CEB effort question ("How much effort did you personally have to put forth to
 * handle your request?") on a 1–5 scale where 1 is very low effort and 5 very high effort: lower
 * is easier, 1–2 count as easy, and `metric.better` is `'lower'`.
 *
 * @example
 * ```ts
 * const r = ces([1, 2, 2, 5], CES_5_EFFORT);
 * r.easyShare; // => 0.75
 * r.metric.better; // => 'lower'
 * ```
 * @category Presets
 * @since 0.1.0
 */
export const CES_5_EFFORT: CesScaleOptions = /* @__PURE__ */ deepFreeze({
  scale: { min: 1, max: 5 },
  easier: 'lower',
  easyBox: 2,
});
