import type { MetricDescriptor } from '../../core/types.js';
import { excerpt } from '../../internal/excerpt.js';
import { intIn, readOptions } from '../../internal/options.js';
import { ownFields } from '../../internal/ownFields.js';

/** Formatters by locale, style and digits; the oldest is dropped beyond 32 (least recently used). */
const cache = new Map<string, Intl.NumberFormat>();

/** Reads a string option (a TypeError for anything else, as the docs say). */
function str(fn: string, name: string, v: unknown, d: string): string {
  if (v === undefined) return d;
  if (typeof v === 'string') return v;
  throw new TypeError(`${fn}: option ${name} must be a string, received ${excerpt(v)}`);
}

/** The metrics whose score is a percentage (0…100), formatted with a % sign. */
const PERCENT = ['csat', 'proportion'];

/**
 * Checks the first argument of `fn` is an object (a result, or `{ metric, interval }`); its
 * metric is checked by {@link formatter}.
 */
export function readResult(fn: string, result: unknown): Record<string, unknown> {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    throw new TypeError(
      `${fn}: result must be an object with a metric, such as a result of nps, received ${excerpt(result)}`,
    );
  }
  // Own fields only: a polluted Object.prototype.interval or .metric formats nothing.
  return ownFields(result);
}

/**
 * Reads the formatting options and returns a function that formats a number in the style of a
 * metric's unit (signed for NPS and any score whose range goes below 0, percent for CSAT and
 * binary outcomes, plain for CES and other means, whatever their range) or, without a metric, a
 * 0…1 share as percent (`metric` undefined; a result's missing metric is passed as `null`);
 * `null` gives the placeholder. NaN and ±Infinity are refused (RangeError), and a negative
 * number that rounds to 0 prints as 0, never as "-0.0".
 */
export function formatter(
  fn: string,
  options: unknown,
  metric?: unknown,
): [(x: unknown) => string, string] {
  const keys = ['locale', 'digits', 'minDigits', 'placeholder'];
  const o = readOptions(fn, options, fn === 'formatInterval' ? [...keys, 'separator'] : keys);
  const digits = o.digits === undefined ? 1 : intIn(fn, 'digits', o.digits, 0, 20);
  const min = o.minDigits === undefined ? digits : intIn(fn, 'minDigits', o.minDigits, 0, digits);
  const locale = str(fn, 'locale', o.locale, 'en-US');
  const placeholder = str(fn, 'placeholder', o.placeholder, '—');
  const m = metric as Partial<MetricDescriptor> | undefined;
  const r = m?.range;
  if (metric !== undefined && (typeof m?.name !== 'string' || typeof r?.min !== 'number'))
    throw new TypeError(
      `${fn}: result must have a metric with a name and a range, such as a result of nps, received ${excerpt(metric)}`,
    );
  // 0: share as percent; 100: score in percent; 1: plain number; -1: signed (net scores).
  const kind =
    m === undefined || r === undefined
      ? 0
      : m.name === 'nps' || r.min < 0
        ? -1
        : PERCENT.includes(m.name as string)
          ? 100
          : 1;
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
        `${fn}: option locale must be a BCP 47 language tag, received ${excerpt(locale)}`,
      );
    }
    if (cache.size === 32) cache.delete(cache.keys().next().value as string);
  } else cache.delete(key);
  cache.set(key, f);
  const nf = f;
  const zero = nf.format(0);
  const what = kind === 0 ? 'share' : fn === 'formatScore' ? 'score' : 'interval limit';
  return [
    (x) => {
      if (x === null) return placeholder;
      if (typeof x !== 'number')
        throw new TypeError(`${fn}: the ${what} must be a number or null, received ${excerpt(x)}`);
      if (kind === 0 ? !(x >= 0 && x <= 1) : !Number.isFinite(x))
        throw new RangeError(
          `${fn}: the ${what} must be ${kind === 0 ? 'a number from 0 to 1' : 'a finite number'} or null, received ${excerpt(x)}`,
        );
      const v = kind === 100 ? x / 100 : x;
      // −0, and a tiny negative that rounds to 0, print as 0 (Intl would print "-0.0").
      return v <= 0 && nf.format(-v) === zero ? zero : nf.format(v);
    },
    str(fn, 'separator', o.separator, ' – '),
  ];
}
