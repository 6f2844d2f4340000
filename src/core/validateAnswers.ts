import { arrayLength, checkWeight } from '../internal/count.js';
import { oneOf, readOptions, wholeNumber } from '../internal/options.js';
import { checkScale } from '../internal/scale.js';
import type { Accessor, Rows, Scale } from './types.js';

/**
 * Options of {@link validateAnswers}.
 *
 * @typeParam T - The row type.
 * @category Core
 * @since 0.2.0
 */
export interface ValidateAnswersOptions<T = unknown> {
  /** Reads the answer from each row, `(row, index) => answer`, as in {@link tally}. */
  readonly value?: Accessor<T> | undefined;
  /**
   * Sampling weights as in {@link tally}: an accessor `(row, index) => weight` or an array with
   * one weight per answer. The weight of each valid answer must be 0 or a number from 1e-100 to
   * 1e100 (`'bad-weight'`), and an array must be as long as the input (`'weight-count'`).
   */
  readonly weight?: ((row: T, index: number) => unknown) | ArrayLike<unknown> | undefined;
  /** Whether `NaN` is an invalid answer (`'invalid'`, default) or a missing one (`'missing'`). */
  readonly nan?: 'invalid' | 'missing' | undefined;
  /** The most issues to list (an integer ≥ 1); default 100. */
  readonly maxIssues?: number | undefined;
}

/**
 * One invalid answer: its position, why it is invalid, and the value when it is a string, a
 * boolean or a finite number.
 *
 * @category Core
 * @since 0.2.0
 */
export interface AnswerIssue {
  /** The row index, or -1 for a problem of the whole input (`'not-iterable'`, `'weight-count'`). */
  readonly index: number;
  /**
   * `'not-a-number'` (tally throws a TypeError), `'not-a-point'` (a RangeError), `'bad-weight'`
   * (a valid answer with a weight that is not 0 or within 1e-100…1e100), `'not-iterable'`, or
   * `'weight-count'` (the weight array's length differs from the number of answers; `value` is
   * the weight array's length).
   */
  readonly reason: 'not-a-number' | 'not-a-point' | 'bad-weight' | 'not-iterable' | 'weight-count';
  /** The offending value (the answer, or the weight for `'bad-weight'`), when it is JSON-safe. */
  readonly value?: string | number | boolean;
}

/**
 * The outcome of {@link validateAnswers}.
 *
 * @category Core
 * @since 0.2.0
 */
export type AnswersValidation =
  | { readonly ok: true; readonly n: number; readonly skipped: number }
  | {
      readonly ok: false;
      readonly n: number;
      readonly skipped: number;
      /** The number of issues found (all of them, also beyond `maxIssues`). */
      readonly invalid: number;
      readonly issues: readonly AnswerIssue[];
      /** Whether `issues` stops at `maxIssues`. */
      readonly truncated: boolean;
    };

/**
 * Checks untrusted answers (e.g. a parsed JSON payload) against the input policy without
 * throwing on them: `ok` is true exactly when {@link tally} with the same scale, `value`,
 * `weight` and `nan` would not throw.
 *
 * Missing answers (`null`, `undefined`, holes, and `NaN` with `nan: 'missing'`) are counted in
 * `skipped`, valid ones in `n`. An answer that is not of type number (a string — never coerced —,
 * a boolean, an object, a bigint) is `'not-a-number'`; a number that is not a point of the scale
 * (a fraction, off the scale, `NaN`, ±Infinity) is `'not-a-point'`; input that is not an array,
 * typed array or iterable gives one `'not-iterable'` issue at index -1. With `weight`, a valid
 * answer whose weight is not 0 or a number from 1e-100 to 1e100 is a `'bad-weight'` issue (and is
 * not counted in `n`), and a weight array longer or shorter than the input adds one
 * `'weight-count'` issue at index -1 after the others (rows past the end of a shorter array are
 * not each a `'bad-weight'`). A JSON array-like such as `{"length": 9007199254740991}` is not an
 * array: it gives `'not-iterable'` at once, without reading any index. Issues come in row order,
 * at most `maxIssues` of them.
 * Mistakes in the call itself (a bad scale or option, a `weight` that is neither a function nor an
 * array) still throw, and an error thrown by an accessor or an iterator is not caught.
 *
 * @param input - The answers, or rows when `options.value` is given.
 * @param scale - The integer scale, e.g. `{ min: 0, max: 10 }`.
 * @param options - `value` accessor, `weight`, `nan`, `maxIssues`.
 * @returns `{ ok: true, n, skipped }` or `{ ok: false, n, skipped, invalid, issues, truncated }`.
 * @throws RangeError for a bad scale or `maxIssues`.
 * @throws TypeError for an unknown option, a `value` that is not a function, a `weight` that is
 * neither a function nor an array, or a bad `nan`.
 * @example
 * ```ts
 * const payload = JSON.parse('[10, "9", null, 11, 7]');
 * const v = validateAnswers(payload, { min: 0, max: 10 });
 * v.ok; // => false
 * v.ok ? [] : v.issues; // => [{ index: 1, reason: 'not-a-number', value: '9' }, { index: 3, reason: 'not-a-point', value: 11 }]
 * validateAnswers([10, null, 7], { min: 0, max: 10 }); // => { ok: true, n: 2, skipped: 1 }
 * const w = validateAnswers([10, 7], { min: 0, max: 10 }, { weight: [1.5, -1] });
 * w.ok ? [] : w.issues; // => [{ index: 1, reason: 'bad-weight', value: -1 }]
 * ```
 * @category Core
 * @since 0.2.0
 */
export function validateAnswers<T>(
  input: Rows<T>,
  scale: Scale,
  options?: ValidateAnswersOptions<T>,
): AnswersValidation {
  const fn = 'validateAnswers';
  const { min, max } = checkScale(fn, scale);
  const opts = readOptions(fn, options, ['value', 'weight', 'nan', 'maxIssues']);
  const value = opts.value as Accessor<T> | undefined;
  if (value !== undefined && typeof value !== 'function') {
    throw new TypeError(`${fn}: option value must be an accessor function (row, index) => answer`);
  }
  const weight = opts.weight as
    | ((row: T, index: number) => unknown)
    | ArrayLike<unknown>
    | undefined;
  // The weight array's length, or Infinity for an accessor (every row has a weight to check).
  const wl =
    weight === undefined || typeof weight === 'function'
      ? Number.POSITIVE_INFINITY
      : arrayLength(fn, weight, 'option weight', false);
  const nan = oneOf(fn, 'nan', opts.nan, ['invalid', 'missing']) === 'missing';
  const cap = opts.maxIssues === undefined ? 100 : wholeNumber(fn, 'maxIssues', opts.maxIssues, 1);
  const issues: AnswerIssue[] = [];
  let n = 0;
  let skipped = 0;
  let invalid = 0;
  const report = (index: number, reason: AnswerIssue['reason'], x: unknown): void => {
    if (++invalid > cap) return;
    const safe = typeof x === 'string' || typeof x === 'boolean' || Number.isFinite(x);
    // x + 0 turns −0 into 0, which JSON would write as 0 anyway.
    issues.push(
      safe
        ? { index, reason, value: typeof x === 'number' ? x + 0 : (x as string) }
        : { index, reason },
    );
  };
  let length: number;
  try {
    length = arrayLength(fn, input, '', true);
  } catch {
    length = -2;
    report(-1, 'not-iterable', undefined);
  }
  const one = (row: T, index: number): void => {
    const x: unknown = value === undefined ? row : value(row, index);
    if (typeof x === 'number' && (x | 0) === x && x >= min && x <= max) {
      // A row past the end of the weight array has no weight to check: the 'weight-count'
      // issue reports the lengths, not one 'bad-weight' per missing entry.
      if (weight === undefined || index >= wl) n++;
      else {
        const w = typeof weight === 'function' ? weight(row, index) : weight[index];
        try {
          checkWeight(fn, w, index);
          n++;
        } catch {
          report(index, 'bad-weight', w);
        }
      }
    } else if (x === null || x === undefined || (nan && x !== x)) skipped++;
    else report(index, typeof x === 'number' ? 'not-a-point' : 'not-a-number', x);
  };
  let i = 0;
  if (length >= 0) for (; i < length; i++) one((input as unknown as ArrayLike<T>)[i] as T, i);
  else if (length === -1) for (const row of input as Iterable<T>) one(row, i++);
  if (length !== -2 && wl < Number.POSITIVE_INFINITY && wl !== i) report(-1, 'weight-count', wl);
  return invalid === 0
    ? { ok: true, n, skipped }
    : { ok: false, n, skipped, invalid, issues, truncated: invalid > cap };
}
