/**
 * An own property of an item, or `undefined`: trend items (periods, windows, segments) are read
 * through own properties only, so a polluted `Object.prototype` (say `partial: true`) changes no
 * result.
 */
export function own(item: unknown, key: string): unknown {
  return typeof item === 'object' && item !== null && Object.hasOwn(item, key)
    ? (item as Record<string, unknown>)[key]
    : undefined;
}
