/**
 * A list of patterns tested as "does any match?", as fewer patterns: those with the same flags
 * joined into one alternation. One scan of the text instead of one per pattern, and the same
 * answer: an alternation matches somewhere exactly when one of its alternatives does, and each
 * alternative keeps its flags. A pattern with a numbered or named backreference stays alone (its
 * group numbers would shift), and so does one with the g or y flag (its lastIndex is state).
 */
const BACKREFERENCE = /\\[1-9]|\\k</;

export function unitedPatterns(patterns: readonly RegExp[]): readonly RegExp[] {
  const byFlags = new Map<string, RegExp[]>();
  const alone: RegExp[] = [];
  for (const pattern of patterns) {
    if (BACKREFERENCE.test(pattern.source) || pattern.global || pattern.sticky) {
      alone.push(pattern);
      continue;
    }
    const group = byFlags.get(pattern.flags);
    if (group) group.push(pattern);
    else byFlags.set(pattern.flags, [pattern]);
  }
  const united: RegExp[] = [];
  for (const [flags, group] of byFlags) {
    united.push(
      group.length === 1
        ? (group[0] as RegExp)
        : new RegExp(group.map((pattern) => `(?:${pattern.source})`).join("|"), flags),
    );
  }
  return [...united, ...alone];
}

/** Whether any of the patterns matches the text (the patterns united by unitedPatterns). */
export function anyMatches(united: readonly RegExp[], text: string): boolean {
  for (let at = 0; at < united.length; at++) if ((united[at] as RegExp).test(text)) return true;
  return false;
}
