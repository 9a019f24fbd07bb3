/**
 * Whether a Korean question ends in a predicate (a verb, adjective or copula ending: "돌아가?",
 * "고객이야?", "투자하는 거야?", "빠짐?") rather than a bare noun phrase ("마소 투자액?") or a
 * request ("알려줄래?", "요약해 줘?"), and whether it passes on hearsay ("3500억이래",
 * "넣었다더라"). With no question word, such a question asks yes or no: it states something to
 * check. The endings are read by class (the final consonant of the syllable before them, the
 * vowel a stem contracts to), not listed word by word.
 */

const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = 11_172;

/** Every syllable with the given final consonant (index 0-27), as a regex character class body. */
function syllablesWithFinal(final: number): string {
  let chars = "";
  for (let code = HANGUL_BASE + final; code < HANGUL_BASE + HANGUL_COUNT; code += 28) {
    chars += String.fromCodePoint(code);
  }
  return chars;
}

/** Final ㄴ (adnominal "-ㄴ", "한"), ㄹ ("할"), ㅆ (past "했", "넣었"), ㅂ ("합니까"), ㅁ ("함"). */
const FINAL_N = syllablesWithFinal(4);
const FINAL_L = syllablesWithFinal(8);
const FINAL_SS = syllablesWithFinal(20);
const FINAL_B = syllablesWithFinal(17);
/** No final consonant: a noun the copula's 래 ("파트너래") or 야 ("파트너야") follows directly. */
const NO_FINAL = syllablesWithFinal(0);
/**
 * Any syllable with a final consonant: "받아", "넣어", "돌아" (a stem that keeps its 아/어). Written
 * as "a syllable, not one without a final": a class of every such syllable takes milliseconds
 * to compile.
 */
const ANY_FINAL = `(?:(?=[가-힣])[^${NO_FINAL}])`;
/** Nouns that end in 래 themselves (거래, 미래, 원래…): not a copula. */
const NOT_COPULA_RAE = "(?<![거미유외초도재본원])";

/** End of the question: optional polite 요, then punctuation, emoticons and laughter. */
const END = String.raw`요?\s*(?:[?？!.~…]|ㅋ|ㅎ|ㅠ|ㅜ)*$`;

/**
 * Predicate endings, each class as one alternative:
 *   - "…는 거야?", "…한 건가?", "…할 거임?": a clause made a noun, then a copula;
 *   - "…이야?", "…예요?", "…이냐?", "…인가?": a copula after a noun;
 *   - "…나요?", "…니?", "…냐?", "…습니까?", "…합니까?": question endings after a stem;
 *   - "…었어?", "…했음?", "…됐지?": a past stem (final ㅆ) and any ending;
 *   - "…함?", "…됨?", "…빠짐?", "…씀?": a stem made a noun with ㅁ (chat);
 *   - "…받아?", "…넣어?", "…돌아가?", "…해?", "…돼?": a stem and its 아/어, or a contracted one;
 *   - "…다고?", "…라고?": an echo of a statement.
 */
const PREDICATE = new RegExp(
  `(?:${[
    String.raw`[${FINAL_N}${FINAL_L}는던]\s?(?:거|건|것|게|겁)(?:야|냐|냐고|임|지|죠|예요|에요|니|니까|가|인가|인감|일까|이냐|이야|라고)?`,
    String.raw`(?<=\p{Script=Hangul})(?:이야|이냐|이니|이에요|이예요|예요|인가|인감|인지|이지|입니까|이었어|이었나|였어|였나|이었음|였음|이었지|였지|(?<!분)야|냐|이래|${NOT_COPULA_RAE}(?<=[${NO_FINAL}])래|이라고|라고|이라며)`,
    String.raw`(?<=\p{Script=Hangul})(?:나|니|냐|노|누|습니까|[${FINAL_B}]니까)`,
    `(?:[${FINAL_SS}]|없)(?:어|나|니|냐|노|음|지|죠|다고)?`,
    String.raw`(?<=\p{Script=Hangul})(?:함|됨|음|짐|김|림|움|봄|옴|감|남|냄|씀|줌|침|뜸|옮|삼|셈)`,
    String.raw`${ANY_FINAL}(?:아|어)|(?<=[아어나러라])가|(?<![이손피올위])해|돼|써|져|쳐|켜|떠|꺼|놔|둬|(?<=\s)내`,
    String.raw`(?<=\p{Script=Hangul})(?:다고|냐고|다며|다면서|라면서)`,
  ].join("|")})${END}`,
  "u",
);

/**
 * Requests and offers are not claims: "알려줄래?", "요약해 줘?", "설명해 줄 수 있어?",
 * "정리해봐?", "해줄래요?".
 */
const REQUEST = new RegExp(
  `(?:줘|줄래|주세요|주실래|주시겠(?:어|습니까|나)?|줄 ?수 ?있(?:어|나|니|냐|을까|습니까)?|주실 ?수 ?있(?:어|나|니|을까|습니까)?|봐|볼래|알려|설명|요약|정리|말해|가르쳐|할까|해볼까|될까|를까|을까|ㄱ|ㄱㄱ|좀)${END}|(?:해 ?줄|해 ?주|알려 ?줄|알려 ?주|말해 ?줄|설명해 ?줄) ?수 ?있|^(?:알려|설명|요약|정리)`,
  "u",
);

/**
 * Hearsay: "3500억이래", "넣었대", "한다더라", "했다며", "빠진다네": a claim passed on, to be
 * checked, question mark or not.
 */
const HEARSAY = new RegExp(
  String.raw`(?:(?<=[\p{Script=Hangul}\d])이래|${NOT_COPULA_RAE}(?<=[${NO_FINAL}])래|(?<=[\p{Script=Hangul}\d])라더라|다더라|더라|라던데|다던데|래던데|[${FINAL_N}${FINAL_SS}]대|(?:없|있|많|좋|같|않)대|이라며|다며|라며|다면서|라면서|[${FINAL_N}${FINAL_SS}]다네|이라네|라네|[${FINAL_N}]다고 ?하더라|카더라)${END}`,
  "u",
);

/**
 * A stem made a noun with ㅁ, as chat ends a statement ("넣음", "빠짐", "됨"): a claim even
 * without a question mark.
 */
const CHAT_NOMINAL = new RegExp(
  `(?:${ANY_FINAL}음|(?<=\\p{Script=Hangul})(?:함|됨|짐|김|림|움|봄|옴|감|남|냄|씀|줌|침|뜸|옮))${END}`,
  "u",
);

/** "궁금함", "알고 싶음", "모르겠음": the asker's state, a request for the answer, not a claim. */
const ASKERS_STATE = /궁금|알고 ?싶|모르겠|헷갈|몰라|모름/u;

/** Whether a Korean text ends as a chat statement ("마소 50억 넣음", "아마존 빠짐"). */
export function endsInChatNominal(text: string): boolean {
  return CHAT_NOMINAL.test(text) && !REQUEST.test(text) && !ASKERS_STATE.test(text);
}

/** Whether the text says what the asker wonders ("궁금함", "알고 싶어"): it asks, it claims nothing. */
export function statesAskersWish(text: string): boolean {
  return ASKERS_STATE.test(text);
}

/** Whether a Korean question ends in a verb, adjective or copula ending (not a noun, not a request). */
export function endsInKoreanPredicate(text: string): boolean {
  return PREDICATE.test(text) && !REQUEST.test(text);
}

/** Whether a Korean question asks for something to be done ("알려줄래?", "설명해 줄 수 있어?"). */
export function asksForSomething(text: string): boolean {
  return REQUEST.test(text);
}

/** Whether a Korean text passes on a claim heard ("…이래", "…했대", "…라더라"). */
export function passesOnHearsay(text: string): boolean {
  return HEARSAY.test(text) && !REQUEST.test(text);
}
