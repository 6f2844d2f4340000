/**
 * Freezes an object and every object inside it (the exported metrics and presets, and the
 * metrics the factories return): `CSAT_5_POINT.topBox = 1` anywhere must not change `csat`
 * everywhere. Functions are left as they are. Side-effect free on a fresh literal, so module-level
 * calls carry a pure annotation and stay tree-shakeable.
 */
export function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) {
    if (typeof v === 'object' && v !== null) deepFreeze(v as object);
  }
  return Object.freeze(o);
}
