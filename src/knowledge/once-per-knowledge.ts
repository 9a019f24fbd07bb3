/**
 * A value worked out from a knowledge folder the first time it is asked for, then kept for that
 * folder: lookups built once at load time, not once per question. A WeakMap holds them because
 * one process may load many knowledge folders (the tests load dozens): a module-level cache of
 * one folder would hand a second folder the first one's value, and a Map would keep every
 * folder alive.
 *
 * Extra arguments reach `build` only on the first call for a folder; every later call returns
 * that value whatever they are.
 */
import type { Knowledge } from "./load.ts";

export function oncePerKnowledge<T, Rest extends unknown[] = []>(
  build: (knowledge: Knowledge, ...rest: Rest) => T,
): (knowledge: Knowledge, ...rest: Rest) => T {
  const built = new WeakMap<Knowledge, { readonly value: T }>();
  return (knowledge, ...rest) => {
    const found = built.get(knowledge);
    if (found) return found.value;
    const value = build(knowledge, ...rest);
    built.set(knowledge, { value });
    return value;
  };
}
