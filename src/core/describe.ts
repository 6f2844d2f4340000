/** Renders any value for an error message without calling user code (no toString, no getters). */
export function describe(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return `${JSON.stringify(value)} (strings are not coerced)`;
  if (type === 'bigint') return `${String(value)}n`;
  // Objects, arrays and functions are named by their type only: their text could be anything.
  return (type === 'object' && value !== null) || type === 'function'
    ? `${type === 'object' ? 'an' : 'a'} ${type}`
    : String(value);
}
