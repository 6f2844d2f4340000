/** Renders any value for an error message without calling user code (no toString, no getters). */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `${JSON.stringify(value)} (a string; strings are not coerced)`;
  if (typeof value === 'bigint') return `${String(value)}n (a bigint)`;
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return Object.is(value, -0) ? '-0' : String(value);
}
