/**
 * Formal, old-fashioned and regional Korean endings read as the plain polite ones the rest of the
 * engine knows, before anything else reads the question: "뭡니까" is "뭐예요", "얼마랍니까" is
 * "얼마래요", "알려주시오" is "알려주세요", "했소" is "했나요", "언제였는지요" is "언제였는지",
 * "맞지요" is "맞죠", "말씀하셨습니까" is "말 했습니까". Grammar only: no word of any story.
 * A syllable's final ㅂ before 니까 is the contracted formal ending (하 + ㅂ니까 = 합니까); a regular
 * ㅂ stem takes 습니까 (잡습니까), so the contraction is never a stem's own consonant.
 */

import { restoreEndingSlips } from "./ending-slips.ts";
import { foldKoreanDialect } from "./korean-dialect.ts";

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;
const FINAL_B = 17;
const FINAL_SS = 20;
const FINAL_N = 4;
const FINAL_L = 8;

function parts(char: string): readonly [number, number, number] | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code < HANGUL_BASE || code > HANGUL_LAST) return undefined;
  const offset = code - HANGUL_BASE;
  return [Math.floor(offset / 588), Math.floor((offset % 588) / 28), offset % 28];
}

function withFinal(char: string, final: number): string {
  const [initial, vowel] = parts(char) ?? [0, 0];
  return String.fromCodePoint(HANGUL_BASE + (initial * 21 + vowel) * 28 + final);
}

/** Pronouns and question nouns: a contracted 입니까 after them is the copula (뭡니까 = 뭐입니까). */
const COPULA_HOSTS = new Set(["뭐", "거", "어디", "누구", "얼마", "이거", "그거", "저거", "무어"]);

function isCopulaHost(stem: string): boolean {
  for (const host of COPULA_HOSTS) if (stem.endsWith(host)) return true;
  return false;
}

/** Whether a word may hold an honorific: 말씀, or 하/되/주 before 시, 십 or 셨. */
const HONORIFIC_MARK = /말씀|[하되주][시십셨]/u;

/** Honorific 하시/되시/주시 before an ending, and their past 셨: the plain verb. */
const HONORIFIC_PAST: Readonly<Record<string, string>> = { 하: "했", 되: "됐", 주: "줬" };

/** The word with its formal or old-fashioned ending read as a plain polite one (itself otherwise). */
export function foldRegisterWord(word: string): string {
  const length = word.length;
  if (length < 2) return word;
  let folded = word;
  if (!HONORIFIC_MARK.test(folded)) return foldEnding(folded);
  // Honorific nouns and the -시- infix of light verbs: 말씀하셨 -> 말 했, 하십니까 -> 합니까.
  if (folded.startsWith("말씀")) folded = `말 ${folded.slice(2)}`;
  folded = folded.replace(/([하되주])셨/gu, (_, verb: string) => HONORIFIC_PAST[verb] ?? verb);
  folded = folded.replace(/([하되주])십니까/gu, "$1나요");
  folded = folded.replace(/([하되주])시(?=나요|나|는|고|면|며|죠|지|던)/gu, "$1");
  return foldEnding(folded);
}

/** The last syllables an ending this file folds may end on ("…까", "…시요", "…지요", "…소"). */
const FOLDED_LAST = new Set([..."까다오소교유여"]);
const FOLDED_BEFORE_YO = new Set([..."까시지"]);

/** Stems whose 하오체 question is a word of its own: 맞소 (맞나요), 같소, 않소, 옳소, 좋소, 많소. */
const SO_STEMS = new Set([..."맞같않옳좋많"]);

function foldEnding(word: string): string {
  // Most words end on none of these: "…나요", "…세요", "…어요" are read as they are.
  const last = word.charAt(word.length - 1);
  if (last === "요") {
    if (!FOLDED_BEFORE_YO.has(word.charAt(word.length - 2))) return word;
  } else if (!FOLDED_LAST.has(last)) {
    return word;
  }
  // Hearsay (-다고 합니까): 쓴답니까 -> 쓴대요, 얼마랍니까 -> 얼마래요.
  let match = /^(.+)([답랍])(?:니까|니다|디까)요?$/u.exec(word);
  if (match) return `${match[1]}${match[2] === "답" ? "대요" : "래요"}`;
  // 습디까 / ㅂ디까: what the listener saw (합디까 -> 하던가요, 했습디까 -> 했던가요).
  match = /^(.+)습디까$/u.exec(word);
  if (match) return `${match[1]}던가요`;
  // The contracted formal ending: 뭡니까 -> 뭐예요, 합니까 -> 하나요, 나옵니까 -> 나오나요.
  match = /^(.*)(.)(니까|디까)요?$/u.exec(word);
  if (match) {
    const host = match[2] as string;
    const hostParts = parts(host);
    if (hostParts && hostParts[2] === FINAL_B && host !== "습" && host !== "읍" && host !== "입") {
      const stem = `${match[1]}${withFinal(host, 0)}`;
      if (match[3] === "디까") return `${stem}던가요`;
      return isCopulaHost(stem) ? `${stem}예요` : `${stem}나요`;
    }
    return word;
  }
  // Imperative -시오 / -십시오: 알려주시오 -> 알려주세요.
  match = /^(.+?)(?:십시오|시오|시요)$/u.exec(word);
  if (match) return `${match[1]}세요`;
  // 하오체 -소 after a past or existential stem: 했소 -> 했나요, 없소 -> 없나요.
  match = /^(.*)(.)소$/u.exec(word);
  if (match) {
    const host = match[2] as string;
    if (parts(host)?.[2] === FINAL_SS || host === "없") return `${match[1]}${host}나요`;
    // 맞소, 같소, 않소: a whole word of a common stem (장소, 연구소 are nouns).
    if (match[1] === "" && SO_STEMS.has(host)) return `${host}나요`;
    return word;
  }
  // 하오체 -오 on a light verb: 된다 하오 -> 된다 하나요, 어찌 되오 -> 어찌 되나요; 것이오 -> 것인가요.
  if (word === "하오" || word === "되오") return `${word.charAt(0)}나요`;
  match = /^(.*)(.)이오$/u.exec(word);
  if (match && (parts(match[2] as string)?.[2] ?? 0) !== 0) return `${match[1]}${match[2]}인가요`;
  // An indirect question ended with 요: 언제였는지요 -> 언제였는지; else -지요 is -죠: 맞지요 -> 맞죠.
  match = /^(.*)(.)지요$/u.exec(word);
  if (match) {
    const host = match[2] as string;
    const final = parts(host)?.[2] ?? -1;
    if (final === FINAL_N || final === FINAL_L) return word.slice(0, -1);
    return `${match[1]}${host}죠`;
  }
  // Regional copula: 몇 억불이여 -> 몇 억불이야, 넣은거여 -> 넣은거야 (충청, 전라).
  match = /^(.*)(이|거)여$/u.exec(word);
  if (match) return `${match[1]}${match[2]}야`;
  // Regional endings: 했능교 -> 했나요 (경상); 넣은거유, 했지유 -> 넣은거요, 했지요 (충청).
  match = /^(.+)[능는]교$/u.exec(word);
  if (match) return `${match[1]}나요`;
  // 충청 copula 여유 after a word: 언제여유 -> 언제예요, 몇억불여유 -> 몇억불이에요 (여유 alone is "room").
  match = /^(.+)여유$/u.exec(word);
  if (match) {
    const host = match[1] as string;
    return `${host}${(parts(host.charAt(host.length - 1))?.[2] ?? 0) === 0 ? "예요" : "이에요"}`;
  }
  // 했대유, 쓴대유, 하래유, 봐유, 하세유, 할게유: the polite 요 said 유.
  match = /^(.*[거까지데나어아뭐대래해세네게])유$/u.exec(word);
  if (match && (match[1] as string).length >= 1 && word.length >= 2) {
    return foldEnding(`${match[1]}요`);
  }
  return word;
}

const HANGUL_WORD = /[\uac00-\ud7a3]{2,}/gu;
/** A quick test before the word-by-word fold: most questions have none of these syllables. */
const FORMAL_MARK = /[까다오소요교유여셨씀]/u;
/** "설명좀", "날짜좀": the softener 좀 glued to the word before it. */
const GLUED_PLEASE = /([\uac00-\ud7a3]{2,})좀(?=[^\uac00-\ud7a3]|$)/gu;

/**
 * "투자 받은 뒤 기업가치는", "돈 받고 나서 몸값은": a time clause of receiving or doing is when,
 * not what is asked: it reads as 이후 ("after"), and the verb no longer asks which way money went.
 */
const AFTER_CLAUSE =
  /(?<![\uac00-\ud7a3])(?:(?:받은|받고 난|한|하고 난|된|되고 난)\s*(?:뒤|후|다음)(?:에는|에|엔)?|(?:받|하|되)고 나서)(?![\uac00-\ud7a3])/gu;
const MAY_BE_AFTER = /뒤|후|다음|나서/u;

/** The text with each Hangul word's formal or old-fashioned ending folded (see foldRegisterWord). */
/**
 * A bound noun typed onto the verb before it ("가는거 맞지?", "투자한건 사실이야?"): the verb's
 * own word, then the noun, as "가는 거 맞지?" is written.
 */
const GLUED_BOUND_NOUN =
  /(?<=\p{Script=Hangul}(?:는|은|던|한|된|할|될))(?=(?:거|건|게)(?:[\s?？!.~,]|$))/gu;
const MAY_BE_BOUND_NOUN = /[거건게]/u;

/**
 * Who the question is said to, in Korean: a teacher (쌤, 선생님), an elder (형, 언니, 선배님), the
 * bot itself (봇아). Said first, before a comma or space, or last, after a sentence's ending ("…맞나요
 * 쌤", "…맞죠 선배님?"), it asks nothing: left where it is, it hides the yes/no tag before it and is
 * counted as a word the knowledge lacks. Grammar only: no word of any story.
 */
const VOCATIVE =
  "(?:쌤|샘|선생님|선배님?|교수님|형님?|누나|언니|오빠|사장님|부장님|팀장님|과장님|대리님|님들|여러분|자기야|(?:챗)?봇(?:아|님|씨)?)";
const LEADING_VOCATIVE = new RegExp(`^\\s*${VOCATIVE}(?:\\s*[,!~]+\\s*|\\s+)(?=\\S)`, "u");
/** After a final ending (…요, …죠, …냐, …임, …어) or a mark, and only at the end. */
const TRAILING_VOCATIVE = new RegExp(
  `(?<=[요죠냐니까어아야지임음래나네가셈삼누노?？!~.])\\s*,?\\s+${VOCATIVE}(?=[\\s?？!~.]*$)`,
  "u",
);
const MAY_BE_VOCATIVE = /쌤|샘|선생|선배|교수|형|누나|언니|오빠|님|여러분|자기|봇/u;

/**
 * Anyone addressed by title first, before a comma, a greeting before them or not ("진행자님, …",
 * "안녕하세요 작가님, …"): a radio host or a writer is no word of the question either.
 */
const LEADING_ADDRESS = /^\s*(?:안녕하세요\s*)?[\uac00-\ud7a3]{1,5}님\s*,\s*(?=\S)/u;

function withoutVocative(text: string): string {
  if (!MAY_BE_VOCATIVE.test(text)) return text;
  return text
    .replace(LEADING_VOCATIVE, "")
    .replace(LEADING_ADDRESS, "")
    .replace(TRAILING_VOCATIVE, "");
}

/**
 * Old-fashioned words for the plain ones: "무어라" is "뭐라", "무얼" is "뭘", "일러 주시오" is "알려
 * 주시오" (tell me).
 */
const OLD_WORD = /(?<![\uac00-\ud7a3])(?:무어라|무얼|일러(?= ?주))/gu;
const PLAIN_WORD: Readonly<Record<string, string>> = { 무어라: "뭐라", 무얼: "뭘", 일러: "알려" };
const MAY_BE_OLD_WORD = /무어|무얼|일러/u;

/** Every fold here reads Hangul syllables: a text with none (an English question) has none to fold. */
const SYLLABLE = /[\uac00-\ud7a3]/u;

export function foldKoreanRegister(raw: string): string {
  if (!SYLLABLE.test(raw)) return raw;
  // "머꼬", "어데서", "했당가", "한거아이가": regional words and endings, read as standard ones first.
  // "투자햇나요", "뜻이에욬": a past ㅆ typed ㅅ, a ㅋ typed onto the ending, read as meant first.
  const text = foldKoreanDialect(restoreEndingSlips(raw));
  const plain = MAY_BE_OLD_WORD.test(text)
    ? text.replace(OLD_WORD, (word) => PLAIN_WORD[word] ?? word)
    : text;
  const unaddressed = withoutVocative(plain);
  // The bound noun's syllable first: a test for three characters, not a lookbehind at every place.
  const spaced = MAY_BE_BOUND_NOUN.test(unaddressed)
    ? unaddressed.replace(GLUED_BOUND_NOUN, " ")
    : unaddressed;
  const timed = MAY_BE_AFTER.test(spaced) ? spaced.replace(AFTER_CLAUSE, "이후") : spaced;
  if (!FORMAL_MARK.test(timed) && !timed.includes("좀")) return timed;
  return timed
    .replace(GLUED_PLEASE, "$1 좀")
    .replace(HANGUL_WORD, (word) => (FORMAL_MARK.test(word) ? foldRegisterWord(word) : word));
}
