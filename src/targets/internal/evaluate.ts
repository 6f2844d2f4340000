import type { Direction, ScoreRange, ScoreResult } from '../../core/types.js';
import { excerpt } from '../../internal/excerpt.js';
import { nonNegative, oneOf, readOptions } from '../../internal/options.js';
import { ownFields } from '../../internal/ownFields.js';
import { hoeffdingTails, scaledMean } from '../../stats/internal/boundedMean.js';
import { betaCdf } from '../../stats/internal/distributions/beta.js';
import { normalSf } from '../../stats/internal/distributions/normal.js';
import { tSf } from '../../stats/internal/distributions/studentT.js';
import { exactNetTails } from '../../stats/internal/exactNet.js';
import { EXACT_BELOW } from '../../stats/internal/minimumInformation.js';
import { momentsOf } from '../../stats/internal/moments.js';
import { scoreInterval } from '../../stats/internal/scoreInterval.js';
import { checkLevel, noInterval, zFor } from '../../stats/internal/shared.js';
import {
  constrainedShare,
  NET_METHODS,
  netVariance,
  trinomialFrom,
} from '../../stats/internal/trinomial.js';
import { tallyOfResult } from '../../stats/meanInterval.js';
import {
  PROPORTION_METHODS,
  type ProportionMethod,
  proportionLimits,
} from '../../stats/proportionInterval.js';
import type { Interval } from '../../stats/types.js';
import type { TargetCheck, TargetMode } from '../types.js';

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

/** The range, default direction and name of what a result measures (own fields only). */
export function subjectOf(
  fn: string,
  input: unknown,
): { range: ScoreRange; better: Direction; name: string; rate: boolean } {
  if (typeof input === 'object' && input !== null) {
    if (Object.hasOwn(input, 'invited'))
      return { range: { min: 0, max: 1 }, better: 'higher', name: 'rate', rate: true };
    const m = ownFields(input).metric;
    if (typeof m === 'object' && m !== null) {
      const f = ownFields(m);
      return {
        range: f.range as ScoreRange,
        better: f.better as Direction,
        name: f.name as string,
        rate: false,
      };
    }
  }
  throw new TypeError(`${fn}: expected a result, received ${excerpt(input)}`);
}

/**
 * Checks a target or threshold: a finite number in the range, for percent metrics not a
 * fraction strictly between 0 and 1 (`0.85` meant as 85 %), for NPS not a number strictly
 * between −1 and 1 other than 0 (`0.3` meant as 30).
 */
export function checkGoal(
  fn: string,
  what: string,
  value: unknown,
  s: { readonly range: ScoreRange; readonly name: string },
): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${what} must be a number, received ${excerpt(value)}`);
  }
  const { min, max } = s.range;
  if (!(value >= min && value <= max)) {
    throw new RangeError(
      `${fn}: ${what} must lie from ${min} to ${max}, received ${excerpt(value)}`,
    );
  }
  const pct = +(value * 100).toPrecision(12);
  if ((s.name === 'csat' || s.name === 'proportion') && value > 0 && value < 1) {
    throw new RangeError(
      `${fn}: ${what} is in percent, received ${value} (did you mean ${pct} for ${pct} %?)`,
    );
  }
  if (s.name === 'nps' && value > -1 && value < 1 && value !== 0) {
    throw new RangeError(
      `${fn}: ${what} is in NPS points from −100 to 100, received ${value} (did you mean ${pct}?)`,
    );
  }
  return value + 0;
}

/**
 * The one-sided p-values [above, below] at t from a centre, a standard error and an upper-tail
 * function: `above` ≤ α/2 exactly when the lower limit centre − q·se is ≥ t, `below` ≤ α/2 when
 * the upper limit is ≤ t. The decision methods never have a zero standard error (a collapsed
 * method is replaced first); an explicitly requested score test at its boundary can, and then
 * the sign decides.
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
  // Wald (never at p̂ ∈ {0, 1}: replaced by Clopper–Pearson), and Agresti–Coull (z²/2 successes
  // and failures added, then Wald).
  const z2 = method === 'wald' ? 0 : zFor(level) ** 2;
  const q = (x + z2 / 2) / (n + z2);
  return tails(q - g, Math.sqrt((q * (1 - q)) / (n + z2)));
}

/**
 * The method that decides a share's check: Clopper–Pearson below the minimum information
 * (nEffective < EXACT_BELOW) and for Wald at a share of 0 or 1 (no variance); the requested
 * method otherwise.
 */
function shareMethod(p: number, n: number, requested: ProportionMethod): ProportionMethod {
  return n < EXACT_BELOW || (requested === 'wald' && (p === 0 || p === 1))
    ? 'clopper-pearson'
    : requested;
}

/** What decides a score result's check: the interval method and its tails at the target. */
function resultDecision(
  fn: string,
  r: Partial<Record<string, unknown>>,
  s: { readonly range: ScoreRange; readonly name: string },
  requested: unknown,
  level: number,
  target: number,
): { method: string; tails?: () => [number, number] } {
  const total = r.total as number;
  const n = r.nEffective as number;
  if (s.name === 'ces') {
    const asked = oneOf(fn, 'method', requested, ['t', 'hoeffding']);
    const tally = tallyOfResult(fn, r);
    if (tally.total === 0) return { method: asked };
    const m = momentsOf(tally);
    if (asked === 'hoeffding' || m.nEffective < EXACT_BELOW || !(m.variance > 0)) {
      return {
        method: 'hoeffding',
        tails: () =>
          hoeffdingTails(
            scaledMean(tally.scale, m.mean),
            m.nEffective,
            scaledMean(tally.scale, target),
          ),
      };
    }
    const df = m.nEffective - 1;
    const se = Math.sqrt(m.variance / m.nEffective);
    return { method: 't', tails: () => tails(m.mean - target, se, (z) => tSf(z, df)) };
  }
  const t = target / 100;
  if (s.name !== 'nps') {
    const asked = oneOf(fn, 'method', requested, PROPORTION_METHODS);
    const part = (s.name === 'csat' ? r.satisfied : r.successes) as number;
    if (total === 0) return { method: asked };
    const p = part / total;
    const method = shareMethod(p, n, asked);
    return { method, tails: () => shareTails(p, n, t, method, level) };
  }
  const asked = oneOf(fn, 'method', requested, NET_METHODS);
  const tri = trinomialFrom(fn, r, 'promoters', 'detractors', 'passives');
  if (tri.total === 0) return { method: asked };
  const p = tri.positive / tri.total;
  const d = tri.negative / tri.total;
  // Below the threshold, integer counts get the exact test and weighted ones the adjusted Wald
  // for Wald; a collapsed Wald (every answer in one category) gets the adjusted Wald too.
  const method =
    (n < EXACT_BELOW && tri.integer) || asked === 'exact'
      ? 'exact'
      : asked === 'wald' && (n < EXACT_BELOW || netVariance(p, d) === 0)
        ? 'adjusted-wald'
        : asked;
  if (method === 'exact') {
    return { method, tails: () => exactNetTails(tri.total, tri.positive - tri.negative, t) };
  }
  if (method === 'score') {
    // The score test of Δ = t with the constrained ML variance: the test the interval inverts.
    const q = constrainedShare(p * n, Math.max(0, n - p * n - d * n), d * n, t);
    return {
      method,
      tails: () =>
        tails(p - d - t, Math.sqrt(Math.max(0, 2 * q - t - t * t) / n) || +(p - d === t)),
    };
  }
  // Wald, or adjusted Wald (Rocks 2016): 0.75 promoters, 1.5 passives, 0.75 detractors added.
  const m = n + (method === 'wald' ? 0 : 3);
  const pa = (p * n + (m - n) / 4) / m;
  const da = (d * n + (m - n) / 4) / m;
  return { method, tails: () => tails(pa - da - t, Math.sqrt(netVariance(pa, da) / m)) };
}

/**
 * Checks one result against a target (the work of checkTarget, checkTargets, targetAlerts).
 * The minimum-information rule decides the method: below EXACT_BELOW effective answers an exact
 * method (Clopper–Pearson for shares, the exact net-score test for NPS counts, Hoeffding's bound
 * for means), and a collapsed method (no variance) is replaced by one that does not collapse;
 * `interval.method` names the method used, and the p-value comes from the same method.
 */
export function evaluate(fn: string, input: unknown, o: Settings): TargetCheck {
  const s = subjectOf(fn, input);
  const target = checkGoal(fn, 'option target', o.target, s);
  const direction = o.direction ?? s.better;
  const { level, mode } = o;
  let value: number | null;
  let nEffective: number;
  let interval: Interval;
  let pair: (() => [number, number]) | undefined;
  if (s.rate) {
    const r = ownFields(input as object);
    const n = nonNegative(fn, "the result's invited", r.invited);
    const x = nonNegative(fn, "the result's responses", r.responses);
    if (x > n) throw new RangeError(`${fn}: responses exceed invited`);
    const asked = oneOf(fn, 'method', o.method, PROPORTION_METHODS);
    const method = n === 0 ? asked : shareMethod(x / n, n, asked);
    interval = n === 0 ? noInterval(level, method) : proportionLimits(x, n, level, method);
    value = n === 0 ? null : x / n;
    nEffective = n;
    pair = () => shareTails(x / n, n, target, method, level);
  } else {
    const r = ownFields(input as object);
    // The default interval first: it validates the result (score, nEffective, counts).
    scoreInterval(fn, input as ScoreResult, { level });
    const decision = resultDecision(fn, r, s, o.method, level, target);
    interval = scoreInterval(fn, input as ScoreResult, { level, method: decision.method });
    value = r.score === null ? null : (r.score as number) + 0;
    nEffective = r.nEffective as number;
    pair = decision.tails;
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
  const pValue =
    target === (higher ? s.range.min : s.range.max)
      ? 0
      : (pair as () => [number, number])()[higher ? 0 : 1];
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
