/**
 * Shard id lists as operators write them: "0-3", "0,2,4", "4-7, 9". Returns the ids in ascending
 * order without repeats, or undefined when the text is not such a list (or a range runs backwards).
 */
const LIST = /^\d+(-\d+)?(,\d+(-\d+)?)*$/;

export function parseShardIds(text: string): number[] | undefined {
  const compact = text.replace(/\s+/g, "");
  if (!LIST.test(compact)) return undefined;
  const ids = new Set<number>();
  for (const part of compact.split(",")) {
    const [first, last = first] = part.split("-").map(Number) as [number, number?];
    if (last < first || last - first > MAX_IDS) return undefined;
    for (let id = first; id <= last; id++) ids.add(id);
    if (ids.size > MAX_IDS) return undefined;
  }
  return [...ids].sort((a, b) => a - b);
}

/** More shards than any bot runs on one host; guards against "0-99999999". */
const MAX_IDS = 4_096;
