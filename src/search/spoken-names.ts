/**
 * Names heard rather than typed. Voice input writes a name it does not know as the words it
 * sounds like: "ig night" for Ignite, "anthro pick" for Anthropic, "micro soft", "en vidia".
 * Two neighbouring Latin words whose join sounds like a one-word name the knowledge has (a
 * concept's form) are read as that name. Sounds are compared on a rough English sound key
 * (igh -> i, ph -> f, th -> t, hard c -> k, z -> s, doubled letters once, a final silent e dropped), never
 * on spelling alone, so two real words are joined only when they say the name.
 */
import { withinOneEdit } from "./edit-distance.ts";
import { stemEnglish } from "./english.ts";
import type { Lexicon } from "./lexicon.ts";

/** Names shorter than this are too easily said by two ordinary words. */
const MIN_NAME_LENGTH = 5;
/** A sound key this long may be one sound off ("envidia" for "nvidia"). */
const MIN_KEY_FOR_NEAR_MATCH = 6;

interface SpokenNames {
  /**
   * What each pair of words met so far sounds like ("" for no name): a pair's reading depends
   * on its two words only, and one answer reads the same pairs again in each of its parts.
   */
  readonly pairs: Map<string, string>;
  readonly exact: ReadonlyMap<string, string>;
  /** Sound keys long enough to be one sound off, by length. */
  readonly byLength: ReadonlyMap<
    number,
    readonly { readonly key: string; readonly name: string }[]
  >;
}

const byLexicon = new WeakMap<Lexicon, SpokenNames>();

export function soundKey(word: string): string {
  return (
    word
      .replace(/igh/g, "i")
      .replace(/ph/g, "f")
      // "and tropic" for Anthropic: th said as t, and a d before it swallowed.
      .replace(/d?th|dt/g, "t")
      .replace(/ck/g, "k")
      .replace(/q/g, "k")
      .replace(/c(?![eiy])/g, "k")
      .replace(/c/g, "s")
      .replace(/z/g, "s")
      .replace(/(?:ee|ea|ie|y)/g, "i")
      .replace(/([a-z])\1+/g, "$1")
      .replace(/(?<=[a-z]{3})e$/, "")
  );
}

function spokenNames(lexicon: Lexicon): SpokenNames {
  let names = byLexicon.get(lexicon);
  if (!names) {
    const exact = new Map<string, string>();
    const byLength = new Map<number, { key: string; name: string }[]>();
    for (const [length, targets] of lexicon.latinTypoTargets.entries()) {
      if (length < MIN_NAME_LENGTH) continue;
      for (const target of targets) {
        if (!target.concept || !/^[a-z]+$/.test(target.word)) continue;
        const key = soundKey(target.word);
        if (!exact.has(key)) exact.set(key, target.word);
        if (key.length < MIN_KEY_FOR_NEAR_MATCH) continue;
        const bucket = byLength.get(key.length) ?? [];
        bucket.push({ key, name: target.word });
        byLength.set(key.length, bucket);
      }
    }
    names = { pairs: new Map(), exact, byLength };
    byLexicon.set(lexicon, names);
  }
  return names;
}

/** Pairs of words remembered per lexicon, at most: a bound on what a stream of new words costs. */
export const MAX_REMEMBERED_PAIRS = 10_000;

/**
 * The text with each pair of neighbouring Latin words that sounds like one of the knowledge's
 * one-word names replaced by that name. A pair of two words the knowledge already knows stays as
 * written ("black well" may be two words; "ig night" is not).
 */
export function joinSpokenNames(text: string, lexicon: Lexicon): string {
  if (!/[a-z]{2,}\s+[a-z]{2,}/u.test(text)) return text;
  const names = spokenNames(lexicon);
  let joined = "";
  let from = 0;
  // The words ([a-z]+) one by one, read by their character codes: no match array per word, and
  // a word is cut out of the text only when it stands in a pair that may be a name. A pair read
  // as a name is skipped whole, the next pair starting after it.
  let firstStart = latinWordStart(text, 0);
  while (firstStart < text.length) {
    const firstEnd = latinWordEnd(text, firstStart);
    const secondStart = latinWordStart(text, firstEnd);
    if (secondStart >= text.length) break;
    const secondEnd = latinWordEnd(text, secondStart);
    const name =
      onlySpaces(text, firstEnd, secondStart) &&
      firstEnd - firstStart >= 2 &&
      secondEnd - secondStart >= 2
        ? pairName(
            text.slice(firstStart, firstEnd),
            text.slice(secondStart, secondEnd),
            names,
            lexicon,
          )
        : "";
    if (name === "") {
      firstStart = secondStart;
      continue;
    }
    joined += text.slice(from, firstStart) + name;
    from = secondEnd;
    firstStart = latinWordStart(text, secondEnd);
  }
  return from === 0 ? text : joined + text.slice(from);
}

/** Where the next word of a-z starts, from `at` on (the text's length when none does). */
function latinWordStart(text: string, at: number): number {
  let start = at;
  while (start < text.length && !isLowerLatin(text.charCodeAt(start))) start++;
  return start;
}

/** Where the word of a-z starting at `start` ends. */
function latinWordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isLowerLatin(text.charCodeAt(end))) end++;
  return end;
}

function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Whether the text from `from` to `to` (not empty) is all white space, as /^\s+$/u tests. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let at = from; at < to; at++) if (!isWhiteSpace(text.charCodeAt(at))) return false;
  return true;
}

/** The characters \s stands for in a regular expression (white space and line ends). */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The name two words sound like together, or "" (remembered: see SpokenNames.pairs). */
function pairName(first: string, second: string, names: SpokenNames, lexicon: Lexicon): string {
  const key = `${first} ${second}`;
  const remembered = names.pairs.get(key);
  if (remembered !== undefined) return remembered;
  const known = Number(isKnown(first, lexicon)) + Number(isKnown(second, lexicon));
  // One sound off only when neither word is known: a name heard, not a phrase.
  const name = known === 2 ? "" : (nameSounding(first + second, names, known === 0) ?? "");
  if (names.pairs.size < MAX_REMEMBERED_PAIRS) names.pairs.set(key, name);
  return name;
}

/** How many pairs of words the lexicon's spoken names remember (for tests of the bound). */
export function rememberedPairCount(lexicon: Lexicon): number {
  return spokenNames(lexicon).pairs.size;
}

function nameSounding(word: string, names: SpokenNames, nearToo: boolean): string | undefined {
  const key = soundKey(word);
  if (key.length < MIN_NAME_LENGTH - 1) return undefined;
  const exact = names.exact.get(key);
  if (exact || !nearToo || key.length < MIN_KEY_FOR_NEAR_MATCH) return exact;
  for (let length = key.length - 1; length <= key.length + 1; length++) {
    const near = names.byLength.get(length)?.find((entry) => withinOneEdit(key, entry.key));
    if (near) return near.name;
  }
  return undefined;
}

function isKnown(word: string, lexicon: Lexicon): boolean {
  return lexicon.stopwords.has(word) || lexicon.latinStems.has(stemEnglish(word));
}
