/**
 * English typed without spaces ("howmuchdidmicrosoftputin", "claudeonfoundrywhichmodels"): a long
 * run of Latin letters the knowledge does not know as a whole is split into words it does know,
 * by dynamic programming over the letters (the same idea as hangul-segment.ts). The words are the
 * knowledge's own (its English vocabulary, names, glossary and the names it knows it does not
 * cover) plus English function words (the stop words); nothing here is about one story.
 *
 * A split is kept only when the whole run splits into known words (no letter left over) and holds
 * a party's name or two content words of the knowledge (not only function words: "became" must
 * not become "be came"), or opens with a question word ("whichcloud", "whoactuallygetsthe"). A split in two needs a party's name ("microsoftinvestment"): a real word
 * is often two words glued ("keyboard", "paycheck", "overvalued") and must stay whole, and short
 * crumbs never make one ("confirmation" is not "con firm a ti on"). A run that is a word (a stop
 * word or a known stem) is never split.
 */
import { stemEnglish } from "./english.ts";
import type { Lexicon } from "./lexicon.ts";

/** Runs shorter than this are words, names or typos ("howmuch" is rare; "anthropc" is common). */
const MIN_RUN = 8;
/** The longest word tried at one position, in letters. */
const LONGEST_WORD = 20;
/** Every word costs one: the split with the fewest, longest words wins. */
const WORD_COST = 1;
/** A word of one or two letters ("a", "on", "in") is cheap to find anywhere: dearer. */
const SHORT_WORD_COST = 1.5;
/** A content word of the knowledge must be at least this long to make a split believable. */
const MIN_CONTENT_WORD = 4;

const LONG_RUN = /[a-z]{8,}/g;

/** English prefixes that make one word with what follows them, never a word of their own here. */
const PREFIXES = new Set(
  "micro macro mega giga tera over under super inter multi hyper out sub non semi anti pre post co re up down".split(
    " ",
  ),
);

/** Endings a known word may carry inside a run ("models", "invested", "talking"). */
const ENDINGS = ["s", "es", "ed", "ing"] as const;
const LONGEST_ENDING = 3;

/**
 * A question word glued to the verb or quantifier after it ("whatis", "howmuch", "whendid"): too
 * short a run for the lattice (a six-letter run is most often a word), but never an English word.
 */
const GLUED_QUESTION_WORD =
  /(?<![a-z])(what|how|who|when|where|why|which)(is|are|was|were|did|does|do|much|many|has|had|can|will)(?![a-z])/g;
const MAY_GLUE_QUESTION_WORD = /wh[aeoy]|how/;

/**
 * An auxiliary glued to the pronoun after it ("canyou get claude", "isit true", "didthey pay"):
 * too short a run for the lattice, but never an English word.
 */
const GLUED_AUXILIARY =
  /(?<![a-z])(can|could|would|will|should|do|does|did|is|are|was|were)(you|it|they|we)(?![a-z])/g;
const MAY_GLUE_AUXILIARY = /(?:you|it|they|we)(?![a-z])/;

/**
 * A short function word glued to "the" or "this" after it ("wasthe partnership", "inthe article",
 * "forthis deal"): too short a run for the lattice, but never an English word.
 */
const GLUED_DETERMINER =
  /(?<![a-z])(of|in|on|at|to|by|for|from|with|about|and|is|are|was|were|did|does|do|what|who|how|when|where|why|which)(the|this)(?![a-z])/g;
const MAY_GLUE_DETERMINER = /th(?:e|is)(?![a-z])/;

/**
 * A verb glued to the preposition after it ("putinto", "paidinto", "moneyonto", "sayabout"): too
 * short a run for the lattice. Split only when the word before is one the knowledge or the stop
 * words know and the run is no word as it stands ("pinto", "toronto" stay whole).
 */
const GLUED_PREPOSITION = /(?<![a-z])([a-z]{3,6})(into|onto|about)(?![a-z])/g;
const MAY_GLUE_PREPOSITION = /[a-z]{3}(?:into|onto|about)(?![a-z])/;

function spacePrepositions(raw: string, lexicon: Lexicon): string {
  return raw.replace(GLUED_PREPOSITION, (run: string, head: string, preposition: string) =>
    isKnownLatinWord(head, lexicon) && !isKnownLatinWord(run, lexicon)
      ? `${head} ${preposition}`
      : run,
  );
}

/** The text with each long unknown Latin run that splits cleanly written as its words. */
export function splitUnspacedLatin(raw: string, lexicon: Lexicon): string {
  const questioned = MAY_GLUE_QUESTION_WORD.test(raw) ? spaceQuestionWords(raw, lexicon) : raw;
  const asked = MAY_GLUE_PREPOSITION.test(questioned)
    ? spacePrepositions(questioned, lexicon)
    : questioned;
  const auxiliaries = MAY_GLUE_AUXILIARY.test(asked)
    ? asked.replace(GLUED_AUXILIARY, "$1 $2")
    : asked;
  const determined = MAY_GLUE_DETERMINER.test(auxiliaries)
    ? auxiliaries.replace(GLUED_DETERMINER, "$1 $2")
    : auxiliaries;
  const text = MAY_GLUE_DETERMINER_BEFORE.test(determined)
    ? spaceDeterminersBefore(determined, lexicon)
    : determined;
  if (!hasLongRun(text)) return text;
  let spaced = "";
  let from = 0;
  LONG_RUN.lastIndex = 0;
  for (let match = LONG_RUN.exec(text); match; match = LONG_RUN.exec(text)) {
    // "when wasthisallannounced": a run right after a question word is read as one that opens on it.
    const asked = QUESTION_BEFORE.test(text.slice(Math.max(0, match.index - 10), match.index));
    const words = splitRun(match[0], lexicon, asked);
    if (!words) continue;
    const end = match.index + match[0].length;
    // "whoactuallygetsthe30billion": the figure after the split words is a word of its own (a
    // figure glued to a letter is read as part of a name, "gpt4").
    const beforeDigit = isDigitAt(text, end) ? " " : "";
    spaced += text.slice(from, match.index) + words.join(" ") + beforeDigit;
    from = end;
  }
  return from === 0 ? text : spaced + text.slice(from);
}

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

/**
 * "whopays whom", "whypay": a question word glued to a content word of the knowledge, in a run too
 * short for the lattice. The run must not be a word as it stands ("however", "whoever": "ever" is
 * a function word, and no content word).
 */
const SHORT_QUESTION_RUN = /(?<![a-z])(what|how|who|when|where|why)([a-z]{4})(?![a-z])/g;

function spaceQuestionWords(raw: string, lexicon: Lexicon): string {
  return raw
    .replace(GLUED_QUESTION_WORD, "$1 $2")
    .replace(SHORT_QUESTION_RUN, (run: string, asked: string, rest: string) =>
      run.length < MIN_RUN &&
      !isKnownLatinWord(run, lexicon) &&
      (isContentWord(rest, lexicon) || isGluedFunctionVerb(rest, lexicon))
        ? `${asked} ${rest}`
        : run,
    );
}

/**
 * "whosaid", "whowill": a function word of four letters after a question word is no English word
 * either, except "ever" ("whoever", "however", "whatever" stay whole).
 */
function isGluedFunctionVerb(rest: string, lexicon: Lexicon): boolean {
  return rest !== "ever" && lexicon.stopwords.has(rest);
}

/**
 * "thedeal", "thisdeal": "the" or "this" glued to a word of the knowledge after it, in a run too
 * short for the lattice. Split only when the run is no word as it stands ("theory", "thesis").
 */
const GLUED_DETERMINER_BEFORE = /(?<![a-z])(the|this)([a-z]{4})(?![a-z])/g;
const MAY_GLUE_DETERMINER_BEFORE = /(?<![a-z])th(?:e|is)[a-z]{4}(?![a-z])/;

function spaceDeterminersBefore(raw: string, lexicon: Lexicon): string {
  return raw.replace(GLUED_DETERMINER_BEFORE, (run: string, determiner: string, rest: string) =>
    run.length < MIN_RUN &&
    !isKnownLatinWord(run, lexicon) &&
    isDeterminedWord([determiner, rest], lexicon)
      ? `${determiner} ${rest}`
      : run,
  );
}

/** Eight Latin letters in a row, tested without a match array (most questions have none). */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    run = code >= 97 && code <= 122 ? run + 1 : 0;
    if (run >= MIN_RUN) return true;
  }
  return false;
}

/** Splits remembered per lexicon: the same runs recur, and the lattice is the dear part. */
const splits = new WeakMap<Lexicon, Map<string, readonly string[] | null>>();
const MAX_REMEMBERED_SPLITS = 5_000;

/** A question word ending the text before a run ("when ", "what's "). */
const QUESTION_BEFORE = /(?:^|[^a-z'])(?:what|when|where|who|whom|why|how|which)(?:'s)?\s+$/;

function splitRun(run: string, lexicon: Lexicon, asked: boolean): readonly string[] | undefined {
  let known = splits.get(lexicon);
  if (!known) {
    known = new Map();
    splits.set(lexicon, known);
  }
  const key = asked ? `?${run}` : run;
  const remembered = known.get(key);
  if (remembered !== undefined) return remembered ?? undefined;
  const words = isKnownLatinWord(run, lexicon) ? undefined : segmentLatin(run, lexicon, asked);
  if (known.size < MAX_REMEMBERED_SPLITS) known.set(key, words ?? null);
  return words;
}

/** A run that is a word as it stands: a stop word or a stem the knowledge has. */
export function isKnownLatinWord(run: string, lexicon: Lexicon): boolean {
  return lexicon.stopwords.has(run) || lexicon.latinStems.has(stemEnglish(run));
}

interface Step {
  readonly cost: number;
  readonly from: number;
}

/**
 * The cheapest split of a run of Latin letters into known words, or undefined when no split
 * explains every letter, has two words or more, and holds a content word of the knowledge.
 * asked: the run follows a question word, which stands for one it opens on ("when wasthisall…").
 */
export function segmentLatin(run: string, lexicon: Lexicon, asked = false): string[] | undefined {
  const length = run.length;
  if (length < MIN_RUN) return undefined;
  const best: (Step | undefined)[] = new Array(length + 1).fill(undefined);
  best[0] = { cost: 0, from: 0 };
  for (let start = 0; start < length; start++) {
    const here = best[start];
    if (!here) continue;
    const reach = longestPieces(lexicon).get(run.slice(start, start + 3)) ?? 2;
    const longest = Math.min(length, start + Math.min(reach, LONGEST_WORD));
    for (let end = start + 1; end <= longest; end++) {
      const piece = run.slice(start, end);
      if (!isKnownPiece(piece, lexicon)) continue;
      const cost = here.cost + (piece.length <= 2 ? SHORT_WORD_COST : WORD_COST);
      const current = best[end];
      if (!current || cost < current.cost) best[end] = { cost, from: start };
    }
  }
  if (!best[length]) return undefined;
  const words: string[] = [];
  for (let end = length; end > 0; ) {
    const step = best[end] as Step;
    words.unshift(run.slice(step.from, end));
    end = step.from;
  }
  if (words.length < 2) return undefined;
  if (words.length === 2 && !isBelievablePair(words, lexicon)) return undefined;
  // "confirmation" is not "con firm a ti on", nor "consonant" "cons on ant": a short piece must
  // be a function word or a word of the knowledge, and two crumbs never stand side by side.
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    if (word.length > 3) continue;
    if (word === "x") {
      if (isCollaborationMark(words, at, lexicon)) continue;
      return undefined;
    }
    if (!lexicon.stopwords.has(word) && !lexicon.latinStems.has(word)) return undefined;
    if (word.length <= 2 && (words[at + 1]?.length ?? 3) <= 2) return undefined;
  }
  // "microchip", "overvalued", "supercomputer": an English prefix glued to a word is one word.
  if (PREFIXES.has(words[0] as string)) return undefined;
  // A name of the knowledge, or two of its content words: slang and filler ("haha") or one
  // everyday word ("life") do not make a run of letters a question about the story.
  if (words.some((word) => isName(word, lexicon))) return words;
  const content = words.filter((word) => isContentWord(word, lexicon));
  if (content.length >= 2 || isDeterminedWord(words, lexicon)) return words;
  if (isFunctionWordPair(words, lexicon)) return words;
  const opensOnQuestionWord = QUESTION_WORDS.has(words[0] as string);
  if (!asked && !opensOnQuestionWord) return undefined;
  // "whendidtheyannounce", "whopaidmore", "whichcloud": a question word, then one content word of
  // the knowledge (a pair only as isBelievablePair lets it: the content word right after).
  if (content.length === 1) return words;
  // "whoactuallygetsthe…": a question word and three words more, every one a function word; no
  // English word is that many of them after a question word ("whatsoever" is three).
  return opensOnQuestionWord && content.length === 0 && words.length >= 4 ? words : undefined;
}

/**
 * A run split in two is believable with a party's name in it ("microsoftinvestment"), as two
 * content words of the knowledge ("circularinvestment", "datacenter": a glued compound of real
 * words, "keyboard", has no two of them), or as a determiner and a word of the knowledge
 * ("thisarticle", "thedeal").
 */
function isBelievablePair(words: readonly string[], lexicon: Lexicon): boolean {
  if (words.some((word) => isName(word, lexicon))) return true;
  if (isDeterminedWord(words, lexicon)) return true;
  // "whichcloud", "whatmodels": a question word glued to a content word of the knowledge ("however",
  // "whatever": a question word and a function word, stay whole).
  if (QUESTION_WORDS.has(words[0] as string) && isContentWord(words[1] as string, lexicon)) {
    return true;
  }
  if (isFunctionWordPair(words, lexicon)) return true;
  return words.every((word) => isContentWord(word, lexicon));
}

/**
 * "alreadyinvested", "investedalready": a function word of four letters or more glued to a content
 * word of the knowledge. A compound of real words has no function word in it ("keyboard"), or one
 * that is an English prefix ("overvalued", never split).
 */
function isFunctionWordPair(words: readonly string[], lexicon: Lexicon): boolean {
  const [first, second] = words;
  if (words.length !== 2 || first === undefined || second === undefined) return false;
  return (
    (isLongFunctionWord(first, lexicon) && isContentWord(second, lexicon)) ||
    (isContentWord(first, lexicon) && isLongFunctionWord(second, lexicon))
  );
}

function isLongFunctionWord(word: string, lexicon: Lexicon): boolean {
  return word.length >= MIN_CONTENT_WORD && lexicon.stopwords.has(word) && !PREFIXES.has(word);
}

function isContentWord(word: string, lexicon: Lexicon): boolean {
  return (
    word.length >= MIN_CONTENT_WORD &&
    !lexicon.stopwords.has(word) &&
    lexicon.latinStems.has(stemEnglish(word))
  );
}

/** Words that only point at the noun after them: glued to it, they and it are the two words. */
const DETERMINERS = new Set(["this", "that", "these", "those", "the", "its", "their"]);

/** "thisarticle", "thedeal": a determiner glued to a word of the knowledge, nothing else. */
function isDeterminedWord(words: readonly string[], lexicon: Lexicon): boolean {
  const [first, second] = words;
  return (
    words.length === 2 &&
    DETERMINERS.has(first as string) &&
    (second as string).length >= MIN_CONTENT_WORD &&
    lexicon.latinWords.has(second as string)
  );
}

/** English question words that open a question typed without spaces. */
const QUESTION_WORDS = new Set([
  "what",
  "whats",
  "when",
  "where",
  "who",
  "whom",
  "why",
  "how",
  "which",
]);

/** Whether the "x" at `at` stands between two names of the story's parties ("nvidia x anthropic"). */
function isCollaborationMark(words: readonly string[], at: number, lexicon: Lexicon): boolean {
  const { parties } = latinNamesOf(lexicon);
  return parties.has(words[at - 1] ?? "") && parties.has(words[at + 1] ?? "");
}

/**
 * The longest piece (with an ending) that starts with each three letters, worked out once per
 * lexicon: from a position whose three letters begin no word, only a piece of one or two letters
 * is tried, so an unknown run costs a few lookups per letter.
 */
const longestByStart = new WeakMap<Lexicon, ReadonlyMap<string, number>>();

function longestPieces(lexicon: Lexicon): ReadonlyMap<string, number> {
  let longest = longestByStart.get(lexicon);
  if (!longest) {
    const found = new Map<string, number>();
    const add = (word: string, extra: number) => {
      if (word.length < 3 || !/^[a-z]+$/.test(word)) return;
      const key = word.slice(0, 3);
      found.set(key, Math.max(found.get(key) ?? 0, word.length + extra));
    };
    lexicon.latinWords.forEach((word) => {
      add(word, LONGEST_ENDING);
    });
    lexicon.stopwords.forEach((word) => {
      add(word, 0);
    });
    longest = found;
    longestByStart.set(lexicon, longest);
  }
  return longest;
}

/** The one-word Latin forms the segmenter treats as names, worked out in one pass per lexicon. */
interface LatinNames {
  /** The story's parties (concept forms): "microsoft", "msft"; not topic words ("ties", "pay"). */
  readonly parties: ReadonlySet<string>;
  /** Every concept's one-word form of four letters or more. */
  readonly conceptWords: ReadonlySet<string>;
}

const latinNames = new WeakMap<Lexicon, LatinNames>();

function latinNamesOf(lexicon: Lexicon): LatinNames {
  let found = latinNames.get(lexicon);
  if (!found) {
    const parties = new Set<string>();
    const conceptWords = new Set<string>();
    for (const [, targets] of lexicon.latinTypoTargets.entries()) {
      for (const target of targets) {
        if (!target.concept) continue;
        if (target.concept.entity) parties.add(target.word);
        if (target.word.length >= 4) conceptWords.add(target.word);
      }
    }
    found = { parties, conceptWords };
    latinNames.set(lexicon, found);
  }
  return found;
}

/** Whether a Latin word is a party's name in the knowledge ("msft", "nvidia"). */
export function isLatinPartyName(word: string, lexicon: Lexicon): boolean {
  return latinNamesOf(lexicon).parties.has(word);
}

/**
 * A party's name, or a name of the knowledge (a concept's one-word form of four letters or more)
 * with a possessive "s" glued on ("amazonsrole", "nvidiasshare").
 */
function isName(word: string, lexicon: Lexicon): boolean {
  const { parties, conceptWords } = latinNamesOf(lexicon);
  if (parties.has(word)) return true;
  if (word.length < 5 || !word.endsWith("s")) return false;
  return conceptWords.has(word.slice(0, -1));
}

/** A piece the knowledge or English grammar knows, alone or with a plain ending. */
function isKnownPiece(piece: string, lexicon: Lexicon): boolean {
  // "x" joins two names in a collaboration ("nvidiaxanthropic"); segmentLatin keeps it only there.
  if (piece.length === 1) return piece === "a" || piece === "x";
  if (lexicon.stopwords.has(piece)) return true;
  // Two letters: a function word ("on", "in") or a name ("ms", "ai"), not a piece of a phrase
  // ("ig" of "ig night"), which would cut real words into crumbs.
  if (piece.length === 2) return lexicon.latinStems.has(piece);
  // Three letters: the same, as segmentLatin keeps no other short piece; slang of the glossary
  // ("dat", "wit") would win the lattice ("valuedat" as "value dat") and then be thrown out.
  if (piece.length === 3) return lexicon.latinStems.has(piece);
  if (lexicon.latinWords.has(piece)) return true;
  for (const ending of ENDINGS) {
    if (piece.length - ending.length < 3 || !piece.endsWith(ending)) continue;
    if (lexicon.latinWords.has(piece.slice(0, -ending.length))) return true;
  }
  return false;
}
