import type { NamedEntity } from "./scope.ts";

/**
 * Where a named party is written in the question: its own position, or where one of its display
 * names is found (a party the scope found by a form it could not place).
 */
export function writtenPosition(text: string, entity: NamedEntity): number {
  if (entity.position > 0) return entity.position;
  const at = [entity.name.en, entity.name.ko]
    .map((name) => text.indexOf(name.toLowerCase()))
    .filter((found) => found >= 0);
  return at.length > 0 ? Math.min(...at) : entity.position;
}
