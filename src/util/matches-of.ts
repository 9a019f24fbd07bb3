/**
 * Every match of a global pattern in a text, in order: the matches `text.matchAll(pattern)` gives,
 * as an array, without what matchAll makes at each call (a copy of the pattern, built like `new
 * RegExp`, and an iterator). The pattern is read from its lastIndex, as matchAll reads it, and its
 * lastIndex is put back after: to every other reader of the pattern, nothing happened. Every
 * match is found before the caller reads the first (matchAll finds them as they are read), which
 * changes no result: a match does not depend on what the caller does with the ones before.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError("matchesOf needs a global pattern, as matchAll does");
  const from = pattern.lastIndex;
  const matches: RegExpExecArray[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match: the next search starts one character on (a code point with the u flag).
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = from;
  return matches;
}

/** The index after `at`: a surrogate pair is one step under the u flag (AdvanceStringIndex). */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff) return at + 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
