import { describe } from '../core/describe.js';
import { oneOf, readOptions } from '../core/options.js';
import { checkGoal, DIRECTIONS, subjectOf } from './evaluate.js';
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
 * `'insufficient-data'`. Bands look at the estimate only; use {@link checkTarget} for a verdict
 * that accounts for the sample size.
 *
 * @param input - A score result, a `responseRate` result, a number or `null`.
 * @param options - `thresholds`, `names` (one more than thresholds) and `direction`.
 * @returns The band's name and index with the value and direction.
 * @throws RangeError for thresholds out of order, outside the metric's range, or percent thresholds strictly between 0 and 1; a names list of the wrong length.
 * @throws TypeError for non-numeric thresholds, non-string names, an unknown option or direction, or an input that is none of the above.
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
  const s =
    typeof input === 'number' || input === null
      ? { range: { min: -Infinity, max: Infinity }, better: 'higher' as const, name: 'a number' }
      : subjectOf(fn, input);
  const direction =
    o.direction === undefined ? s.better : oneOf(fn, 'direction', o.direction, DIRECTIONS);
  const { thresholds, names } = o;
  if (!Array.isArray(thresholds) || !Array.isArray(names)) {
    throw new TypeError(`${fn}: options thresholds and names must be arrays`);
  }
  if (names.length !== thresholds.length + 1 || names.some((x) => typeof x !== 'string')) {
    throw new RangeError(
      `${fn}: names must be ${thresholds.length + 1} strings (one more than thresholds), received ${names.length} items`,
    );
  }
  const sign = direction === 'higher' ? 1 : -1;
  thresholds.forEach((t: unknown, i) => {
    const x = checkGoal(fn, `threshold at index ${i}`, t, s);
    if (i > 0 && !(sign * (x - (thresholds[i - 1] as number)) > 0)) {
      throw new RangeError(
        `${fn}: thresholds must strictly ${sign > 0 ? 'increase' : 'decrease'} toward the better end (${direction} is better): ${x} at index ${i} follows ${describe(thresholds[i - 1])}`,
      );
    }
  });
  const value =
    typeof input === 'number'
      ? checkGoal(fn, 'the value', input, s)
      : input === null
        ? null
        : 'invited' in input
          ? input.rate
          : input.score;
  if (value === null)
    return { status: 'insufficient-data', band: null, index: null, value, direction };
  const index = (thresholds as number[]).filter((t) => sign * (value - t) >= 0).length;
  return { status: 'banded', band: names[index] as string, index, value, direction };
}
