// Shared arbitraries and helpers of the property tests (not a test file itself).
import fc from 'fast-check';
import type {
  CesResult,
  CsatResult,
  NpsResult,
  ProportionResult,
  Scale,
  Tally,
} from '../../src/index.js';
import {
  ces,
  cesMetric,
  csat,
  csatMetric,
  mergeTallies,
  nps,
  npsFromCounts,
  npsMetric,
  proportionMetric,
  tally,
} from '../../src/index.js';

/** The NPS scale. */
export const NPS_SCALE: Scale = { min: 0, max: 10 };

/** A missing answer, as the input policy defines it. */
export type Missing = null | undefined;

/** A valid answer or a missing one. */
export type Answer = number | Missing;

/** Short arrays keep the whole property run fast; long enough for every category to show up. */
export const MAX_LENGTH = 60;

/** A small integer scale anywhere around 0 (negative minimums included), 2 to 12 points. */
export const scaleArb: fc.Arbitrary<Scale> = fc
  .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 11 }))
  .map(([min, width]) => ({ min, max: min + width }));

/** A point of `scale`. */
export function pointArb(scale: Scale): fc.Arbitrary<number> {
  return fc.integer({ min: scale.min, max: scale.max });
}

/** `null` or `undefined`. */
export const missingArb: fc.Arbitrary<Missing> = fc.constantFrom(null, undefined);

/** A point of `scale` or a missing answer (about one in five missing). */
export function answerArb(scale: Scale): fc.Arbitrary<Answer> {
  return fc.oneof({ arbitrary: pointArb(scale), weight: 4 }, { arbitrary: missingArb, weight: 1 });
}

/** Answers on `scale` with missing ones mixed in. */
export function answersArb(scale: Scale, minLength = 0): fc.Arbitrary<Answer[]> {
  return fc.array(answerArb(scale), { minLength, maxLength: MAX_LENGTH });
}

/** Valid answers only (no missing ones). */
export function pointsArb(scale: Scale, minLength = 0): fc.Arbitrary<number[]> {
  return fc.array(pointArb(scale), { minLength, maxLength: MAX_LENGTH });
}

/**
 * An invalid answer on `scale`: an integer off the scale, a non-integer, NaN, ±Infinity, a string
 * (also a numeric one: strings are never coerced), a boolean, an object or an array.
 */
export function invalidArb(scale: Scale): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.integer({ min: scale.max + 1, max: scale.max + 1000 }),
    fc.integer({ min: scale.min - 1000, max: scale.min - 1 }),
    // Any non-integer near the scale, also tiny ones next to an integer (1e-17 on a scale from −2).
    fc
      .double({ min: scale.min - 2, max: scale.max + 2, noNaN: true })
      .filter((x) => !Number.isInteger(x)),
    fc.constantFrom(1e-17, -1e-17, 5e-324, scale.min + 0.5),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, true, false, '', '9', 'x'),
    fc.integer({ min: scale.min, max: scale.max }).map(String),
    fc.string(),
    fc.constant({}),
    fc.constant([5]),
  );
}

/** A valid, missing or invalid answer (about one in five invalid). */
export function messyAnswerArb(scale: Scale): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: answerArb(scale), weight: 4 },
    { arbitrary: invalidArb(scale), weight: 1 },
  );
}

/**
 * A valid sampling weight: 0, −0, or a double from 2^−10 to 2^10 (valid weights are 0 or lie in
 * 1e-100…1e100; this range stays valid after scaling by 0.001…1000).
 */
export const weightArb: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(0, -0), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 1 },
  { arbitrary: fc.double({ min: 2 ** -10, max: 2 ** 10, noNaN: true }), weight: 4 },
);

/** Answers on `scale` (missing ones included) with a parallel array of weights. */
export function weightedArb(
  scale: Scale,
  minLength = 0,
): fc.Arbitrary<{ answers: Answer[]; weights: number[] }> {
  return fc
    .array(fc.tuple(answerArb(scale), weightArb), { minLength, maxLength: MAX_LENGTH })
    .map((pairs) => ({ answers: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) }));
}

/** An unweighted tally on `scale` with missing answers. */
export function tallyArb(scale: Scale): fc.Arbitrary<Tally> {
  return answersArb(scale).map((a) => tally(a, scale));
}

/** A weighted tally on `scale` (weights from {@link weightArb}). */
export function weightedTallyArb(scale: Scale): fc.Arbitrary<Tally> {
  return weightedArb(scale).map(({ answers, weights }) =>
    tally(answers, scale, { weight: weights }),
  );
}

/** Every number found in a JSON-like value, with its path. */
export function numbersIn(value: unknown, path = '$'): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => numbersIn(v, `${path}.${key}`));
}

/** The paths of all `-0` values in a JSON-like value. */
export function negativeZeros(value: unknown): string[] {
  return numbersIn(value)
    .filter((x) => Object.is(x.value, -0))
    .map((x) => x.path);
}

/**
 * Whether `a` and `b` agree to `rel` relative to `magnitude` (at least the larger of |a|, |b|):
 * pass the width of a score's range so that scores near 0 (a difference of two sums) are
 * compared on the scale they live on.
 */
export function close(a: number, b: number, rel: number, magnitude = 0): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), magnitude);
}

/** Like {@link close}, where both may be `null` (then both must be). */
export function closeOrNull(
  a: number | null,
  b: number | null,
  rel: number,
  magnitude = 0,
): boolean {
  if (a === null || b === null) return a === b;
  return close(a, b, rel, magnitude);
}

/** The number of missing answers (null, undefined, holes) in an array. */
export function countMissing(a: readonly unknown[]): number {
  let k = 0;
  // for…of visits holes as undefined.
  for (const x of a) if (x === null || x === undefined) k++;
  return k;
}

/** Whether a value is a valid answer on `scale`. */
export function isPoint(x: unknown, scale: Scale): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= scale.min && x <= scale.max;
}

/** Counts per point of `scale`, counted naively. */
export function naiveCounts(a: readonly unknown[], scale: Scale): number[] {
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  for (const x of a) {
    if (isPoint(x, scale)) counts[x - scale.min] = (counts[x - scale.min] ?? 0) + 1;
  }
  return counts;
}

/** Answers on a random scale, weighted or not. */
export const caseArb = scaleArb.chain((scale) =>
  fc.record({
    scale: fc.constant(scale),
    data: fc.oneof(
      answersArb(scale).map((answers) => ({ answers, weights: undefined })),
      weightedArb(scale),
    ),
  }),
);

/** One value of every result type, and tallies. */
export interface Everything {
  readonly tally: Tally;
  readonly npsTally: Tally;
  readonly merged: Tally;
  readonly nps: NpsResult;
  readonly npsMetric: NpsResult;
  readonly npsFromCounts: NpsResult;
  readonly csat: CsatResult;
  readonly csatMetric: CsatResult;
  readonly ces: CesResult;
  readonly cesMetric: CesResult;
  readonly proportion: ProportionResult;
}

/**
 * Every result type and the tallies of one set of answers on `scale` (mapped onto 0–10 for NPS
 * and onto 0–1 for the proportion), weighted when `weights` is given.
 */
export function everything(
  scale: Scale,
  answers: readonly Answer[],
  weights: number[] | undefined,
): Everything {
  const opts = weights === undefined ? {} : { weight: weights };
  const t = tally(answers, scale, opts);
  const onNps = answers
    .map((x) => (typeof x === 'number' ? x - scale.min : x))
    .map((x) => (typeof x === 'number' ? Math.min(x, 10) : x));
  const binary = answers.map((x) => (typeof x === 'number' ? (x - scale.min) % 2 : x));
  const npsTally = tally(onNps, NPS_SCALE, opts);
  const n = nps(onNps, opts);
  return {
    tally: t,
    npsTally,
    merged: mergeTallies([t, t]),
    nps: n,
    npsMetric: npsMetric.score(npsTally),
    npsFromCounts: npsFromCounts(
      { promoters: n.promoters, passives: n.passives, detractors: n.detractors },
      weights === undefined
        ? { skipped: n.skipped }
        : { weightSquares: npsTally.weightSquares, n: n.n, skipped: n.skipped },
    ),
    csat: csat(answers, { scale, topBox: 1, ...opts }),
    csatMetric: csatMetric({ scale, topBox: 1 }).score(t),
    ces: ces(answers, { scale, easier: 'lower', ...opts }),
    cesMetric: cesMetric({ scale }).score(t),
    proportion: proportionMetric().score(tally(binary, { min: 0, max: 1 }, opts)),
  };
}
