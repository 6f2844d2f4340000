import { fail } from '../core/count.js';
import { describe } from '../core/describe.js';
import { intIn, readOptions } from '../core/options.js';
import type { MetricDescriptor } from '../core/types.js';

/** Formatters by locale, style and digits; the oldest is dropped beyond 32 (least recently used). */
const cache = new Map<string, Intl.NumberFormat>();

const str = (fn: string, name: string, v: unknown, d: string): string =>
  v === undefined ? d : typeof v === 'string' ? v : fail(fn, `option ${name} must be a string`, v);

/**
 * Reads the formatting options and returns a function that formats a number in the style of a
 * metric's score (signed when the range goes below 0, percent for 0…100, plain otherwise) or,
 * without a metric, a 0…1 share as percent; `null` gives the placeholder.
 */
export function formatter(
  fn: string,
  options: unknown,
  metric?: MetricDescriptor,
): [(x: unknown) => string, string] {
  const keys = ['locale', 'digits', 'minDigits', 'placeholder'];
  const o = readOptions(fn, options, fn === 'formatInterval' ? [...keys, 'separator'] : keys);
  const digits = o.digits === undefined ? 1 : intIn(fn, 'digits', o.digits, 0, 20);
  const min = o.minDigits === undefined ? digits : intIn(fn, 'minDigits', o.minDigits, 0, digits);
  const locale = str(fn, 'locale', o.locale, 'en-US');
  const placeholder = str(fn, 'placeholder', o.placeholder, '—');
  const r = metric?.range;
  if (metric !== undefined && typeof r?.min !== 'number')
    fail(fn, 'result must have a metric with a range, such as a result of nps', metric);
  // 0: share as percent; 100: score in percent; 1: plain number; -1: signed (net scores).
  const kind = r === undefined ? 0 : r.min < 0 ? -1 : r.min === 0 && r.max === 100 ? 100 : 1;
  const key = `${locale} ${String(kind)} ${String(digits)} ${String(min)}`;
  let f = cache.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat(locale, {
        style: kind % 100 === 0 ? 'percent' : 'decimal',
        signDisplay: kind < 0 ? 'exceptZero' : 'auto',
        minimumFractionDigits: min,
        maximumFractionDigits: digits,
      });
    } catch {
      throw new RangeError(
        `${fn}: option locale must be a BCP 47 language tag, received ${describe(locale)}`,
      );
    }
    if (cache.size === 32) cache.delete(cache.keys().next().value as string);
  } else cache.delete(key);
  cache.set(key, f);
  const nf = f;
  return [
    (x) =>
      x === null
        ? placeholder
        : typeof x === 'number'
          ? nf.format(kind === 100 ? x / 100 : x)
          : fail(fn, 'the value must be a number or null', x),
    str(fn, 'separator', o.separator, ' – '),
  ];
}
