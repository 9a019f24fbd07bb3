/**
 * Korean morphology, just enough for search: particles and verb endings stripped from the end of
 * a word, and Hangul decomposed into jamo so that a typo costs one letter, not one syllable.
 */

/**
 * Particles and verb endings, casual ones too (얼마임, 넣었냐, 했노, 맞지), hearsay ones (걱정이래요,
 * 문제라네), a slip or two on the keyboard (였쬬, 이죵), the southern 는디 for 는데 (했다는디) and
 * 이여 for 이야 (억불이여, 낸 돈이여), the copula 이자 of "A이자 B" (클라우드이자 훈련 파트너), -다든가 of
 * an example given (사무실을 낸다든가); tried longest first, so that 에서는 wins over 는. Pre-final
 * endings (했, 었, 겠) are endings of their own, so that a second round takes them off ("투자했냐" ->
 * "투자했" -> "투자").
 */
const ENDINGS = `
  이었습니다 였습니다 했습니까 했습니다 하였습니다 했었나요 하셨나요 하려는지 했던가요 이었나요 였나요
  했는지 했나요 했어요 했을까 하나요 할까요 인가요 일까요 입니까 입니다 이에요 이라고 이라는 이라면
  에서는 에서도 에게는 에게서 으로는 으로서 으로써 까지는 부터는 이었다 하려고 하려는 해왔지만 하면서
  으면서 었습니다 았습니다 었나요 았나요 었어요 았어요 었어 았어 었다 았다 었는지 으면 으니 는데 인데
  던데 니까 한다면 한다고 되었나 되나요 됐나요 이란 인가 인지 일까 이다 이고 이며 이자 이죠 예요 라고 라는
  라면 에서 에게 한테 한테서 으로 로는 로서 로써 까지 부터 처럼 보다 마다 이나 이랑 과의 와의 에는 에도
  에의 했어 했다 하는 하고 해서 하기 하면 하려 할까 하지 된 되는 되고 되어 됐어 들은 들이 들의 들을
  들에게 들도 에선 로선 으로선 에서의 했음 됐음 함 됨 다고 했다고 냐고 자고 왔어 왔다 왔나 였어 해왔 어 아 은 는 이 가 을 를 의 에 와 과 도 만 로 요
  야 죠 란 나 랑 한 할 해 들
  냐 니 누 노 임 음 셈 지 잖아 거든 냐구 대 래 했 었 았 였 겠 됐 셨 하냐 하노 하누 이냐 이노 이누
  임다 슴다 쥬 져 삼 셈요 심 쇼 누요 노요 냐고요 임요 음요 했삼 했셈 했누 했노 했냐 됐냐 됐노 됐누 이삼 이셈
  고 였고 이었고 했고 됐고 라던데 이라던데 라던 라는데 이라는데 거임 는거임 은거임 던거임 는거야 는거냐 는건가 는건지
  던 였던 이었던 었던 았던 했던 하던 되던 됐던 기로 하기로 기로는 기로한
  습니까 습니다 읍니까 다는 다는거 다는거임 다는거야 다는데 다며 다던데
  더라 더라고 더라구 했더라 였더라 이었더라 었더라 았더라 던가 했던가 였던가 였나
  네 네요 듯 이라 이라서 라서 씩 구나 는구나 거구나 거네 셈이네 셈이야
  이래요 래요 이래 이대요 대요 이라네 라네 이라네요 라네요
  쬬 였쬬 이쬬 죵 였죵 이죵
  는디 다는디 라는디 인디 했는디
  이여 거여 는거여 은거여
  는지 은지 던지 을지 였는지 이었는지 는건지 은건지
  면 짜리
  다든가 다든지`
  .split(/\s+/)
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

/**
 * The word with its particle or ending removed, once or twice ("기업들에게는" -> "기업"). A stem
 * is at least one syllable.
 */
export function stripEndings(word: string, rounds = 2): string {
  let stem = word;
  for (let round = 0; round < rounds; round++) {
    const stripped = stripOnceCached(stem);
    if (stripped === stem) break;
    stem = stripped;
  }
  return stem;
}

const strippedOnce = new Map<string, string>();

/**
 * The word with its longest ending removed (itself when it has none), cached: the same words
 * recur in every passage and question, and the ending search slices the word many times.
 */
function stripOnceCached(word: string): string {
  let stem = strippedOnce.get(word);
  if (stem === undefined) {
    const ending = longestEnding(word);
    stem = ending === 0 ? word : word.slice(0, -ending);
    if (strippedOnce.size < 50_000) strippedOnce.set(word, stem);
  }
  return stem;
}

const ENDING_SET = new Set(ENDINGS);
const LONGEST_ENDING = Math.max(...ENDINGS.map((ending) => ending.length));

/**
 * One-syllable endings that are also the last syllable of many nouns (게임, 의지, 소음): taken off
 * only when two syllables remain ("얼마임" -> "얼마", but "게임" stays).
 */
const WEAK_ENDINGS = new Set([..."냐니누노임음셈삼심쇼지대래쥬져했었았였겠됐셨고던네듯씩면"]);

/** Length of the longest ending the word ends with, leaving at least one syllable (0: none). */
function longestEnding(word: string): number {
  for (let length = Math.min(LONGEST_ENDING, word.length - 1); length > 0; length--) {
    const ending = word.slice(-length);
    if (!ENDING_SET.has(ending)) continue;
    if (length === 1 && WEAK_ENDINGS.has(ending) && word.length < 3) continue;
    return length;
  }
  return 0;
}

/**
 * "쓰는거임", "돌려받는거야", "입성한건가": a verb's modifier form with the bound noun 거 / 건 / 게
 * and a casual copula typed onto it. The verb's own word ("쓰는"), which the knowledge may have
 * where the stripped stem ("쓰") is too short to look up; undefined for any other word.
 */
export function modifierBeforeBoundNoun(word: string): string | undefined {
  return BOUND_NOUN_AFTER_MODIFIER.exec(word)?.[1];
}

const BOUND_NOUN_AFTER_MODIFIER =
  /^(\p{Script=Hangul}+[는은던한된할될])(?:거|건|게)(?:임|야|냐|가|지|예요|에요|였음|였어|인가|인가요|임요)?$/u;

/** Whether the text is exactly one particle or ending from the list. */
export function isParticleOrEnding(text: string): boolean {
  return ENDING_SET.has(text);
}

/**
 * One-syllable stems of light verbs (받다, 하다, 되다, 있다, 없다, 않다, 같다, 싶다): say nothing of
 * their own, whatever ending they take.
 */
const LIGHT_VERB_STEMS = new Set([..."받하되있없않같싶"]);
/**
 * The contracted syllables of 하다 and 되다 (했, 한, 됐, 된…), which an ending follows just as it
 * follows the stem: "했대요", "된대요", "한답니다".
 */
const CONTRACTED_LIGHT_VERBS = new Set([..."해했한할함돼됐된될됨"]);

/**
 * A light verb's stem with only endings after it ("받음", "받았냐", "없음?", "했대요", "된다"): a
 * stopword.
 */
export function isLightVerbForm(word: string): boolean {
  if (word.length < 2) return false;
  const first = word.charAt(0);
  const rest = word.slice(1);
  if (LIGHT_VERB_STEMS.has(first)) {
    return isEnding(rest) || rest === "다" || isBoundNounAfter(STEM_MODIFIER, rest);
  }
  return (
    CONTRACTED_LIGHT_VERBS.has(first) &&
    (rest === "다" ||
      (rest !== "" && isEnding(rest)) ||
      (CONTRACTED_MODIFIERS.has(first) && isBoundNounAfter(BOUND_NOUN, rest)))
  );
}

/**
 * A modifier ending and the bound noun 거 / 건 / 게 / 걸, then endings, after a light verb
 * ("있을거라고", "있는거", "한거", "할거래", "된건가"): a stopword like the verb itself. Not the
 * adverbial 게 right after the stem ("있게"), which says what the verb is for.
 */
function isBoundNounAfter(pattern: RegExp, rest: string): boolean {
  const bound = pattern.exec(rest);
  return bound !== null && isEnding(rest.slice(bound[0].length));
}

/** The contracted forms that are modifiers already (한, 할, 된, 될): the bound noun follows. */
const CONTRACTED_MODIFIERS = new Set([..."한할된될"]);
const BOUND_NOUN = /^(?:거|건|게|걸)/u;
const STEM_MODIFIER = /^(?:을|는|은|던)(?:거|건|게|걸)/u;

/** Whether `rest` (what follows a known word inside a token) is only a particle or ending. */
export function isEnding(rest: string): boolean {
  return rest === "" || ENDING_SET.has(rest) || isEndingChainCached(rest);
}

/**
 * Helper verbs said after a verb's 아/어 form, with their own endings: 주다 (doing it for someone:
 * 꽂아줌, 밀어줬냐, 서주는) and 버리다 (done and over: 질러버림). The slang verb before them keeps
 * its meaning.
 */
const HELPER_VERBS = [
  "주",
  "줘",
  "줬",
  "줌",
  "준",
  "줄",
  "드리",
  "드려",
  "드렸",
  "드림",
  "버리",
  "버려",
  "버렸",
  "버림",
  "버린",
];

/** Whether `rest` is a helper verb (주다, 버리다) with only endings after it ("줌", "줬냐"). */
export function isHelperVerbEnding(rest: string): boolean {
  // After a noun, 하다's 해 comes first: 스폰해줌 = 스폰 + 해 + 줌.
  const verb = rest.startsWith("해") ? rest.slice(1) : rest;
  return HELPER_VERBS.some(
    (helper) => verb.startsWith(helper) && isEnding(verb.slice(helper.length)),
  );
}

const chains = new Map<string, boolean>();

/** Whether the text is a chain of at most three endings ("했냐" = "했" + "냐"), cached. */
function isEndingChainCached(text: string): boolean {
  let chain = chains.get(text);
  if (chain === undefined) {
    chain = text.length <= 3 * LONGEST_ENDING && isEndingChain(text, 3);
    if (chains.size < 50_000) chains.set(text, chain);
  }
  return chain;
}

/** Whether the text is a chain of at most `pieces` endings ("했냐" = "했" + "냐"). */
function isEndingChain(text: string, pieces: number): boolean {
  if (text === "") return true;
  if (pieces === 0) return false;
  for (let length = Math.min(LONGEST_ENDING, text.length); length > 0; length--) {
    if (ENDING_SET.has(text.slice(-length)) && isEndingChain(text.slice(0, -length), pieces - 1)) {
      return true;
    }
  }
  return false;
}

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Whether a UTF-16 code is a precomposed Hangul syllable (가…힣). */
export function isHangulSyllable(code: number): boolean {
  return code >= HANGUL_BASE && code <= HANGUL_LAST;
}

/** A Hangul syllable's initial, vowel and final indexes; undefined for anything else. */
export function syllableParts(code: number): readonly [number, number, number] | undefined {
  if (!isHangulSyllable(code)) return undefined;
  const offset = code - HANGUL_BASE;
  return [Math.floor(offset / 588), Math.floor((offset % 588) / 28), offset % 28];
}

/** The Hangul syllable of an initial, vowel and final index: syllableParts read back. */
export function composeSyllable(initial: number, vowel: number, final: number): string {
  return String.fromCodePoint(HANGUL_BASE + (initial * 21 + vowel) * 28 + final);
}

/**
 * Syllables to the keys typed for them (두벌식): initial consonants 0-18, vowels 19-39. A final
 * consonant is the same key as the initial one (the "ㅍ" of "솦" and of "프"), and clusters and
 * compound vowels are their two keys (ㄳ = ㄱ ㅅ, ㅘ = ㅗ ㅏ), so "솦트웨어" is one key away
 * from "소프트웨어", as it is on the keyboard.
 */
export function toJamo(word: string): number[] {
  const jamo: number[] = [];
  for (const char of word) {
    const code = char.codePointAt(0) ?? 0;
    if (!isHangulSyllable(code)) {
      jamo.push(1000 + code);
      continue;
    }
    const offset = code - HANGUL_BASE;
    jamo.push(Math.floor(offset / 588));
    for (const vowel of VOWEL_KEYS[Math.floor((offset % 588) / 28)] ?? []) jamo.push(19 + vowel);
    for (const consonant of FINAL_KEYS[offset % 28] ?? []) jamo.push(consonant);
  }
  return jamo;
}

/** Final consonant index (1-27; 0 = none) -> the initial-consonant keys that type it. */
const FINAL_KEYS: readonly (readonly number[])[] = [
  [],
  [0],
  [1],
  [0, 9],
  [2],
  [2, 12],
  [2, 18],
  [3],
  [5],
  [5, 0],
  [5, 6],
  [5, 7],
  [5, 9],
  [5, 16],
  [5, 17],
  [5, 18],
  [6],
  [7],
  [7, 9],
  [9],
  [10],
  [11],
  [12],
  [14],
  [15],
  [16],
  [17],
  [18],
];

/** Vowel index (0-20) -> the simple vowels typed for it (ㅘ = ㅗ + ㅏ). */
const VOWEL_KEYS: readonly (readonly number[])[] = Array.from({ length: 21 }, (_, vowel) => {
  const compound: Readonly<Record<number, readonly number[]>> = {
    9: [8, 0],
    10: [8, 1],
    11: [8, 20],
    14: [13, 4],
    15: [13, 5],
    16: [13, 20],
    19: [18, 20],
  };
  return compound[vowel] ?? [vowel];
});

/** Jamo typed with the same key (shift) or easily confused vowels: a cheap typo. */
const CLOSE_JAMO: ReadonlyArray<readonly [number, number]> = [
  [7, 8],
  [12, 13],
  [3, 4],
  [0, 1],
  [9, 10], // ㅂㅃ ㅈㅉ ㄷㄸ ㄱㄲ ㅅㅆ
  [19 + 1, 19 + 5],
  [19 + 3, 19 + 7], // ㅐㅔ ㅒㅖ
  [19 + 0, 19 + 2],
  [19 + 4, 19 + 6],
  [19 + 8, 19 + 12],
  [19 + 13, 19 + 17], // ㅏㅑ ㅓㅕ ㅗㅛ ㅜㅠ
  [19 + 1, 19 + 3],
  [19 + 5, 19 + 7], // ㅐㅒ ㅔㅖ
];

export function areCloseJamo(a: number, b: number): boolean {
  return CLOSE_JAMO.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/**
 * Whether a word ends on a syllable with a final consonant (받침), which picks the particle: "오픈AI와",
 * "구글과", "투자액이"; Latin letters read as ending in a vowel.
 */
export function hasFinalConsonant(word: string): boolean {
  const final = syllableParts(word.trim().at(-1)?.charCodeAt(0) ?? 0)?.[2];
  return final !== undefined && final !== 0;
}

/**
 * A word with the particle its last syllable takes: `withParticle("구글", "과", "와")` is "구글과",
 * `withParticle("오픈AI", "이", "가")` is "오픈AI가".
 */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
  return `${word}${hasFinalConsonant(word) ? afterConsonant : afterVowel}`;
}

/**
 * A reaction said with an exclamative ending: "웃기네", "대단하네요", "복잡하구나", "황당하군요".
 * Only words of feeling: an exclamation of a property ("비싸구나") may be what is asked about.
 */
const EXCLAMATION =
  /^(?:웃기|웃겨|대단하|신기하|놀랍|놀라|어이없|황당하|복잡하|헷갈리|어렵|재밌|재미있|흥미롭|무섭|굉장하|엄청나|기가막히|골때리|이상하|희한하|어마어마하|장난 ?아니)(?:네|네요|구나|구만|구먼|군요|군)$/u;

/**
 * Whether a word is the asker's reaction ("순환투자 웃기네, 이거 뭔 소리임", "10기가와트나 쓴다니
 * 대단하네요"), which asks nothing.
 */
export function isExclamation(word: string): boolean {
  return EXCLAMATION.test(word);
}

/**
 * "나왔어", "떴음", "났던": a verb of one syllable in the past, its marker (았/었/였…) written after
 * the stem or contracted into it (a syllable closed by ㅆ). A noun and its particle never look so.
 */
export function isShortPastVerb(word: string): boolean {
  if (word.length < 2) return false;
  const rest = word.slice(1);
  if (PAST_MARKER.test(rest)) return true;
  return syllableParts(word.charCodeAt(0))?.[2] === FINAL_SSANG_SIOS && isEnding(rest);
}

const PAST_MARKER = /^[았었였왔했됐겠셨]/u;
/** The index of ㅆ among the final consonants a syllable can close with. */
const FINAL_SSANG_SIOS = 20;
