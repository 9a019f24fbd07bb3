/**
 * A pure function of a string that remembers its last few results. For work that one request
 * repeats on the same text (an answer reads its question whole, then its parts, then again for a
 * follow-up check), not a cache across requests: it holds only `size` entries, oldest out first.
 */
export function rememberRecent<T>(size: number, compute: (key: string) => T): (key: string) => T {
  const recent = new Map<string, T>();
  return (key) => {
    const known = recent.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    recent.set(key, value);
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return value;
  };
}
