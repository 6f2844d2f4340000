/**
 * A null-prototype copy of an object's own enumerable string-keyed fields, each read once: what
 * the interval and target readers see of a result, a tally or a metric. A field the object does
 * not have reads as `undefined` even when `Object.prototype` has been given one (a polluted
 * `Object.prototype.weightSquares` changes no interval), and a getter cannot answer differently
 * between a check and a use.
 */
export function ownFields(value: object): Partial<Record<string, unknown>> {
  const out = Object.create(null) as Partial<Record<string, unknown>>;
  for (const key of Object.keys(value)) out[key] = (value as Record<string, unknown>)[key];
  return out;
}
