import { mergeTallies } from '../../core/mergeTallies.js';
import type { Direction, Metric } from '../../core/types.js';
import { excerpt, quote } from '../../internal/excerpt.js';
import { readOptions } from '../../internal/options.js';
import { momentsOf } from '../../stats/internal/moments.js';
import { netVariance } from '../../stats/internal/trinomial.js';
import type { Point } from './changesInput.js';

/**
 * Where a control chart's centre and σ come from: a range of periods (`from` and `to` keys,
 * inclusive; a missing end is open, so `{}` is every period) or explicit values: `centre` in
 * score units and `sigma`, the standard deviation of one answer in score units (e.g.
 * 100·√(p(1 − p)) for CSAT), so that a period with n answers has σ/√n. σ must be at least 1e-9
 * of the score range's width (2e-7 for NPS, 1e-7 for CSAT in percent): a smaller one is refused,
 * as it would put z-scores at ±Infinity.
 *
 * @category Trends
 * @since 0.1.0
 */
export type ChartBaseline =
  | { readonly from?: string | undefined; readonly to?: string | undefined }
  | { readonly centre: number; readonly sigma: number };

/**
 * A signal on a control or EWMA chart: the rule that fired, whether the period lies above
 * (`'high'`) or below (`'low'`) the centre, and whether that is `'better'` or `'worse'` by the
 * metric's `better` direction.
 *
 * @category Trends
 * @since 0.1.0
 */
export interface Signal {
  /** `'beyond-3-sigma'`, `'two-of-three-beyond-2-sigma'`, `'eight-on-one-side'` or `'ewma'`. */
  readonly rule: string;
  /** Above or below the centre. */
  readonly direction: 'high' | 'low';
  /** Above or below, read by the metric's better direction. */
  readonly effect: 'better' | 'worse';
}

/** The smallest σ of one answer is the score range's width divided by this (see readBaseline). */
export const SIGMA_FLOOR = 1e9;

/** A signal for a deviation d from the centre (non-zero). */
export function signal(rule: string, d: number, better: Direction): Signal {
  return {
    rule,
    direction: d > 0 ? 'high' : 'low',
    effect: d > 0 === (better === 'higher') ? 'better' : 'worse',
  };
}

/** Limits centre ± h, clipped to the score range. */
export function limits(metric: Metric, c: number, h: number): { lower: number; upper: number } {
  return { lower: Math.max(metric.range.min, c - h), upper: Math.min(metric.range.max, c + h) };
}

/**
 * Reads a chart's baseline: the centre and the σ of one answer (docs/methodology.md), and the non-empty
 * periods it came from (none for explicit values). CSAT and proportions: σ = 100·√(p̄(1 − p̄)) with
 * p̄ pooled; NPS: σ = 100·√V̄ with V̄ the trinomial variance of the pooled shares; CES: s_pooled,
 * the within-period standard deviation pooled with weights nᵢ − 1 (effective n when weighted).
 */
export function readBaseline(
  fn: string,
  value: unknown,
  points: readonly Point[],
  metric: Metric,
): { centre: number; sigma: number; base: Point[] } {
  const { name, range } = metric;
  if (!['nps', 'csat', 'ces', 'proportion'].includes(name)) {
    throw new TypeError(
      `${fn}: option metric must be an NPS, CSAT, CES or proportion metric, received ${typeof name === 'string' ? quote(name) : excerpt(name)}`,
    );
  }
  if (typeof value !== 'object' || value === null) {
    throw new TypeError(
      `${fn}: option baseline must be { from, to } or { centre, sigma }, received ${excerpt(value)}`,
    );
  }
  const where = `${fn} (baseline)`;
  let base: Point[] = [];
  let { centre, sigma } = readOptions(
    where,
    Object.hasOwn(value, 'from') || Object.hasOwn(value, 'to') ? {} : value,
    ['centre', 'sigma'],
  );
  if (centre === undefined && sigma === undefined) {
    const { from = '', to = '\uffff' } = readOptions(where, value, ['from', 'to']);
    for (const key of [from, to]) {
      if (typeof key !== 'string') {
        throw new TypeError(
          `${fn}: baseline.from and .to must be period keys, received ${excerpt(key)}`,
        );
      }
    }
    base = points.filter(
      (p) => p.x !== null && p.period >= (from as string) && p.period <= (to as string),
    );
    const r = metric.score(
      mergeTallies(
        base.map((p) => p.tally),
        { scale: metric.scale },
      ),
    ) as ReturnType<Metric['score']> & Readonly<Record<string, number>>;
    const x = r.score as number;
    centre = x;
    if (name === 'nps')
      sigma =
        100 *
        Math.sqrt(
          netVariance((r.promoters as number) / r.total, (r.detractors as number) / r.total),
        );
    else if (name === 'ces') {
      let num = 0;
      let den = 0;
      for (const p of base) {
        const m = momentsOf(p.tally);
        num += (m.nEffective - 1) * m.variance;
        den += m.nEffective - 1;
      }
      sigma = Math.sqrt(num / den);
    } else sigma = Math.sqrt(x * (100 - x));
  } else if (typeof centre !== 'number' || !(centre >= range.min && centre <= range.max)) {
    throw new (typeof centre === 'number' ? RangeError : TypeError)(
      `${fn}: baseline.centre must be a number from ${range.min} to ${range.max}, received ${excerpt(centre)}`,
    );
  }
  // σ below a billionth of the score range (a constant baseline's rounding residue, or a typo)
  // would put z-scores and limits at ±Infinity.
  const floor = (range.max - range.min) / SIGMA_FLOOR;
  if (typeof sigma !== 'number' || !(sigma >= floor && sigma < Infinity)) {
    throw new (typeof sigma === 'number' ? RangeError : TypeError)(
      `${fn}: the baseline's sigma must be a positive finite number (answers that vary) of at least ${floor} (1e-9 of the score range), received ${excerpt(sigma)}`,
    );
  }
  // An explicit centre of −0 is 0: results never carry −0 (found by the property sweep).
  return { centre: (centre as number) + 0, sigma, base };
}
