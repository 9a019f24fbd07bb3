/**
 * Names heard rather than typed. Voice input writes a name it does not know as the words it
 * sounds like: "ig night" for Ignite, "anthro pick" for Anthropic, "micro soft", "en vidia".
 * Two neighbouring Latin words whose join sounds like a one-word name the knowledge has (a
 * concept's form) are read as that name. Sounds are compared on a rough English sound key
 * (igh -> i, ph -> f, hard c -> k, z -> s, doubled letters once, a final silent e dropped), never
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
  readonly exact: ReadonlyMap<string, string>;
  /** Sound keys long enough to be one sound off, by length. */
  readonly byLength: ReadonlyMap<
    number,
    readonly { readonly key: string; readonly name: string }[]
  >;
}

const byLexicon = new WeakMap<Lexicon, SpokenNames>();

export function soundKey(word: string): string {
  return word
    .replace(/igh/g, "i")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/q/g, "k")
    .replace(/c(?![eiy])/g, "k")
    .replace(/c/g, "s")
    .replace(/z/g, "s")
    .replace(/(?:ee|ea|ie|y)/g, "i")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/(?<=[a-z]{3})e$/, "");
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
    names = { exact, byLength };
    byLexicon.set(lexicon, names);
  }
  return names;
}

const LATIN_WORD = /[a-z]+/gu;

/**
 * The text with each pair of neighbouring Latin words that sounds like one of the knowledge's
 * one-word names replaced by that name. A pair of two words the knowledge already knows stays as
 * written ("black well" may be two words; "ig night" is not).
 */
export function joinSpokenNames(text: string, lexicon: Lexicon): string {
  if (!/[a-z]{2,}\s+[a-z]{2,}/u.test(text)) return text;
  const names = spokenNames(lexicon);
  const words = [...text.matchAll(LATIN_WORD)];
  let joined = "";
  let from = 0;
  for (let at = 0; at + 1 < words.length; at++) {
    const first = words[at] as RegExpExecArray;
    const second = words[at + 1] as RegExpExecArray;
    const firstEnd = first.index + first[0].length;
    if (first.index < from || !/^\s+$/u.test(text.slice(firstEnd, second.index))) continue;
    if (first[0].length < 2 || second[0].length < 2) continue;
    const known = Number(isKnown(first[0], lexicon)) + Number(isKnown(second[0], lexicon));
    if (known === 2) continue;
    // One sound off only when neither word is known: a name heard, not a phrase.
    const name = nameSounding(first[0] + second[0], names, known === 0);
    if (!name) continue;
    joined += text.slice(from, first.index) + name;
    from = second.index + second[0].length;
    at++;
  }
  return from === 0 ? text : joined + text.slice(from);
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
