import { excerpt } from '../internal/excerpt.js';

/**
 * The NPS category of an answer: promoters answer 9–10, passives 7–8, detractors 0–6.
 *
 * @category NPS
 * @since 0.1.0
 */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/**
 * Classifies one answer to "How likely are you to recommend us?" (0–10).
 *
 * Promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. Anything that is not an integer
 * from 0 to 10 throws: there is no category for a missing answer, so filter those first.
 *
 * @param answer - An integer from 0 to 10.
 * @returns `'promoter'`, `'passive'` or `'detractor'`.
 * @throws RangeError when the answer is a number that is not an integer from 0 to 10.
 * @throws TypeError when the answer is not a number (strings such as `"9"` are not coerced).
 * @example
 * ```ts
 * npsCategory(9); // => 'promoter'
 * npsCategory(7); // => 'passive'
 * npsCategory(0); // => 'detractor'
 * ```
 * @category NPS
 * @since 0.1.0
 */
export function npsCategory(answer: number): NpsCategory {
  if (typeof answer !== 'number') {
    throw new TypeError(`npsCategory: answer must be a number, received ${excerpt(answer)}`);
  }
  if (!Number.isInteger(answer) || answer < 0 || answer > 10) {
    throw new RangeError(
      `npsCategory: answer must be an integer from 0 to 10, received ${excerpt(answer)}`,
    );
  }
  return answer >= 9 ? 'promoter' : answer >= 7 ? 'passive' : 'detractor';
}
