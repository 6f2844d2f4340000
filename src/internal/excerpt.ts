/**
 * Quotes a caller's string for an error message, as JSON, cut to its first 40 characters with
 * the length after it when longer: a 1 MB value gives a short message, not a 1 MB one.
 */
export function quote(s: string): string {
  // 40 written out twice rather than a constant: the bundler would keep the constant.
  return `${JSON.stringify(s.slice(0, 40))}${s.length > 40 ? `… (${s.length} characters)` : ''}`;
}

/**
 * Renders any value for an error message without calling user code (no toString, no getters;
 * only a Proxy's `has` trap sees the async-iterator check).
 */
export function excerpt(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return `${quote(value as string)} (strings are not coerced)`;
  if (type === 'bigint') return `${String(value)}n`;
  if (type === 'function') return 'a function';
  // Objects are named by their kind only: their text could be anything. An array is told apart
  // ("a tally must be an object, received an array"); its length is not read, as a Proxy's
  // `length` would run user code. −0 is told apart from 0: "nEffective must be 0 (no data) …,
  // received 0" would read as a bug.
  return type === 'object' && value !== null
    ? Array.isArray(value)
      ? 'an array'
      : Symbol.asyncIterator in (value as object)
        ? 'an async iterable'
        : 'an object'
    : Object.is(value, -0)
      ? '-0'
      : String(value);
}
