import type { Accessor, AnswerOptions, Answers, Rows } from '../core/types.js';
import { countAll, splitArgs } from '../internal/args.js';
import { ANSWER_KEYS } from '../internal/count.js';
import { scoreNps } from './internal/scoreNps.js';
import type { NpsResult } from './types.js';

/**
 * Computes the Net Promoter Score of 0–10 answers.
 *
 * Promoters answer 9–10, passives 7–8, detractors 0–6; NPS = 100 × (promoters − detractors) /
 * total, from −100 to 100. Missing answers (`null`, `undefined`, holes) are counted in
 * `skipped`; invalid ones (11, −1, 9.5, `NaN`, ±Infinity, `"9"`, booleans) throw, or with
 * `invalid: 'skip'` are counted in `invalid`. With no valid answer, `score` is `null` — never
 * `NaN`. Weighted answers (`weight`) give a weighted NPS and Kish's effective sample size in
 * `nEffective`. No rounding is done: format for display with the present helpers.
 *
 * @param answers - The answers: an array, typed array or iterable of numbers, `null` or `undefined`.
 * @param options - `invalid`, `nan` and `weight` of the input policy.
 * @returns The counts per category and the score.
 * @throws RangeError for a number that is not an integer from 0 to 10 (position and value in the message).
 * @throws TypeError for an answer that is not a number, or an unknown option.
 * @example
 * ```ts
 * const r = nps([10, 9, 8, 7, 6, 10, null]);
 * r.promoters; // => 3
 * r.detractors; // => 1
 * r.skipped; // => 1
 * r.score; // => 33.333333333333336
 * ```
 * @category NPS
 * @since 0.1.0
 */
export function nps(
  answers: Answers,
  options?: AnswerOptions<number | null | undefined>,
): NpsResult;
/**
 * Computes the Net Promoter Score of answers read from rows by an accessor.
 *
 * @param rows - The rows, of any shape.
 * @param value - Reads the 0–10 answer of a row: `(row, index) => answer`.
 * @param options - `invalid`, `nan` and `weight` (an accessor on the row or a parallel array).
 * @returns The counts per category and the score.
 * @example
 * ```ts
 * const rows = [{ q: 10 }, { q: 3 }, { q: 9 }, { q: null }];
 * nps(rows, (row) => row.q).score; // => 33.333333333333336
 * ```
 */
export function nps<T>(rows: Rows<T>, value: Accessor<T>, options?: AnswerOptions<T>): NpsResult;
export function nps<T>(input: Rows<T>, a?: unknown, b?: unknown): NpsResult {
  const { accessor, opts } = splitArgs<T>('nps', a, b, ANSWER_KEYS);
  return scoreNps(countAll('nps', input, { min: 0, max: 10 }, accessor, opts));
}
