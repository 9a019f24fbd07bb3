/** Freezes a value and everything reachable from it (Maps and Sets are frozen, not walked). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    if (value instanceof Map || value instanceof Set) return Object.freeze(value);
    // forEach, not for…of: this walks the whole knowledge once at start-up, unoptimised.
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
