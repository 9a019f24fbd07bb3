/**
 * Slang, abbreviations and chat filler (knowledge/glossary.json), read as the plain words they
 * stand for before a question is tokenised: "tl;dr" -> "summary", "eli5" -> "explain simply",
 * "lol" -> nothing. The words are data; this file only knows how to find them.
 */
import type { GlossaryEntry } from "../knowledge/schema.ts";
import { escapeRegExp } from "../util/escape-regexp.ts";
import { englishVerbForms } from "./english-conjugate.ts";
import { composeSyllable, isEnding, isHelperVerbEnding, syllableParts } from "./korean.ts";
import { verbForms } from "./korean-conjugate.ts";
import { normalizeText } from "./normalize.ts";

export interface Glossary {
  /** Rewrites a normalised question; returns it unchanged when nothing matches. */
  rewrite(normalized: string): string;
}

const HANGUL = /\p{Script=Hangul}/u;
/**
 * How the Korean phrases' patterns start: every phrase of theirs holds Hangul (a Korean phrase,
 * or a name ending in Hangul), so they are not run on a text without it.
 */
const KOREAN_PHRASE_START = String.raw`(?<!\p{Script=Hangul})(`;
/**
 * What follows a Korean phrase inside its word, checked to be an ending: syllables only, so chat
 * jamo typed onto the word ("태웠어요ㅋㅋㅋ", "박았어ㅎㅎ") do not hide the ending before them.
 */
const REST_OF_WORD = String.raw`([\uac00-\ud7a3]*)`;
/** Rounds of rewriting: one entry's words may be another's phrase, but never endlessly. */
const MAX_ROUNDS = 3;

/**
 * A Latin or symbol phrase matches as a whole word ("lol", not the "lol" of "lollipop"). A Korean
 * one matches at the start of a word and takes a particle or ending after it with it ("팽당함" is
 * "팽당" + "함"); followed by anything else, it is part of another word and left alone.
 */
export function buildGlossary(entries: readonly GlossaryEntry[]): Glossary {
  return glossaryFrom(glossaryParts(entries));
}

/**
 * What a glossary is made of, as plain data (the index cache remembers it): each phrase's meaning,
 * and the sources of the patterns that find the phrases (Latin and symbols, then Korean).
 */
export interface GlossaryParts {
  readonly meanings: readonly (readonly [say: string, means: string])[];
  readonly patterns: readonly string[];
  /** Entries read only in some questions ("jensen" as NVIDIA when money is talked of). */
  readonly guarded?: readonly GuardedParts[];
  /**
   * Owner names and their meanings (the first entry naming one), in the order the entries name
   * them, for their possessive phrases ("jensen's company", "jensen's money"): read when a phrase
   * is replaced, not listed (6,500 phrases were a third of the index cache, read at every start).
   */
  readonly ownedMoney?: readonly (readonly [name: string, means: string])[];
}

/**
 * A guarded entry's pattern, and the words a question must have (`when`) and must not have
 * (`unless`) for it to apply: pattern sources, so the index cache can keep them as text.
 */
interface GuardedParts {
  readonly meanings: readonly (readonly [say: string, means: string])[];
  readonly patterns: readonly string[];
  readonly when: string;
  readonly unless?: string;
}

export function glossaryParts(
  entries: readonly GlossaryEntry[],
  listMoneyPhrases = false,
): GlossaryParts {
  const meanings = new Map<string, string>();
  const ownerNames: string[] = [];
  const ownedMoney = new Map<string, string>();
  // Guarded entries with the same word lists are one rule: one test of them per question.
  const guardedGroups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    // An entry with only `unless` is guarded too: it applies whenever none of those words is
    // there (its `when` matches every text).
    if (entry.when || entry.unless) {
      const key = JSON.stringify([entry.when, entry.unless ?? []]);
      guardedGroups.set(key, [...(guardedGroups.get(key) ?? []), entry]);
      continue;
    }
    const means = normalizeText(entry.means);
    const written = entry.say.map(normalizeText);
    const says = entry.verb ? written.flatMap(conjugated) : written.flatMap(withCopula);
    if (!entry.owner) {
      for (const say of says) meanings.set(say, means);
      continue;
    }
    // Every possessive phrase has its meaning; the patterns find them as name x phrase shape,
    // not as a list of thousands of phrases (which would make every question slower to read).
    ownerNames.push(...says);
    if (listMoneyPhrases) {
      // A guarded rule's phrases also tell which rules a text needs (phrasesFinder): listed.
      for (const say of says.flatMap(ownerPhrases)) {
        if (!meanings.has(say)) meanings.set(say, means);
      }
      for (const [say, meaning] of says.flatMap((name) => ownerMoneyPhrases(name, means))) {
        if (!meanings.has(say)) meanings.set(say, meaning);
      }
    } else {
      // Read back from the name when replaced (ownerPhraseMeaning): the first entry naming it.
      // A plain entry's phrase still wins, whichever came first, as it did when these were listed.
      for (const name of says) if (!ownedMoney.has(name)) ownedMoney.set(name, means);
    }
  }
  const owned = new Set(
    ownerNames.flatMap((name) => [
      ...ownerPhrases(name),
      ...ownerMoneyPhrases(name, "").map(([say]) => say),
    ]),
  );
  const says = [...meanings.keys()]
    .filter((say) => !owned.has(say))
    .sort((a, b) => b.length - a.length);
  const korean = says.filter((say) => HANGUL.test(say.at(0) ?? ""));
  // "'s cut" follows its owner's name with no space: no word boundary before it.
  const possessive = says.filter((say) => say.startsWith("'"));
  const other = says.filter((say) => !HANGUL.test(say.at(0) ?? "") && !say.startsWith("'"));
  const patterns: string[] = [];
  const latinNames = ownerNames.filter((name) => !HANGUL.test(name.at(-1) ?? ""));
  const koreanNames = ownerNames.filter((name) => HANGUL.test(name.at(-1) ?? ""));
  if (latinNames.length > 0) {
    patterns.push(
      String.raw`(?<![\p{Script=Latin}\p{N}])(${shapes(latinNames, [...LATIN_OWNER_PHRASES, ...LATIN_OWNED_MONEY])})(?![\p{Script=Latin}\p{N}])`,
    );
  }
  if (koreanNames.length > 0) {
    patterns.push(
      `${KOREAN_PHRASE_START}${shapes(koreanNames, [...KOREAN_OWNER_PHRASES, ...KOREAN_OWNED_MONEY])})${REST_OF_WORD}`,
    );
  }
  if (possessive.length > 0) {
    patterns.push(String.raw`(${phraseTrie(possessive)})(?![\p{Script=Latin}\p{N}])`);
  }
  if (other.length > 0) {
    // Nor either half of a contraction: the d of "i'd" is not chat's "d" (the), nor the "ain"
    // of "ain't" Scots "ain" (own), nor a lone letter before one ("y'at", "y'know": you, not
    // chat's "y", why).
    patterns.push(
      String.raw`${opensWithOneOf(other)}(?<![\p{Script=Latin}\p{N}])(?<![\p{Script=Latin}]')(${phraseTrie(other)})(?![\p{Script=Latin}\p{N}])(?!'t(?![\p{Script=Latin}]))(?!(?<=(?:^|[^\p{Script=Latin}])\p{Script=Latin})'\p{Script=Latin})`,
    );
  }
  if (korean.length > 0) {
    // Every one of these phrases opens with Hangul: the lookahead changes no match, but lets the
    // regex engine pass over every other place at once (2.1 -> 1.0 µs per text with Hangul).
    patterns.push(
      String.raw`${KOREAN_PHRASE_START}(?=\p{Script=Hangul})${phraseTrie(korean)})${REST_OF_WORD}`,
    );
  }
  const guarded = [...guardedGroups.values()].map(guardedParts);
  return {
    meanings: [...meanings],
    patterns,
    ...(guarded.length > 0 ? { guarded } : {}),
    ...(ownedMoney.size > 0 ? { ownedMoney: [...ownedMoney] } : {}),
  };
}

/** Guarded entries' parts (one word list): their phrases found as plain entries', and the lists. */
function guardedParts(group: readonly GlossaryEntry[]): GuardedParts {
  const [first] = group;
  const plain = group.map(({ when: _when, unless: _unless, ...entry }) => entry);
  const { meanings, patterns } = glossaryParts(plain, true);
  const unless = first?.unless ?? [];
  return {
    meanings,
    patterns,
    when: wordsPattern(first?.when ?? []),
    ...(unless.length > 0 ? { unless: wordsPattern(unless) } : {}),
  };
}

/**
 * Words anywhere in a question: a Latin word at the start of a word ("invest" in "invested"), a
 * Korean one anywhere (its particles and the numbers before it vary: "돈을", "100억").
 */
function wordsPattern(words: readonly string[]): string {
  const latin = words.map(normalizeText).filter((word) => !HANGUL.test(word));
  const korean = words.map(normalizeText).filter((word) => HANGUL.test(word));
  const forms: string[] = [];
  if (latin.length > 0) forms.push(String.raw`(?<![\p{Script=Latin}])(?:${alternatives(latin)})`);
  if (korean.length > 0) forms.push(`(?:${alternatives(korean)})`);
  return forms.join("|");
}

/**
 * The possessive phrases of some names as one pattern: "(maker of|team) (names)" or "(names)('s
 * company|네)", each list longest first so the longest phrase wins.
 */
function shapes(names: readonly string[], templates: readonly string[]): string {
  const byLength = (a: string, b: string) => b.length - a.length;
  const nameList = alternatives([...new Set(names)].sort(byLength));
  const before = templates.filter((t) => t.endsWith("{}")).map((t) => t.slice(0, -2));
  const after = templates.filter((t) => t.startsWith("{}")).map((t) => t.slice(2));
  const forms: string[] = [];
  if (before.length > 0) forms.push(`(?:${alternatives(before.sort(byLength))})(?:${nameList})`);
  if (after.length > 0) forms.push(`(?:${nameList})(?:${alternatives(after.sort(byLength))})`);
  return forms.join("|");
}

/**
 * A lookahead for the first characters of the phrases, to open the Latin phrases' pattern with:
 * it changes no match (every match opens with one of them), but the regex engine then passes over
 * most places at once, before trying the lookbehind and the phrases there (1.5 -> 0.9 µs per
 * text alone; not so for the owners' pattern or the guarded entries' words, which got slower).
 * Nothing when a phrase is empty.
 */
function opensWithOneOf(phrases: readonly string[]): string {
  const firsts = new Set<number>();
  for (const phrase of phrases) {
    const first = phrase.codePointAt(0);
    if (first === undefined) return "";
    firsts.add(first);
  }
  if (firsts.size === 0) return "";
  const chars = [...firsts].sort((a, b) => a - b).map((code) => `\\u{${code.toString(16)}}`);
  return `(?=[${chars.join("")}])`;
}

/** A phrase pattern, and whether it can match only a text with Hangul in it. */
interface PhrasePattern {
  readonly pattern: RegExp;
  readonly needsHangul: boolean;
}

function phrasePatterns(sources: readonly string[]): PhrasePattern[] {
  return sources.map((source) => ({
    pattern: new RegExp(source, "gu"),
    needsHangul: source.startsWith(KOREAN_PHRASE_START),
  }));
}

/** The text with every phrase of the patterns replaced (patterns in order). */
function replaceAll(
  text: string,
  patterns: readonly PhrasePattern[],
  replace: ReturnType<typeof replacer>,
): string {
  let next = text;
  for (let at = 0; at < patterns.length; at++) {
    const { pattern, needsHangul } = patterns[at] as PhrasePattern;
    // An English question is not searched for the hundreds of Korean phrases.
    if (needsHangul && !HANGUL.test(next)) continue;
    // A test first: most texts hold no phrase, and a replace that finds none costs twice a test
    // (a global replace by a function). A failed test, like a replace, leaves lastIndex at 0.
    pattern.lastIndex = 0;
    if (!pattern.test(next)) continue;
    next = next.replace(pattern, replace);
  }
  return next;
}

export function glossaryFrom(parts: GlossaryParts): Glossary {
  const patterns = phrasePatterns(parts.patterns);
  const replace = replacer(new Map(parts.meanings), new Map(parts.ownedMoney ?? []));
  // Each guarded rule is compiled the first time a text holds one of its phrases: most never do,
  // and compiling all of them (a hundred patterns, Unicode classes in each) was 3-4 ms of a start.
  const guardedRules = parts.guarded ?? [];
  const guarded: (CompiledRule | undefined)[] = guardedRules.map(() => undefined);
  const compileRule = (at: number): CompiledRule => {
    const rule = compiledRule(guardedRules[at] as GuardedParts);
    guarded[at] = rule;
    return rule;
  };
  const guardedIn = phrasesFinder(guardedRules.map((rule) => rule.meanings));
  return {
    rewrite(text) {
      // A rewrite can make another entry's phrase ("throwing bags at" -> "throwing money at" ->
      // "invest in"): a few rounds, until nothing changes.
      let rewritten = text;
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const next = replaceAll(rewritten, patterns, replace);
        if (next === rewritten) break;
        rewritten = next.replace(/\s+/g, " ").trim();
      }
      // Guarded entries last, so that a possessive phrase ("satya's squad") is read whole first;
      // their words are looked for in the question as written: "jensen" is NVIDIA when money is
      // talked of, and stays the man when what he said is asked.
      // Only the rules with a phrase in the text are read (a rule's patterns match only where one
      // of its phrases stands): most texts hold none, and their words are not looked for at all.
      let present = guardedIn(rewritten);
      for (let at = 0; present !== undefined && at < guarded.length; at++) {
        if (present[at] !== 1) continue;
        const rule = guarded[at] ?? compileRule(at);
        if (!rule.when.test(text) || rule.unless?.test(text)) continue;
        const next = replaceAll(rewritten, rule.patterns, rule.replace);
        if (next === rewritten) continue;
        rewritten = next.replace(/\s+/g, " ").trim();
        // The words it wrote may be a later rule's phrase.
        present = guardedIn(rewritten);
      }
      return rewritten;
    },
  };
}

/** A guarded rule ready to apply. */
interface CompiledRule {
  readonly patterns: readonly PhrasePattern[];
  readonly replace: ReturnType<typeof replacer>;
  readonly when: RegExp;
  readonly unless: RegExp | undefined;
}

function compiledRule(rule: GuardedParts): CompiledRule {
  return {
    patterns: phrasePatterns(rule.patterns),
    replace: replacer(new Map(rule.meanings)),
    when: new RegExp(rule.when, "u"),
    unless: rule.unless === undefined ? undefined : new RegExp(rule.unless, "u"),
  };
}

/**
 * Which lists of phrases (by their index) have a phrase standing in a text, as flags, or
 * undefined when none has. The phrases are one tree of characters, walked from each place of the
 * text as far as the text follows a phrase: a text's "microsoft" is read once there, not once
 * against each of the dozens of phrases that open with "mi". Tables of first characters and of
 * first pairs let most places of the text be passed over with a read or two, before any lookup
 * in the tree (a walk from every place cost more than the tests it saved).
 */
function phrasesFinder(
  lists: readonly (readonly (readonly [say: string, means: string])[])[],
): (text: string) => Uint8Array | undefined {
  const firsts = new Uint8Array(0x10000);
  /** Characters that are a phrase alone. */
  const singles = new Uint8Array(0x10000);
  /** The hashes of phrases' first two characters: a pair whose hash is not here opens none. */
  const pairs = new Uint8Array(0x10000);
  const always: number[] = [];
  /** Each phrase once, with the lists it is in. */
  const listsOf = new Map<string, number[]>();
  lists.forEach((meanings, list) => {
    for (const [say] of meanings) {
      if (say.length === 0) {
        always.push(list);
        continue;
      }
      firsts[say.charCodeAt(0)] = 1;
      if (say.length === 1) singles[say.charCodeAt(0)] = 1;
      else pairs[pairHash(say.charCodeAt(0), say.charCodeAt(1))] = 1;
      const known = listsOf.get(say);
      if (known === undefined) listsOf.set(say, [list]);
      else if (!known.includes(list)) known.push(list);
    }
  });
  // Sorted, the phrases sharing an opening stand together, the one that ends there first.
  const tree = phraseTree([...listsOf.keys()].sort(), 0, listsOf.size, 0, listsOf);
  return (text) => {
    let found: Uint8Array | undefined;
    for (let at = 0; at < always.length; at++) {
      found ??= new Uint8Array(lists.length);
      found[always[at] as number] = 1;
    }
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (firsts[code] !== 1) continue;
      // The last character has none after it: 0 there (what NaN hashed as, read past the end).
      if (singles[code] !== 1 && pairs[pairHash(code, nextCode(text, at))] !== 1) continue;
      let node: PhraseStep | undefined = tree;
      for (let to = at; to < text.length; to++) {
        const next = text.charCodeAt(to);
        node = node.only === next ? node.child : node.next?.get(next);
        if (node === undefined) break;
        const ending = node.lists;
        if (ending === undefined) continue;
        found ??= new Uint8Array(lists.length);
        for (let one = 0; one < ending.length; one++) found[ending[one] as number] = 1;
      }
    }
    return found;
  };
}

/**
 * A place in the tree as it is walked: one that only one character may follow (most, past the
 * first two) holds it and its place, so the walk compares a number instead of looking it up.
 */
interface PhraseStep {
  readonly only: number;
  readonly child: PhraseStep | undefined;
  readonly next: ReadonlyMap<number, PhraseStep> | undefined;
  readonly lists: readonly number[] | undefined;
}

/**
 * The tree of the sorted phrases from `from` to `to`, which share their first `depth` characters,
 * built as it is walked (no tree of Maps first, then compacted: a thousand phrases made ten
 * thousand Maps at every start).
 */
function phraseTree(
  phrases: readonly string[],
  from: number,
  to: number,
  depth: number,
  listsOf: ReadonlyMap<string, readonly number[]>,
): PhraseStep {
  let at = from;
  let lists: readonly number[] | undefined;
  if (at < to && (phrases[at] as string).length === depth) {
    lists = listsOf.get(phrases[at++] as string);
  }
  const branches: [code: number, child: PhraseStep][] = [];
  while (at < to) {
    const code = (phrases[at] as string).charCodeAt(depth);
    let end = at + 1;
    while (end < to && (phrases[end] as string).charCodeAt(depth) === code) end++;
    branches.push([code, phraseTree(phrases, at, end, depth + 1, listsOf)]);
    at = end;
  }
  if (branches.length === 1) {
    const [only, child] = branches[0] as [number, PhraseStep];
    return { only, child, next: undefined, lists };
  }
  return {
    only: -1,
    child: undefined,
    next: branches.length > 0 ? new Map(branches) : undefined,
    lists,
  };
}

/** The character after at, or 0 after the last (no read past the end). */
function nextCode(text: string, at: number): number {
  return at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
}

/** Two characters as an index into a table of 65,536 (pairs may share one: it only rules out). */
function pairHash(first: number, second: number): number {
  return ((first * 31) ^ second) & 0xffff;
}

/** Replaces a phrase by its meaning; a Korean phrase only when an ending is all that follows it. */
function replacer(
  meanings: ReadonlyMap<string, string>,
  ownedMoney: ReadonlyMap<string, string> = new Map(),
) {
  const ownerOrder = new Map<string, number>();
  for (const name of ownedMoney.keys()) ownerOrder.set(name, ownerOrder.size);
  // The Korean pattern's second group is what follows the phrase inside its word.
  return (match: string, say: string, rest: unknown) =>
    typeof rest === "string" && !isEnding(rest) && !isHelperVerbEnding(rest)
      ? match
      : ` ${meanings.get(say) ?? ownerPhraseMeaning(say, ownedMoney, ownerOrder) ?? ownedMoneyMeaning(say, ownedMoney) ?? say} `;
}

/**
 * The meaning of an owner's possessive phrase ("jensen's company" -> "nvidia"), as listing
 * ownerPhrases would have given it: of the names the phrase may be made of, the one named first.
 * Runs only when a replaced phrase is no plain entry's.
 */
function ownerPhraseMeaning(
  say: string,
  ownedMoney: ReadonlyMap<string, string>,
  ownerOrder: ReadonlyMap<string, number>,
): string | undefined {
  let meaning: string | undefined;
  let first = Number.POSITIVE_INFINITY;
  for (const { before, after, korean } of OWNER_SHAPES) {
    if (say.length < before.length + after.length) continue;
    if (!say.startsWith(before) || !say.endsWith(after)) continue;
    const name = say.slice(before.length, say.length - after.length);
    // A name takes the Korean shapes or the Latin ones, by its last character (ownerPhrases).
    if (HANGUL.test(name.at(-1) ?? "") !== korean) continue;
    const at = ownerOrder.get(name);
    if (at !== undefined && at < first) {
      first = at;
      meaning = ownedMoney.get(name);
    }
  }
  return meaning;
}

/**
 * The meaning of an owner's possessive money phrase ("jensen's money" -> "nvidia money"), as
 * ownerMoneyPhrases would have listed it: the owner's meaning, the money word kept.
 */
function ownedMoneyMeaning(
  say: string,
  ownedMoney: ReadonlyMap<string, string>,
): string | undefined {
  if (ownedMoney.size === 0) return undefined;
  const space = say.lastIndexOf(" ");
  if (space < 0) return undefined;
  const owner = say.slice(0, space);
  const word = say.slice(space + 1);
  const korean = HANGUL.test(word.at(0) ?? "");
  const words: readonly string[] = korean ? KOREAN_MONEY_WORDS : OWNED_MONEY_WORDS;
  if (!words.includes(word)) return undefined;
  for (const mark of korean ? KOREAN_POSSESSIVE_MARKS : LATIN_POSSESSIVE_MARKS) {
    if (!owner.endsWith(mark)) continue;
    const name = owner.slice(0, -mark.length).trimEnd();
    const means = ownedMoney.get(name);
    if (means !== undefined) return `${means} ${word}`;
  }
  return undefined;
}

/**
 * How people name a company by something of its own (a product, its boss): "claude's parents",
 * "the company behind claude", "jensen's company", "클로드네", "윈도우 만든 회사". The names come
 * from the knowledge (glossary entries marked `owner`); these are only the ways of saying "X's".
 */
const LATIN_OWNER_PHRASES = [
  "{}'s company",
  "{}s company",
  "{} company",
  "{}'s firm",
  "{}'s parent",
  "{}'s parents",
  "{}'s parent company",
  "{} parent company",
  "{}'s maker",
  "{}'s makers",
  "{} maker",
  "{} makers",
  "maker of {}",
  "makers of {}",
  "{}'s owner",
  "{}'s owners",
  "{} owner",
  "owner of {}",
  "owners of {}",
  "company behind {}",
  "people behind {}",
  "folks behind {}",
  "team behind {}",
  "guys behind {}",
  "company that makes {}",
  "company that made {}",
  "{}'s people",
  "{}'s folks",
  "{}'s team",
  "{}'s crew",
  "{}'s guys",
  "{}'s camp",
  "{}'s squad",
  "{}'s gang",
  "{}'s outfit",
  "{}'s shop",
  // "the Amodei shop", "the Huang outfit": the name as a noun's modifier, without "'s".
  "{} shop",
  "{} outfit",
  "{} camp",
  "{} crew",
  "{} empire",
  "{}'s side",
  // "Jensen's lot vs Satya's lot", "jensen's co": British and chat words for a company's people.
  "{}'s lot",
  "{}'s co",
  "{}'s mob",
  "{}'s bunch",
  "{}'s empire",
  "{}'s boys",
  // "Jensen's crowd", "Bezos's shower", "Satya's lads": Irish and British words for a group.
  "{}'s crowd",
  "{}'s shower",
  "{}'s lads",
  // "the Claude lot", "the huang mob": the same words without "'s".
  "{} lot",
  "{} mob",
  "{} bunch",
  "{} gang",
  "{} squad",
  "{} people",
  "{} folks",
  "{} crew",
  "{} crowd",
  "{} guys",
  "team {}",
  // Chat and fan forms: "claude ppl", "claudeco", "claude inc", "dario's lab", "leather jacket man".
  "{} ppl",
  "{}'s ppl",
  "{} co",
  "{}co",
  "{} inc",
  "{} corp",
  "{}'s lab",
  "{} lab",
  "{} labs",
  "{} man",
  "{} guy",
  "{}'s house",
];
const KOREAN_OWNER_PHRASES = [
  "{}네",
  "{}네 회사",
  "{} 회사",
  "{}회사",
  "{} 만든 회사",
  "{} 만드는 회사",
  "{} 만든 곳",
  "{} 만드는 곳",
  "{} 만든 데",
  "{} 만드는 데",
  "{} 개발사",
  "{}개발사",
  // "젠슨이형", "사티아 형님": the boss as a big brother stands for the company.
  "{}형",
  "{}이형",
  "{} 형",
  "{}형님",
  "{}이형님",
  "{} 형님",
  "{} 형님들",
  // "윈도우집", "지포스 진영": the house or the camp of a name ("코파일럿 쪽" stays Copilot).
  "{}집",
  "{} 집",
  "{}네 집",
  "{} 진영",
  "{}진영",
];

/**
 * A boss's or a product's money is its company's money ("jensen's money", "bezos's cash",
 * "satya's billions", "젠슨네 돈"): the name becomes the company and the money word stays, so
 * the question still asks about money. Only with a possessive: "gpu money" or "azure money" is
 * money spent on the thing, not the thing's owner's money.
 */
const OWNED_MONEY_WORDS = [
  "money",
  "cash",
  "check",
  "cheque",
  "billions",
  "bucks",
  "dollars",
  "funds",
  "investment",
  "stake",
];
/** The possessive marks of the money phrases, in the order their templates are listed. */
const LATIN_POSSESSIVE_MARKS = ["'s", "s", "'"];
const KOREAN_POSSESSIVE_MARKS = ["의", "네"];
const KOREAN_MONEY_WORDS = ["돈", "자금", "투자금"];
const LATIN_OWNED_MONEY = OWNED_MONEY_WORDS.flatMap((word) =>
  LATIN_POSSESSIVE_MARKS.map((mark) => `{}${mark} ${word}`),
);
const KOREAN_OWNED_MONEY = KOREAN_MONEY_WORDS.flatMap((word) =>
  KOREAN_POSSESSIVE_MARKS.map((mark) => `{}${mark} ${word}`),
);

/** The possessive money phrases of one name, each with its meaning ("nvidia money"). */
function ownerMoneyPhrases(name: string, means: string): [string, string][] {
  const templates = HANGUL.test(name.at(-1) ?? "") ? KOREAN_OWNED_MONEY : LATIN_OWNED_MONEY;
  return templates.map((template) => [
    template.replace("{}", name),
    `${means} ${template.slice(template.lastIndexOf(" ") + 1)}`,
  ]);
}

/** Every form of a verb given in its dictionary form: Korean 던지다 -> 던져, 던졌...; "yeet" -> yeeted. */
function conjugated(verb: string): string[] {
  return HANGUL.test(verb.at(-1) ?? "") ? verbForms(verb) : englishVerbForms(verb);
}

/**
 * A Korean noun phrase that ends in a vowel, and the same phrase with the copula's ㄴ fused into
 * its last syllable ("뭔 소리" -> "뭔 소린": "뭔 소린지", "무슨 소린가"), as people write it.
 */
function withCopula(say: string): string[] {
  const parts = syllableParts(say.charCodeAt(say.length - 1));
  if (parts === undefined || parts[2] !== 0 || say.length < 2) return [say];
  return [say, say.slice(0, -1) + composeSyllable(parts[0], parts[1], FINAL_N)];
}

const FINAL_N = 4;

/** The owner phrases' templates as what comes before the name and after it. */
const OWNER_SHAPES = [
  ...LATIN_OWNER_PHRASES.map((template) => ({ template, korean: false })),
  ...KOREAN_OWNER_PHRASES.map((template) => ({ template, korean: true })),
].map(({ template, korean }) => {
  const hole = template.indexOf("{}");
  return { before: template.slice(0, hole), after: template.slice(hole + 2), korean };
});

function ownerPhrases(name: string): string[] {
  const templates = HANGUL.test(name.at(-1) ?? "") ? KOREAN_OWNER_PHRASES : LATIN_OWNER_PHRASES;
  return templates.map((template) => template.replace("{}", name));
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The phrases, longest first, as one pattern that shares their common beginnings ("투자했어|투자했고"
 * -> "투자했(?:어|고)"): the same matches, tried in the same order, as their alternation, since
 * two phrases can both match at one place only when one begins the other, and the longer is
 * tried first in both. The regex engine then reads a character once per place, not once per
 * phrase (the Korean phrases are thousands of characters).
 */
function phraseTrie(phrases: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    for (const char of phrase) {
      let child = node.next.get(char);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(char, child);
      }
      node = child;
    }
    node.end = true;
  }
  return trieSource(root);
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([char, child]) => escapeRegExp(char) + trieSource(child));
  // The phrase that ends here comes after every longer one that goes on from here.
  if (node.end && branches.length > 0) branches.push("");
  if (branches.length === 0) return "";
  return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
}

function alternatives(phrases: readonly string[]): string {
  return phrases.map(escapeRegExp).join("|");
}
