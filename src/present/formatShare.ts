import { formatter } from './internal/format.js';
import type { FormatOptions } from './types.js';

/**
 * Formats a share from 0 to 1 (such as a CSAT result's `share` or a CES result's `easyShare`)
 * as percent with `Intl.NumberFormat`: 0.875 is `87.5%` in `'en-US'` and `87,5%` in `'nl-NL'`.
 *
 * A share lies in [0, 1]: NaN, a negative number or one above 1 (a 1.7 from a wrong
 * denominator) is refused rather than printed as `NaN%` or `170.0%`; −0 prints as `0.0%`. For a
 * change in share (percentage points, which can be negative), format the difference yourself.
 *
 * @param share - The share, 0…1, or `null`.
 * @param options - `locale` (default `'en-US'`), `digits` (default 1), `minDigits`, `placeholder`.
 * @returns The formatted percentage, or the placeholder for `null`.
 * @throws TypeError for an unknown option, a non-string locale or placeholder, or a share that
 *   is neither a number nor `null`.
 * @throws RangeError for a share outside [0, 1] (NaN included), digits outside 0–20 (or
 *   `minDigits` above `digits`) or an invalid locale.
 * @example
 * ```ts
 * formatShare(0.875); // => '87.5%'
 * formatShare(0.5, { digits: 0 }); // => '50%'
 * formatShare(0.125, { digits: 2, minDigits: 0 }); // => '12.5%'
 * formatShare(null, { placeholder: 'n/a' }); // => 'n/a'
 * formatShare(-0); // => '0.0%'
 * ```
 * @category Presentation
 * @since 0.2.0
 */
export function formatShare(share: number | null, options?: FormatOptions): string {
  return formatter('formatShare', options)[0](share);
}
