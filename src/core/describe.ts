/** Renders any value for an error message without calling user code (no toString, no getters). */
export function describe(value: unknown): string {
  const type = typeof value;
  if (type === 'string') return `${JSON.stringify(value)} (strings are not coerced)`;
  if (type === 'object' && value !== null) return Array.isArray(value) ? 'an array' : 'an object';
  return type === 'number' || type === 'boolean' || value == null ? String(value) : `a ${type}`;
}
