/**
 * A list of patterns tested as "does any match?", as fewer patterns: those with the same flags
 * joined into one alternation. One scan of the text instead of one per pattern, and the same
 * answer: an alternation matches somewhere exactly when one of its alternatives does, and each
 * alternative keeps its flags. A pattern with a numbered or named backreference stays alone (its
 * group numbers would shift), and so does one with the g or y flag (its lastIndex is state).
 *
 * Each joined pattern also keeps the strings one of which every match of it holds
 * (required-strings.ts), filed by their first character: a text holding none of them is passed
 * over without running the pattern. A long alternation costs several microseconds a text in an
 * answer (its compiled code is out of the caches by the next question); the lookup a fraction.
 */
import { requiredStrings } from "./required-strings.ts";

const BACKREFERENCE = /\\[1-9]|\\k</;

/** Strings filed by their first UTF-16 code unit. */
type StringsByFirstUnit = ReadonlyMap<number, readonly string[]>;

export type UnitedPatterns = readonly RegExp[] & {
  /** For each pattern, the strings a text it matches must hold one of; undefined: always run it. */
  readonly needs: readonly (StringsByFirstUnit | undefined)[];
};

export function unitedPatterns(patterns: readonly RegExp[]): UnitedPatterns {
  // Joined by flags, and apart by whether their strings rule out texts: a pattern whose strings
  // any text holds (a space, one letter) would make its group's lookup pass every text.
  const groups = new Map<string, { strings: string[] | undefined; patterns: RegExp[] }>();
  const alone: RegExp[] = [];
  for (const pattern of patterns) {
    if (BACKREFERENCE.test(pattern.source) || pattern.global || pattern.sticky) {
      alone.push(pattern);
      continue;
    }
    const strings = requiredStrings(pattern);
    const telling = strings?.every(isTelling) === true;
    const key = `${pattern.flags}${telling ? "+" : "-"}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { strings: telling ? [...(strings ?? [])] : undefined, patterns: [pattern] });
    } else {
      group.patterns.push(pattern);
      if (telling) group.strings?.push(...(strings ?? []));
    }
  }
  const united: RegExp[] = [];
  const needs: (StringsByFirstUnit | undefined)[] = [];
  for (const [flags, group] of groups) {
    united.push(
      group.patterns.length === 1
        ? (group.patterns[0] as RegExp)
        : new RegExp(
            group.patterns.map((pattern) => `(?:${pattern.source})`).join("|"),
            flags.slice(0, -1),
          ),
    );
    needs.push(group.strings && filed(group.strings));
  }
  // Run as they are: a g or y pattern's test moves its lastIndex, which a skipped test would not.
  for (const pattern of alone) {
    united.push(pattern);
    needs.push(undefined);
  }
  return Object.assign(united, { needs });
}

/** A string not every text holds: two characters besides spaces, or one that is not ASCII. */
function isTelling(string: string): boolean {
  return string.trim().length >= 2 || [...string].some((char) => char.charCodeAt(0) > 0x7f);
}

/** The strings filed by their first unit. */
function filed(strings: readonly string[]): StringsByFirstUnit {
  const byFirst = new Map<number, string[]>();
  for (const string of strings) {
    const first = string.charCodeAt(0);
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [string]);
    else if (!list.includes(string)) list.push(string);
  }
  return byFirst;
}

/** Whether the text holds one of the strings. */
function holdsOneOf(text: string, byFirst: StringsByFirstUnit): boolean {
  for (let at = 0; at < text.length; at++) {
    const strings = byFirst.get(text.charCodeAt(at));
    if (strings === undefined) continue;
    for (let next = 0; next < strings.length; next++) {
      if (text.startsWith(strings[next] as string, at)) return true;
    }
  }
  return false;
}

/** Whether any of the patterns matches the text (the patterns united by unitedPatterns). */
export function anyMatches(united: UnitedPatterns, text: string): boolean {
  for (let at = 0; at < united.length; at++) {
    const needs = united.needs[at];
    if (needs !== undefined && !holdsOneOf(text, needs)) continue;
    if ((united[at] as RegExp).test(text)) return true;
  }
  return false;
}
