import { describe } from '../core/describe.js';
import { nonNegative, oneOf, readOptions } from '../core/options.js';
import type { Direction, ScoreRange, ScoreResult } from '../core/types.js';
import { betaCdf } from '../stats/distributions/beta.js';
import { normalSf } from '../stats/distributions/normal.js';
import { tSf } from '../stats/distributions/studentT.js';
import { tallyOfResult } from '../stats/meanInterval.js';
import { momentsOf } from '../stats/moments.js';
import { PROPORTION_METHODS, proportionLimits } from '../stats/proportionInterval.js';
import type { ResponseRate } from '../stats/responseRate.js';
import { scoreInterval } from '../stats/scoreInterval.js';
import { checkLevel, noInterval, zFor } from '../stats/shared.js';
import { constrainedShare, netVariance, trinomialFrom } from '../stats/trinomial.js';
import type { Interval } from '../stats/types.js';
import type { TargetCheck, TargetMode } from './types.js';

/** Target options after validation (the target itself is checked against the result's range). */
export interface Settings {
  readonly target: unknown;
  readonly direction: Direction | undefined;
  readonly level: number;
  readonly mode: TargetMode;
  readonly method: unknown;
  readonly minN: number;
}

/** The two directions, the default first. */
export const DIRECTIONS: readonly [Direction, Direction] = ['higher', 'lower'];

/** Reads the target options (plus `extra` keys, returned raw in `rest`). */
export function readSettings(
  fn: string,
  options: unknown,
  extra: readonly string[] = [],
): Settings & { readonly rest: Partial<Record<string, unknown>> } {
  const o = readOptions(fn, options, [
    'target',
    'direction',
    'level',
    'mode',
    'method',
    'minN',
    ...extra,
  ]);
  if (o.method === 'bootstrap') {
    throw new TypeError(`${fn}: method 'bootstrap' has no one-sided p-value`);
  }
  return {
    target: o.target,
    direction:
      o.direction === undefined ? undefined : oneOf(fn, 'direction', o.direction, DIRECTIONS),
    level: checkLevel(fn, o.level),
    mode: oneOf(fn, 'mode', o.mode, ['confident', 'point']),
    method: o.method,
    minN: o.minN === undefined ? 0 : nonNegative(fn, 'option minN', o.minN),
    rest: o,
  };
}

/** The range, default direction and name of what a result measures. */
export function subjectOf(
  fn: string,
  input: unknown,
): { range: ScoreRange; better: Direction; name: string; rate: boolean } {
  if (typeof input === 'object' && input !== null) {
    if ('invited' in input)
      return { range: { min: 0, max: 1 }, better: 'higher', name: 'rate', rate: true };
    const m = (input as { metric?: unknown }).metric as ScoreResult['metric'] | null | undefined;
    if (typeof m === 'object' && m !== null) return { ...m, rate: false };
  }
  throw new TypeError(`${fn}: expected a result, received ${describe(input)}`);
}

/**
 * Checks a target or threshold: a finite number in the range, and for percent metrics not a
 * fraction strictly between 0 and 1 (`0.85` meant as 85 %).
 */
export function checkGoal(
  fn: string,
  what: string,
  value: unknown,
  s: { readonly range: ScoreRange; readonly name: string },
): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${what} must be a number, received ${describe(value)}`);
  }
  const { min, max } = s.range;
  if (!(value >= min && value <= max)) {
    throw new RangeError(
      `${fn}: ${what} must lie from ${min} to ${max}, received ${describe(value)}`,
    );
  }
  const pct = +(value * 100).toPrecision(12);
  if ((s.name === 'csat' || s.name === 'proportion') && value > 0 && value < 1) {
    throw new RangeError(
      `${fn}: ${what} is in percent, received ${value} (did you mean ${pct} for ${pct} %?)`,
    );
  }
  return value + 0;
}

/**
 * The one-sided p-values [above, below] at t from a centre, a standard error and an upper-tail
 * function: `above` ≤ α/2 exactly when the lower limit centre − q·se is ≥ t, `below` ≤ α/2 when
 * the upper limit is ≤ t. A zero standard error (a one-point interval) decides by the sign alone.
 */
function tails(d: number, se: number, sf: (z: number) => number = normalSf): [number, number] {
  return se > 0 ? [sf(d / se), sf(-d / se)] : [d >= 0 ? 0 : 1, d <= 0 ? 0 : 1];
}

/** The one-sided p-values [above, below] at g for a share p of n (the proportion methods). */
function shareTails(
  p: number,
  n: number,
  g: number,
  method: string,
  level: number,
): [number, number] {
  const x = p * n;
  if (method === 'wilson') return tails(p - g, Math.sqrt((g * (1 - g)) / n) || +(p === g));
  // Beta limits: Clopper–Pearson (s = 0) and Jeffreys (s = ½); a limit at a boundary is fixed there.
  const s = method === 'jeffreys' ? 0.5 : 0;
  if (s || method === 'clopper-pearson') {
    return [
      x === 0 ? 1 : betaCdf(g, x + s, n - x + 1 - s),
      x === n ? 1 : betaCdf(1 - g, n - x + s, x + 1 - s),
    ];
  }
  // Wald, and Agresti–Coull (z²/2 successes and failures added, then Wald).
  const z2 = method === 'wald' ? 0 : zFor(level) ** 2;
  const q = (x + z2 / 2) / (n + z2);
  return tails(q - g, Math.sqrt((q * (1 - q)) / (n + z2)));
}

/** The one-sided p-values [above, below] at the target, by the method of the result's interval. */
function resultTails(
  fn: string,
  r: ScoreResult & Partial<Record<string, unknown>>,
  method: string,
  level: number,
  target: number,
): [number, number] {
  const name = r.metric.name;
  if (name === 'ces') {
    const m = momentsOf(tallyOfResult(fn, r));
    const df = m.nEffective - 1;
    return tails(m.mean - target, Math.sqrt(m.variance / m.nEffective), (z) => tSf(z, df));
  }
  const t = target / 100;
  if (name !== 'nps') {
    const part = (name === 'csat' ? r.satisfied : r.successes) as number;
    return shareTails(part / r.total, r.nEffective, t, method, level);
  }
  const s = trinomialFrom(fn, r, 'promoters', 'detractors', 'passives');
  const n = s.nEffective;
  const p = s.positive / s.total;
  const d = s.negative / s.total;
  if (method === 'score') {
    // The score test of Δ = t with the constrained ML variance: the test the interval inverts.
    const q = constrainedShare(p * n, Math.max(0, n - p * n - d * n), d * n, t);
    return tails(p - d - t, Math.sqrt(Math.max(0, 2 * q - t - t * t) / n) || +(p - d === t));
  }
  // Wald, or adjusted Wald (Rocks 2016): 0.75 promoters, 1.5 passives, 0.75 detractors added.
  const m = n + (method === 'wald' ? 0 : 3);
  const pa = (p * n + (m - n) / 4) / m;
  const da = (d * n + (m - n) / 4) / m;
  return tails(pa - da - t, Math.sqrt(netVariance(pa, da) / m));
}

/** Checks one result against a target (the work of checkTarget, checkTargets, targetAlerts). */
export function evaluate(fn: string, input: unknown, o: Settings): TargetCheck {
  const s = subjectOf(fn, input);
  const target = checkGoal(fn, 'option target', o.target, s);
  const direction = o.direction ?? s.better;
  const { level, mode } = o;
  let value: number | null;
  let nEffective: number;
  let interval: Interval;
  let pair: () => [number, number];
  if (s.rate) {
    const r = input as ResponseRate;
    const n = nonNegative(fn, "the result's invited", r.invited);
    const x = nonNegative(fn, "the result's responses", r.responses);
    if (x > n) throw new RangeError(`${fn}: responses exceed invited`);
    const method = oneOf(fn, 'method', o.method, PROPORTION_METHODS);
    interval = n === 0 ? noInterval(level, method) : proportionLimits(x, n, level, method);
    value = n === 0 ? null : x / n;
    nEffective = n;
    pair = () => shareTails(x / n, n, target, method, level);
  } else {
    const r = input as ScoreResult & Partial<Record<string, unknown>>;
    interval = scoreInterval(fn, r, { level, method: o.method as string | undefined });
    value = r.score === null ? null : r.score + 0;
    nEffective = r.nEffective;
    pair = () => resultTails(fn, r, interval.method, level, target);
  }
  const higher = direction === 'higher';
  const lo = interval.lower;
  const hi = interval.upper;
  const gap = value === null ? null : (higher ? value - target : target - value) + 0;
  const base = { value, target, direction, gap, interval, level, mode, nEffective };
  if (gap === null || lo === null || hi === null || nEffective < o.minN) {
    return { status: 'insufficient-data', ...base, pValue: null, straddles: null };
  }
  // A target at the bad end of the range is met by every value: p is 0.
  const pValue = target === (higher ? s.range.min : s.range.max) ? 0 : pair()[higher ? 0 : 1];
  const clearsMet = higher ? lo >= target : hi <= target;
  const clearsMiss = higher ? hi < target : lo > target;
  const status =
    mode === 'point'
      ? gap >= 0
        ? 'met'
        : 'missed'
      : clearsMet
        ? 'met'
        : clearsMiss
          ? 'missed'
          : 'inconclusive';
  return { status, ...base, pValue, straddles: !clearsMet && !clearsMiss };
}
