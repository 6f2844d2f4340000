import { excerpt } from '../internal/excerpt.js';
import { oneOf, readOptions } from '../internal/options.js';
import { ownFields } from '../internal/ownFields.js';
import { checkGoal, DIRECTIONS, subjectOf } from './internal/evaluate.js';
import type { TargetBand, TargetBandOptions, TargetInput } from './types.js';

/**
 * Puts a value into a named band, e.g. red/amber/green, by ordered thresholds.
 *
 * Thresholds are listed from the worst band to the best and each is inclusive, like a met target:
 * the band's index is the number of thresholds the value reaches. With higher is better,
 * `{ thresholds: [0, 30], names: ['red', 'amber', 'green'] }` makes NPS below 0 red, 0 up to
 * (not including) 30 amber and 30 or more green; with lower is better the thresholds decrease.
 * Unordered, overlapping or duplicate thresholds throw. The direction defaults from the result's
 * metric (`'higher'` for a bare number). A null score gets no band: `status` is
 * `'insufficient-data'`; a result whose score is not a finite number or `null` (a NaN from a
 * hand-made object) is not a result and throws, never lands in the worst band. Bands look at the estimate only; use {@link checkTarget} for a verdict
 * that accounts for the sample size.
 *
 * @param input - A score result, a `responseRate` result, a number or `null`.
 * @param options - `thresholds`, `names` (one more than thresholds) and `direction`.
 * @returns The band's name and index with the value and direction.
 * @throws RangeError for thresholds out of order, outside the metric's range, or percent thresholds strictly between 0 and 1.
 * @throws TypeError for non-numeric thresholds, names that are not one more than thresholds or not strings, an unknown option or direction, a result whose score is NaN or not a number, or an input that is none of the above.
 * @example
 * ```ts
 * const rag = { thresholds: [0, 30], names: ['red', 'amber', 'green'] };
 * targetBand(npsFromCounts({ promoters: 50, passives: 30, detractors: 20 }), rag).band; // => 'green'
 * targetBand(12, rag).band; // => 'amber'
 * targetBand(null, rag).status; // => 'insufficient-data'
 * const effort = ces([1, 2, 2, 4], { scale: { min: 1, max: 5 }, easier: 'lower' }); // mean 2.25
 * targetBand(effort, { thresholds: [3, 2], names: ['red', 'amber', 'green'] }).band; // => 'amber'
 * ```
 * @category Targets
 * @since 0.1.0
 */
export function targetBand(
  input: TargetInput | number | null,
  options: TargetBandOptions,
): TargetBand {
  const fn = 'targetBand';
  const o = readOptions(fn, options, ['thresholds', 'names', 'direction']);
  const bare = typeof input === 'number' || input === null;
  const s = bare
    ? {
        range: { min: -Number.MAX_VALUE, max: Number.MAX_VALUE },
        better: 'higher' as const,
        name: '',
      }
    : subjectOf(fn, input);
  const direction =
    o.direction === undefined ? s.better : oneOf(fn, 'direction', o.direction, DIRECTIONS);
  const thresholds = o.thresholds as readonly number[];
  const names = o.names as readonly string[];
  if (
    !Array.isArray(o.thresholds) ||
    !Array.isArray(o.names) ||
    names.length !== thresholds.length + 1
  ) {
    throw new TypeError(`${fn}: names must be an array one longer than thresholds`);
  }
  // A band is a label: a number among the names (a −0 even) would come back as the band.
  for (let i = 0; i < names.length; i++) {
    if (typeof names[i] !== 'string') {
      throw new TypeError(
        `${fn}: name at index ${i} must be a string, received ${excerpt(names[i])}`,
      );
    }
  }
  const sign = direction === 'higher' ? 1 : -1;
  thresholds.forEach((t, i) => {
    const before = thresholds[i - 1] ?? -sign * Infinity;
    if (sign * (checkGoal(fn, `threshold ${i}`, t, s) - before) <= 0) {
      throw new RangeError(
        `${fn}: thresholds must strictly ${sign > 0 ? 'increase' : 'decrease'}, received ${t} after ${before}`,
      );
    }
  });
  const field = s.name === 'rate' ? 'rate' : 'score';
  const value = bare
    ? input === null
      ? null
      : checkGoal(fn, 'the value', input, s)
    : ownFields(input)[field];
  if (value !== null && !(typeof value === 'number' && Number.isFinite(value))) {
    throw new TypeError(
      `${fn}: the result's ${field} must be a finite number or null, received ${excerpt(value)}`,
    );
  }
  if (value === null) {
    return { status: 'insufficient-data', band: null, index: null, value, direction };
  }
  const index = thresholds.filter((t) => sign * (value - t) >= 0).length;
  return { status: 'banded', band: names[index] as string, index, value, direction };
}
