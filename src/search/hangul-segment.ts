/**
 * Korean written without spaces ("신규투자가", "기업가치얼마", "투자액은"): a run of Hangul
 * the knowledge does not know as a whole is split into the words it does know, by dynamic
 * programming over the syllables (a lattice of known words, particles and endings). The cheapest
 * path explains the most syllables with the fewest, longest words; a particle or ending rides on
 * the word before it. The words come from the knowledge itself (aliases, the article, the fact
 * sheet's keywords, question words), so nothing here is about one story.
 */

import { matchesOf } from "../util/matches-of.ts";
import { withinOneEdit } from "./edit-distance.ts";
import { firstNeighbour, neighboursOfList } from "./jamo-neighbours.ts";
import { hasFinalConsonant, isParticleOrEnding, syllableParts, toJamo } from "./korean.ts";
import { type HangulTypoTarget, jamoOf, type Lexicon } from "./lexicon.ts";
import { textIncludes } from "./text-lookup.ts";
import type { Token } from "./tokenize.ts";

/** A known word of two syllables or more. */
const WORD_COST = 1;
/** A one-syllable word (총, 돈, 왜) is often part of something else: dearer than a long word. */
const SHORT_WORD_COST = 1.6;
/** A name of three syllables or more with one key wrong ("엔비디야"): dearer than a known word. */
const MISSPELT_NAME_COST = 1.4;
/** A particle, ending or compound tail after a piece: nearly free, but not free. */
const ENDING_COST = 0.1;
/** A syllable nothing explains. */
const UNKNOWN_COST = 3;

/** One-syllable nouns that make compounds: 투자액 (amount), 투자금 (money), 성장률 (rate). */
const COMPOUND_TAILS = new Set([..."액금률량비원사측님용"]);

interface Step {
  readonly cost: number;
  /** Where the piece ending here started. */
  readonly from: number;
  readonly kind: "word" | "ending" | "unknown";
}

export interface Segment {
  readonly text: string;
  /** Offset in the word, in UTF-16 units (Hangul syllables are one unit each). */
  readonly start: number;
  readonly known: boolean;
}

/**
 * The cheapest split of a Hangul word into known words, each with the particles and endings
 * that follow it. Returns undefined when no split is believable: fewer than two known words,
 * none of two syllables or more, or more than a third of the syllables unexplained.
 */
export function segmentHangul(
  word: string,
  lexicon: Lexicon,
  /** The run is glued to a Latin word or number before it ("ceo가오픈"): it may open with its particle. */
  glued = false,
): Segment[] | undefined {
  const length = word.length;
  if (length < 3) return undefined;
  const best: (Step | undefined)[] = new Array(length + 1).fill(undefined);
  best[0] = { cost: 0, from: 0, kind: "word" };
  for (let start = 0; start < length; start++) {
    const here = best[start];
    if (!here) continue;
    const longest = Math.min(length, start + lexicon.longestHangulWord);
    // "마소오십억맞음": an amount in Sino-Korean numerals is a word of its own; after a 받침, 이
    // is the particle ("투자액이백억": 투자액이 백억, not 이백억).
    const particleFirst =
      start > 0 && word.charAt(start) === "이" && hasFinalConsonant(word.charAt(start - 1));
    for (
      let end = particleFirst ? 0 : sinoAmountEnd(word, start);
      end > start;
      end = sinoAmountEnd(word, start, end)
    ) {
      relax(best, end, here.cost + WORD_COST, start, "word");
    }
    for (let end = start + 1; end <= longest; end++) {
      const piece = word.slice(start, end);
      if (lexicon.hangulWords.has(piece)) {
        relax(
          best,
          end,
          here.cost + (end - start === 1 ? SHORT_WORD_COST : WORD_COST),
          start,
          "word",
        );
      }
      if (end - start >= 3 && isMisspeltName(piece, lexicon)) {
        relax(best, end, here.cost + MISSPELT_NAME_COST, start, "word");
      }
      // A compound tail follows a word (투자 + 액), never an ending: "이름지금도" is 이름 + 지금도,
      // not 이름 + 지 + 금 + 도.
      const isTail = end - start === 1 && here.kind === "word" && COMPOUND_TAILS.has(piece);
      if ((start > 0 || glued) && (isParticleOrEnding(piece) || isTail)) {
        relax(best, end, here.cost + ENDING_COST, start, "ending");
      }
    }
    // "얼마박음": the run may end on the glossary's slang.
    if (start > 0 && lexicon.hangulSlangEnds.has(word.slice(start))) {
      relax(best, length, here.cost + WORD_COST, start, "word");
    }
    relax(best, start + 1, here.cost + UNKNOWN_COST, start, "unknown");
  }

  // Walk back, gluing each ending to the piece before it and runs of unknown syllables together.
  const steps: { from: number; to: number; kind: Step["kind"] }[] = [];
  for (let end = length; end > 0; ) {
    const step = best[end] as Step;
    steps.unshift({ from: step.from, to: end, kind: step.kind });
    end = step.from;
  }
  const segments: { start: number; end: number; known: boolean }[] = [];
  let knownWords = 0;
  let longWords = 0;
  let unknownSyllables = 0;
  for (const step of steps) {
    const last = segments.at(-1);
    if (step.kind === "word") {
      knownWords++;
      if (step.to - step.from >= 2) longWords++;
      segments.push({ start: step.from, end: step.to, known: true });
    } else if (step.kind === "ending" && last) {
      last.end = step.to;
    } else if (step.kind === "ending") {
      // The particle of the Latin word before the run: a piece of its own, read as that particle.
      knownWords++;
      segments.push({ start: step.from, end: step.to, known: true });
    } else {
      unknownSyllables += step.to - step.from;
      if (last && !last.known) last.end = step.to;
      else segments.push({ start: step.from, end: step.to, known: false });
    }
  }
  if (knownWords < 2 || longWords === 0 || unknownSyllables * 3 > length) return undefined;
  return segments.map(({ start, end, known }) => ({ text: word.slice(start, end), start, known }));
}

const SINO_DIGITS = "일이삼사오육칠팔구";
const SINO_SCALES = "십백천만억조";
const SINO_NUMERALS = SINO_DIGITS + SINO_SCALES;

/**
 * The end of the longest amount in Sino-Korean numerals starting at `start` and ending before
 * `before` (0: none): it must end on 억 or 조 and have 십, 백 or 천 in it ("오십억", "삼천오백억"),
 * as the amount reader asks, so "구조" (structure) and "일조" stay words.
 */
export function sinoAmountEnd(word: string, start: number, before = word.length + 1): number {
  let sawSmallScale = false;
  let found = 0;
  for (let at = start; at < word.length && at + 1 < before; at++) {
    const char = word.charAt(at);
    if (!SINO_NUMERALS.includes(char)) break;
    // A digit counts only before a scale syllable, as the amount reader has it: "이오십억" is
    // the particle 이 and 오십억.
    if (SINO_DIGITS.includes(char) && !SINO_SCALES.includes(word.charAt(at + 1))) break;
    if (char === "십" || char === "백" || char === "천") sawSmallScale = true;
    if ((char === "억" || char === "조") && sawSmallScale) found = at + 1;
  }
  return found;
}

/** Whether a piece is one keystroke from a name of three syllables or more (not the name). */
function isMisspeltName(piece: string, lexicon: Lexicon): boolean {
  // One wrong key changes one syllable or two neighbours: the first or the last stays.
  const edges = nameEdgesOf(lexicon);
  if (!edges.first.has(piece.slice(0, 1)) && !edges.last.has(piece.slice(-1))) return false;
  if (lexicon.hangulWords.has(piece)) return false;
  // One keystroke changes the syllable count by one at most: only names of about its length.
  const syllables = piece.length;
  if (
    !edges.bySyllables.has(syllables - 1) &&
    !edges.bySyllables.has(syllables) &&
    !edges.bySyllables.has(syllables + 1)
  ) {
    return false;
  }
  const jamo = toJamo(piece);
  // The names sharing a jamo key with the piece (jamo-neighbours.ts), not every name.
  const near = firstNeighbour(
    neighboursOfList(lexicon.hangulNames),
    jamo,
    (name) =>
      name.syllables >= syllables - 1 &&
      name.syllables <= syllables + 1 &&
      withinOneEdit(jamo, jamoOf(name)),
  );
  return near !== undefined;
}

interface NameEdges {
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
  /** The names by their number of syllables. */
  readonly bySyllables: ReadonlyMap<number, readonly HangulTypoTarget[]>;
}
const nameEdges = new WeakMap<Lexicon, NameEdges>();

/** First and last syllables of the names of three syllables or more, worked out once. */
function nameEdgesOf(lexicon: Lexicon): NameEdges {
  let edges = nameEdges.get(lexicon);
  if (!edges) {
    const bySyllables = new Map<number, HangulTypoTarget[]>();
    for (const name of lexicon.hangulNames) {
      const names = bySyllables.get(name.syllables);
      if (names === undefined) bySyllables.set(name.syllables, [name]);
      else names.push(name);
    }
    edges = {
      first: new Set(lexicon.hangulNames.map((name) => name.word.slice(0, 1))),
      last: new Set(lexicon.hangulNames.map((name) => name.word.slice(-1))),
      bySyllables,
    };
    nameEdges.set(lexicon, edges);
  }
  return edges;
}

function relax(
  best: (Step | undefined)[],
  end: number,
  cost: number,
  from: number,
  kind: Step["kind"],
): void {
  const current = best[end];
  if (!current || cost < current.cost) best[end] = { cost, from, kind };
}

/**
 * A question's tokens with chat jamo dropped ("ㅋㅋ", "ㄱㄱ": letters that make no syllable) and
 * every unspaced Hangul run the knowledge does not know as a whole split into known words.
 */
export function splitUnspacedHangul(tokens: readonly Token[], lexicon: Lexicon): Token[] {
  // Indexed loops and no match for the usual all-syllable word: this runs for every question,
  // and each for…of step or match is garbage.
  const result: Token[] = [];
  const joined = joinBrokenWords(tokens, lexicon);
  for (let index = 0; index < joined.length; index++) {
    const token = joined[index] as Token;
    const before = joined[index - 1];
    if (token.script !== "hangul") {
      result.push(token);
    } else if (ONLY_SYLLABLES.test(token.text)) {
      pushRun(result, token.text, token.start, before, lexicon);
    } else {
      let particleOf: Token | undefined;
      for (const run of matchesOf(SYLLABLES_OR_INITIALS, token.text)) {
        const start = token.start + (run.index ?? 0);
        const text = run[0];
        if (ONLY_SYLLABLES.test(text)) {
          // "ㅁㅅ가": the particle right after a name typed as initials rides on the name.
          if (particleOf?.end === start && isParticleOrEnding(text)) {
            result[result.length - 1] = {
              ...particleOf,
              text: particleOf.text + text,
              end: start + text.length,
            };
            particleOf = undefined;
            continue;
          }
          pushRun(result, text, start, before, lexicon);
          continue;
        }
        // "ㅇㅌㄹㅍ", "ㄴㄷㄹ가": a name typed as its initial consonants; "ㅁㅅ": an alias the
        // knowledge writes in initials; other chat jamo drop.
        const name =
          nameByInitials(lexicon).get(text) ??
          (initialsAliases(lexicon).has(text) ? text : undefined);
        if (name) {
          particleOf = { text: name, script: "hangul", start, end: start + text.length };
          result.push(particleOf);
        }
      }
    }
  }
  return result;
}

/** A run of syllables, split where the knowledge does not know it whole. */
function pushRun(
  result: Token[],
  text: string,
  start: number,
  before: Token | undefined,
  lexicon: Lexicon,
): void {
  const glued = before !== undefined && before.script !== "hangul" && before.end === start;
  const pieces = splitRun(text, lexicon, glued);
  if (!pieces) {
    result.push({ text, script: "hangul", start, end: start + text.length });
    return;
  }
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as Segment;
    const from = start + piece.start;
    result.push({ text: piece.text, script: "hangul", start: from, end: from + piece.text.length });
  }
}

/**
 * A run's split (undefined: it stays whole), remembered per lexicon: the lattice is the dearest
 * step of reading a question, and the same runs recur from question to question.
 */
const splits = new WeakMap<Lexicon, Map<string, readonly Segment[] | null>[]>();
const MAX_REMEMBERED_SPLITS = 20_000;

function splitRun(run: string, lexicon: Lexicon, glued: boolean): readonly Segment[] | undefined {
  let byGlue = splits.get(lexicon);
  if (!byGlue) {
    byGlue = [new Map(), new Map()];
    splits.set(lexicon, byGlue);
  }
  const known = byGlue[glued ? 1 : 0] as Map<string, readonly Segment[] | null>;
  const remembered = known.get(run);
  if (remembered !== undefined) return remembered ?? undefined;
  const pieces = isKnownWhole(run, lexicon) ? undefined : segmentHangul(run, lexicon, glued);
  if (known.size < MAX_REMEMBERED_SPLITS) known.set(run, pieces ?? null);
  return pieces;
}

/** Runs of syllables, or of two or more initial consonants (NFKC makes ㄴ the initial ᄂ). */
const SYLLABLES_OR_INITIALS = /[\uac00-\ud7a3]+|[\u1100-\u1112]{2,}/g;
const ONLY_INITIALS = /^[\u1100-\u1112]{2,}$/;

/**
 * The knowledge's own aliases written in initial consonants ("ㅁㅅ" for a company whose nickname
 * is 마소): short initials stand for a name only when the knowledge lists them, as chat jamo
 * ("ㅇㅇ", "ㄱㄱ") stand for nothing. Worked out once per lexicon.
 */
const initialsAliasSets = new WeakMap<Lexicon, ReadonlySet<string>>();

function initialsAliases(lexicon: Lexicon): ReadonlySet<string> {
  let aliases = initialsAliasSets.get(lexicon);
  if (aliases) return aliases;
  const found = new Set<string>();
  for (const forms of lexicon.formsByFirstKey.values()) {
    for (const form of forms) {
      const [word] = form.words;
      if (form.words.length === 1 && word && ONLY_INITIALS.test(word.value)) found.add(word.value);
    }
  }
  aliases = found;
  initialsAliasSets.set(lexicon, aliases);
  return aliases;
}

/**
 * The knowledge's names of three syllables or more by their initial consonants ("ᄋᄐᄅᄑ" ->
 * "앤트로픽"), worked out once; initials two concepts share stand for neither.
 */
const initialsMaps = new WeakMap<Lexicon, ReadonlyMap<string, string>>();

function nameByInitials(lexicon: Lexicon): ReadonlyMap<string, string> {
  let byInitials = initialsMaps.get(lexicon);
  if (byInitials) return byInitials;
  const names = new Map<string, { word: string; concept: string | undefined }>();
  const shared = new Set<string>();
  for (const name of lexicon.hangulNames) {
    if (name.concept?.intent || !ONLY_SYLLABLES.test(name.word)) continue;
    const initials = initialsOf(name.word);
    const seen = names.get(initials);
    if (seen && seen.concept !== name.concept?.id) shared.add(initials);
    else if (!seen) names.set(initials, { word: name.word, concept: name.concept?.id });
  }
  byInitials = new Map(
    [...names].filter(([initials]) => !shared.has(initials)).map(([key, { word }]) => [key, word]),
  );
  initialsMaps.set(lexicon, byInitials);
  return byInitials;
}

/** A word of syllables only: its initial consonants as conjoining jamo ("나델라" -> "ᄂᄃᄅ"). */
function initialsOf(word: string): string {
  let initials = "";
  for (const syllable of word) {
    const initial = syllableParts(syllable.codePointAt(0) ?? 0)?.[0] ?? 0;
    initials += String.fromCharCode(0x1100 + initial);
  }
  return initials;
}
const ONLY_SYLLABLES = /^[\uac00-\ud7a3]+$/;

/**
 * The other way round: a known word broken by a stray space ("엔비 디아", "클로 드") is joined
 * again, when the second part means nothing alone and the two together are a known word.
 */
function joinBrokenWords(tokens: readonly Token[], lexicon: Lexicon): readonly Token[] {
  let joined: Token[] | undefined;
  for (let index = 1; index < tokens.length; index++) {
    const previous = (joined ?? tokens)[(joined?.length ?? index) - 1] as Token;
    const token = tokens[index] as Token;
    const join =
      previous.script === "hangul" &&
      token.script === "hangul" &&
      token.start - previous.end === 1 &&
      ONLY_SYLLABLES.test(previous.text) &&
      ONLY_SYLLABLES.test(token.text) &&
      !isWord(token.text, lexicon) &&
      (isKnownWhole(previous.text + token.text, lexicon) ||
        isDetachedEnding(token.text) ||
        opensWithBrokenWord(previous.text, token.text, lexicon));
    if (!join && !joined) continue;
    joined ??= tokens.slice(0, index);
    if (join) {
      joined[joined.length - 1] = {
        text: previous.text + token.text,
        script: "hangul",
        start: previous.start,
        end: token.end,
      };
    } else {
      joined.push(token);
    }
  }
  return joined ?? tokens;
}

/**
 * "앤트로 픽이애저": the space broke a known word and the rest of it is glued to what follows. The
 * two are joined when a known word of three syllables or more runs across the space; the
 * splitting then cuts the joined run at its words ("앤트로픽" + "이" + "애저").
 */
function opensWithBrokenWord(first: string, second: string, lexicon: Lexicon): boolean {
  const joined = first + second;
  for (let end = joined.length; end > first.length; end--) {
    if (end >= 3 && lexicon.hangulWords.has(joined.slice(0, end))) return true;
  }
  return false;
}

/**
 * Particles that are never words of their own (이 is "this", 가 "go", 도 "degree", 만 "ten
 * thousand"): one typed after a space ("애저 에", "쓴다 고요") belongs to the word before.
 */
const FREE_SYLLABLES = new Set([..."이가도만그저더또안잘좀다요해대네나야지한할"]);

function isDetachedEnding(word: string): boolean {
  // One particle or ending, or one and the polite 요 ("고요"): a chain of them may be a verb ("가는").
  const ending = word.endsWith("요") && word.length > 1 ? word.slice(0, -1) : word;
  return isParticleOrEnding(ending) && !FREE_SYLLABLES.has(ending) && !isFreeWord(ending);
}

/** Endings of two syllables that are words too ("하고" is also "and", "에서" never is a word). */
function isFreeWord(word: string): boolean {
  return (
    word === "하고" || word === "이고" || word === "보다" || word === "처럼" || word === "마다"
  );
}

/**
 * A word the knowledge has as it stands (with its ending): a known word or question word, or one
 * that occurs in the knowledge's text. Such a word is never split: "기업가치는" stays whole.
 */
function isKnownWhole(word: string, lexicon: Lexicon): boolean {
  return isWord(word, lexicon) || (word.length >= 2 && textIncludes(lexicon.hangulText, word));
}

/** A known word, alone or with its particle or ending (not merely a piece of a longer word). */
function isWord(word: string, lexicon: Lexicon): boolean {
  if (lexicon.hangulWords.has(word)) return true;
  for (let end = word.length - 1; end >= 2; end--) {
    if (lexicon.hangulWords.has(word.slice(0, end)) && isParticleOrEnding(word.slice(end))) {
      return true;
    }
  }
  return false;
}
