/**
 * "Does this word occur in the knowledge's text?", asked for every new Korean word of a question
 * (its stems, its verb's forms: korean-verb.ts, analyze.ts, hangul-segment.ts). A plain
 * `includes` reads the whole text (18,000 characters) each time, 5-10 µs, and a word may ask it
 * a dozen times: the words a question brings for the first time paid that. The text is filed
 * once by each pair of characters it holds; a part of two characters or more is looked for only
 * where its first pair stands. The same answers as `includes`.
 */

/** Where each pair of UTF-16 units starts in a text. */
type PairStarts = Map<number, number[]>;

/** The texts filed so far (in a process, the knowledge's one; tests load several). */
const filed = new Map<string, PairStarts>();
const MAX_TEXTS = 4;

function pairStarts(text: string): PairStarts {
  let starts = filed.get(text);
  if (starts === undefined) {
    starts = new Map();
    for (let at = 0; at + 1 < text.length; at++) {
      const pair = text.charCodeAt(at) * 65_536 + text.charCodeAt(at + 1);
      const list = starts.get(pair);
      if (list === undefined) starts.set(pair, [at]);
      else list.push(at);
    }
    if (filed.size >= MAX_TEXTS) filed.clear();
    filed.set(text, starts);
  }
  return starts;
}

/** text.includes(part), for a text asked about many times. */
export function textIncludes(text: string, part: string): boolean {
  if (part.length < 2) return text.includes(part);
  const starts = pairStarts(text).get(part.charCodeAt(0) * 65_536 + part.charCodeAt(1));
  if (starts === undefined) return false;
  for (let index = 0; index < starts.length; index++) {
    if (text.startsWith(part, starts[index] as number)) return true;
  }
  return false;
}
