/**
 * A word in capitals that names nobody. People shout, paste headlines and type with caps lock on
 * ("MSFT TO INVEST UP TO $5B IN ANTHROPIC - CONFIRM?", "nvidia ALONE put in 15bn??"): there the
 * capitals of a word are no evidence of a name. A capitalised word the knowledge does not know is
 * still read as a name it does not cover ("ZORBLAX"), unless its place or the vocabulary says it
 * is a plain word:
 * - its place: after a determiner, a possessive or a count ("THIS SETUP", "EACH STEP",
 *   "CLAUDE'S DISTINCTION", "NO LONGER", "TWO TICKETS"), a noun of a noun phrase, no party;
 * - a source the asker read it in ("per WSJ", "BBG says"): context, no party asked about;
 * - the words people shout anyway: requests to check ("CONFIRM?", "VERIFY"), emphasis ("ALONE",
 *   "REALLY"), number words ("FIVE"), and the knowledge's own (its facts' words, its glossary's
 *   shorthand: "VAL", "DIFF", "TICKET").
 * Read only for a word already found unknown and capitalised: no question pays for it otherwise.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import { isFunctionWord } from "../../search/shouting.ts";
import { ENGLISH_STOPWORDS } from "../../search/stopwords.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { factWordsOf } from "./fact-words.ts";

/** Words after which the next word is a common noun or adjective, not a party. */
const NOUN_PHRASE_OPENER = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "each",
  "every",
  "any",
  "some",
  "no",
  "its",
  "their",
  "our",
  "my",
  "your",
  "his",
  "her",
  "two",
  "three",
  "four",
  "five",
  "both",
  "several",
  "few",
  "many",
]);

/**
 * Words shouted in any sentence that are never a name: asking to check, emphasis, number words,
 * comparison. Generic English, not this story's.
 */
const SHOUTED_PLAIN_WORDS = new Set(
  `confirm confirms confirmed confirmation verify verified check checked fact legit accurate
  rumor rumour rumored rumoured fake real official officially quote quoted headline headlines
  alone really actually exactly definitely literally seriously totally truly directly together
  separately combined overall entire whole never ever always already else instead either neither
  one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty
  hundred thousand million billion trillion prior previous previously before after later
  earlier vs versus diff difference plus minus times total sum net gross`.split(/\s+/u),
);

/** A source named before the words ("per WSJ", "according to BBG", "via Reuters"). */
const SOURCE_BEFORE =
  /(?:^|[\s(])(?:according to|per|reported by|citing|cited by|via)\s+(?:the\s+)?$/iu;
/** A source named before what it says ("BBG says", "WSJ reported", "FT reporting"). */
const SOURCE_AFTER =
  /^(?:['’]s)?\s+(?:says|said|say|reports|reported|reporting|report|writes|wrote|claims|claimed)\b/iu;

/** The Latin words of the glossary's sayings (its shorthand, "val", "diff"), built once. */
const glossaryWordsOf = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const entry of knowledge.glossary) {
    for (const say of entry.say) {
      for (const [word] of matchesOf(/[a-z]{2,}/gu, say.toLowerCase())) words.add(word);
    }
  }
  return words;
});

/** Whether a lower-case word is one people shout that names nobody, by vocabulary alone. */
export function isPlainShoutedWord(knowledge: Knowledge, lower: string): boolean {
  return (
    SHOUTED_PLAIN_WORDS.has(lower) ||
    isFunctionWord(lower) ||
    ENGLISH_STOPWORDS.has(lower) ||
    factWordsOf(knowledge).has(lower) ||
    glossaryWordsOf(knowledge).has(lower)
  );
}

/** Whether the word written at `start` (`length` letters) of `text` is a source the asker read. */
function inSourcePlace(text: string, start: number, length: number): boolean {
  return (
    SOURCE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
    SOURCE_AFTER.test(text.slice(start + length, start + length + 16))
  );
}

/**
 * Whether the word written at `start` (`length` letters) of a shouted `text` stands where no
 * party does: a noun after a determiner, a possessive or a count, or a source the asker read. In
 * a sentence of lower case, capitals after "the" are an acronym ("the FTC"): shouted text only.
 */
export function inPlainPlace(text: string, start: number, length: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (inSourcePlace(text, start, length)) return true;
  // "THE FTC", "A GTC KEYNOTE": a word of three letters or fewer is an acronym's length.
  if (length <= 3) return false;
  // "CLAUDE'S DISTINCTION": a possessive before the word.
  if (/['’]s\s+$/iu.test(before)) return true;
  const previous = /([A-Za-z]+)\s+$/u.exec(before)?.[1];
  return previous !== undefined && NOUN_PHRASE_OPENER.has(previous.toLowerCase());
}

/**
 * Whether an unknown word in capitals ("CONFIRM", "SETUP", "WSJ") is a plain word, not a name:
 * by vocabulary, then as a source by its first place in `text` (found case-blind).
 */
export function isPlainCapitalWord(knowledge: Knowledge, text: string, lower: string): boolean {
  if (isPlainShoutedWord(knowledge, lower)) return true;
  const at = wordAt(text, lower);
  return at >= 0 && inSourcePlace(text, at, lower.length);
}

/** Where a word stands in the text as a whole word, case-blind (-1 when it does not). */
function wordAt(text: string, lower: string): number {
  const folded = text.toLowerCase();
  for (let at = folded.indexOf(lower); at >= 0; at = folded.indexOf(lower, at + 1)) {
    const before = folded[at - 1];
    const after = folded[at + lower.length];
    if (
      (before === undefined || !/[a-z]/u.test(before)) &&
      (after === undefined || !/[a-z]/u.test(after))
    ) {
      return at;
    }
  }
  return -1;
}

/**
 * Whether a name read from capitals ("CONFIRM", "WIRE STORY") is all plain words in capitals: no
 * name. A name written with lower case ("Zorblax", "xAI") is left to the caller.
 */
export function plainInCapitals(knowledge: Knowledge, text: string, name: string): boolean {
  if (/[a-z]/u.test(name)) return false;
  const words = name.toLowerCase().split(" ");
  return words.every((word) => isPlainCapitalWord(knowledge, text, word));
}
