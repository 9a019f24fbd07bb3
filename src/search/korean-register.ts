/**
 * Formal, old-fashioned and regional Korean endings read as the plain polite ones the rest of the
 * engine knows, before anything else reads the question: "뭡니까" is "뭐예요", "얼마랍니까" is
 * "얼마래요", "알려주시오" is "알려주세요", "했소" is "했나요", "언제였는지요" is "언제였는지",
 * "맞지요" is "맞죠", "말씀하셨습니까" is "말 했습니까". Grammar only: no word of any story.
 * A syllable's final ㅂ before 니까 is the contracted formal ending (하 + ㅂ니까 = 합니까); a regular
 * ㅂ stem takes 습니까 (잡습니까), so the contraction is never a stem's own consonant.
 */

import { restoreEndingSlips } from "./ending-slips.ts";
import { composeSyllable, syllableParts } from "./korean.ts";
import { foldKoreanDialect } from "./korean-dialect.ts";

const FINAL_B = 17;
const FINAL_SS = 20;
const FINAL_N = 4;
const FINAL_L = 8;

/** A syllable's initial, vowel and final indexes (korean.ts), read from its character. */
function parts(char: string): readonly [number, number, number] | undefined {
  return syllableParts(char.codePointAt(0) ?? 0);
}

function withFinal(char: string, final: number): string {
  const [initial, vowel] = parts(char) ?? [0, 0];
  return composeSyllable(initial, vowel, final);
}

/** Pronouns and question nouns: a contracted 입니까 after them is the copula (뭡니까 = 뭐입니까). */
const COPULA_HOSTS = new Set(["뭐", "거", "어디", "누구", "얼마", "이거", "그거", "저거", "무어"]);

function isCopulaHost(stem: string): boolean {
  for (const host of COPULA_HOSTS) if (stem.endsWith(host)) return true;
  return false;
}

/** Whether a word may hold an honorific: 말씀, or the -시- infix in any of its syllables. */
const HONORIFIC_MARK = /말씀|[시신실십심셨셔]/u;

/**
 * The humble -옵- / -사오- of old letters and prayers, on the copula, 하다 and a few stems
 * ("무엇이옵니까", "여쭙고자 하옵니다", "있사온데", "무엇이온지", "하오니", "주시옵소서"): the plain
 * formal ending (입니까, 합니다, 있는데, 무엇인지, 하니, 주세요). Not on any other open stem: 나옵니까
 * and 들어옵니까 are 오다's own 옵.
 */
const HUMBLE_FORMAL = /(사|이|하|시|리)옵(니까|니다)$/u;
const HUMBLE_CLAUSE = /(사|이|하)(온|오)(지|데|니|며)$/u;
const HUMBLE_REQUEST = /(?:시)?옵소서$/u;
const MAY_BE_HUMBLE = /옵|온|오니|오며/u;

function withoutHumbleInfix(word: string): string {
  if (HUMBLE_REQUEST.test(word)) return word.replace(HUMBLE_REQUEST, "세요");
  const formal = HUMBLE_FORMAL.exec(word);
  if (formal) {
    const host = formal[1] as string;
    const ending = formal[2] as string;
    const stem = word.slice(0, formal.index);
    return host === "사" ? `${stem}습${ending}` : `${stem}${withFinal(host, FINAL_B)}${ending}`;
  }
  const clause = HUMBLE_CLAUSE.exec(word);
  if (!clause) return word;
  const host = clause[1] as string;
  const held = clause[2] === "온";
  const ending = clause[3] as string;
  // 온 only before 지 / 데 (인지, 한데), 오 only before 니 / 며 (이니, 하며).
  if (held !== (ending === "지" || ending === "데")) return word;
  const stem = word.slice(0, clause.index);
  if (host === "사") return `${stem}${held ? "는" : "으"}${ending}`;
  return `${stem}${held ? withFinal(host, FINAL_N) : host}${ending}`;
}

/** The word with its formal or old-fashioned ending read as a plain polite one (itself otherwise). */
export function foldRegisterWord(word: string): string {
  const length = word.length;
  if (length < 2) return word;
  let folded = MAY_BE_HUMBLE.test(word) ? withoutHumbleInfix(word) : word;
  if (!HONORIFIC_MARK.test(folded)) return foldEnding(folded);
  // Honorific nouns and the -시- infix: 말씀하셨 -> 말 했, 하십니까 -> 합니까, 얼마이신지 -> 얼마인지.
  if (folded.startsWith("말씀")) folded = `말 ${folded.slice(2)}`;
  folded = withoutHonorific(folded);
  return foldEnding(folded);
}

/**
 * Stems that take the honorific -시- bare after a vowel ("하시는", "쓰시는", "물어보시는데",
 * "알려주시면", "나가시는"): the last syllable of a verb's stem, not of a noun ending in 시
 * ("다시는", "표시는", "지시는", "도시는", "세시는" stay).
 */
const VOWEL_STEMS = new Set([..."하되주보가오쓰내두이리기키우추나르려워"]);
/** Of those, the ones whose bare 신 / 실 / 심 is a verb's (하신, 주실, 되신), not a noun (내신, 추신). */
const BARE_STEMS = new Set([..."하되주보가오쓰두이리기키우나"]);
/** 주시 / 주실 as a request: "주시겠습니까", "주실 수", "주실래요", "주시죠", "주시잖아요". */
const REQUEST_AFTER_JU = /^(?:시겠|실(?:$|\s?수|래|까)|시죠|시잖|시기\s?바)/u;
/** The copula and the light verbs, whose 시 may close a clause cut before its ending. */
const BARE_SI_STEMS = new Set([..."이하되"]);
/** Stems after which 으신 before 가 / 지 / 데 is an adjective's 은 (좋으신지 -> 좋은지), not 는. */
const ADJECTIVE_STEMS = new Set([..."좋많작높낮넓좁적옳싫짧깊얕같"]);

/**
 * The honorific -시- and the ending after it: 시 before an ending that only a verb takes (기로, 는,
 * 고, 면, 지, 겠…), 신 / 실 / 십 / 심 (시 with the ending's consonant: 신지, 실까요, 십니까, 하심),
 * 셨 (시 + 었) and 셔 (시 + 어); 으 before them after a stem that ends on a consonant (맞으실까요,
 * 받으시는, 있으셨).
 */
const HONORIFIC =
  /([\uac00-\ud7a3])(으)?(?:(시)(?=기|는|고|면|며|지|죠|겠|다|던|나|네|도록|게|거나|잖|니|[^\uac00-\ud7a3]|$)|(신)(?=지|가|데|게|거|건|것|걸|분|적|듯|[^\uac00-\ud7a3]|$)|(실)(?=까|지|수|거|때|게|래|텐|건|걸|[^\uac00-\ud7a3]|$)|(십)(?=니까|니다)|(심)(?=[^\uac00-\ud7a3]|$)|(셨)|(셔)(?=서|야|도|요))/gu;

/** The final consonant each honorific syllable leaves on the stem before it (신 -> ㄴ…). */
const HONORIFIC_FINAL: Readonly<Record<string, number>> = {
  신: FINAL_N,
  실: FINAL_L,
  십: FINAL_B,
  심: 16,
};
/** The same endings after a consonant: 으신 -> 은, 으실 -> 을, 으십 -> 습, 으심 -> 음. */
const AFTER_CONSONANT: Readonly<Record<string, string>> = {
  신: "은",
  실: "을",
  십: "습",
  심: "음",
};

function withoutHonorific(word: string): string {
  return word.replace(
    HONORIFIC,
    (whole, stem: string, eu: string | undefined, ...rest: unknown[]) => {
      const offset = rest[7] as number;
      const honorific = rest.slice(0, 7).find((part) => typeof part === "string") as string;
      const final = parts(stem)?.[2] ?? -1;
      const after = word.charAt(offset + whole.length);
      if (eu !== undefined) {
        // 맞으실까요 -> 맞을까요, 받으시는 -> 받는, 있으셨 -> 있었, 받으시면 -> 받으면.
        if (final <= 0) return whole;
        if (honorific === "시") return /[면며니]/u.test(after) ? `${stem}으` : stem;
        if (honorific === "셨" || honorific === "셔") {
          const bright = BRIGHT_VOWELS.has(parts(stem)?.[1] ?? -1);
          return `${stem}${honorific === "셨" ? (bright ? "았" : "었") : bright ? "아" : "어"}`;
        }
        if (honorific === "신" && /[가지데]/u.test(after) && !ADJECTIVE_STEMS.has(stem)) {
          return `${stem}는`;
        }
        return `${stem}${AFTER_CONSONANT[honorific] ?? ""}`;
      }
      if (final !== 0) return whole;
      const before = word.slice(0, offset + 1);
      // The copula after a question noun: 얼마신지 -> 얼마인지, 얼마셨는지 -> 얼마였는지.
      if (isCopulaHost(before)) {
        if (honorific === "셨") return `${stem}였`;
        if (honorific === "시") return `${stem}이`;
        if (honorific === "셔") return whole;
        return `${stem}${withFinal("이", HONORIFIC_FINAL[honorific] ?? 0)}`;
      }
      if (honorific === "셨") return stem === "라" ? "라 했" : withPast(stem, true);
      if (!VOWEL_STEMS.has(stem)) return whole;
      // 주시 after a verb is a request ("설명해 주시겠습니까", "정리해 주실 수 있을까요"): kept
      // as the request frames read it, but before the endings any verb takes ("알려주시면").
      if (stem === "주" && REQUEST_AFTER_JU.test(word.slice(offset + 1))) return whole;
      const bare = after === "" || !/[\uac00-\ud7a3]/u.test(after);
      if (honorific === "시") {
        // A clause cut before its ending ("역할이시", "평가되시" of "…이시고, …"): a light verb's.
        if (bare) return BARE_SI_STEMS.has(stem) ? stem : whole;
        // "이시기에" is 이 시기에 (this period), typed together, more often than a copula's 이시기.
        return stem === "이" && after === "기" ? whole : stem;
      }
      if (honorific === "셔") return withPast(stem, false);
      if (bare && honorific !== "십" && !BARE_STEMS.has(stem)) return whole;
      return withFinal(stem, HONORIFIC_FINAL[honorific] ?? 0);
    },
  );
}

/** Vowels (ㅏ, ㅗ, ㅑ, ㅘ) after which the past is 았, not 었. */
const BRIGHT_VOWELS = new Set([0, 2, 8, 9]);
const FINAL_SS_VOWEL: Readonly<Record<number, number>> = { 8: 9, 13: 14, 18: 4, 20: 6, 11: 10 };

/** A vowel stem with 었 (past) or 어 contracted onto it: 하 -> 했 / 해, 보 -> 봤, 이 -> 였, 되 -> 됐. */
function withPast(stem: string, past: boolean): string {
  if (stem === "하") return past ? "했" : "해";
  const [initial, vowel] = parts(stem) ?? [0, 0];
  const merged = FINAL_SS_VOWEL[vowel] ?? vowel;
  return composeSyllable(initial, merged, past ? FINAL_SS : 0);
}

/** The last syllables an ending this file folds may end on ("…까", "…시요", "…지요", "…소"). */
const FOLDED_LAST = new Set([..."까다오소교유여쥬죵져"]);
const FOLDED_BEFORE_YO = new Set([..."까시지"]);

/** Stems whose 하오체 question is a word of its own: 맞소 (맞나요), 같소, 않소, 옳소, 좋소, 많소. */
const SO_STEMS = new Set([..."맞같않옳좋많"]);

/**
 * Syllables before which a closing 용 is the polite 요 said cutely ("가능할까용", "맞나용", "했어용",
 * "거예용", "헷갈려서용"), not the last syllable of a noun (내용, 비용, 사용, 이용, 대용).
 */
const BEFORE_CUTE_YO = new Set([..."까나죠어아해세게데에네래지걸군가예서라"]);

function foldEnding(word: string): string {
  // Most words end on none of these: "…나요", "…세요", "…어요" are read as they are.
  if (word.endsWith("용") && word.length >= 3 && BEFORE_CUTE_YO.has(word.charAt(word.length - 2))) {
    return foldEnding(`${word.slice(0, -1)}요`);
  }
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
  // Regional copula: 몇 억불이여 -> 몇 억불이야, 넣은거여 -> 넣은거야 (충청, 전라), and after
  // a noun that ends open: 맞는 얘기여 -> 맞는 얘기야. Only these nouns: 기여, 대여, 부여 are
  // words of their own.
  match = /^(.*)(이|거|얘기|이야기|소리|회사|사이)여$/u.exec(word);
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
  // 했대유, 쓴대유, 하래유, 봐유, 알려줘유, 하세유, 할게유: the polite 요 said 유.
  match = /^(.*[거까지데나어아뭐대래해세네게줘봐워와])유$/u.exec(word);
  if (match && (match[1] as string).length >= 1 && word.length >= 2) {
    return foldEnding(`${match[1]}요`);
  }
  // 투자하구유, 그렇구유 (하고요, 그렇고요): 고 said 구 before it, after a stem of one syllable or more.
  if (word.length >= 3 && word.endsWith("구유")) return `${word.slice(0, -2)}고요`;
  // 거쥬, 맞쥬, 했쥬 (거죠, 맞죠, 했죠): 지유 contracted, the yes/no tag.
  if (word.endsWith("쥬")) return `${word.slice(0, -1)}죠`;
  // 거죵, 맞죵, 그렇죵: the same tag said cutely, as 용 is 요; no word ends on 죵.
  if (word.endsWith("죵")) return `${word.slice(0, -1)}죠`;
  // 맞져, 거져, 했져 (맞죠, 거죠, 했죠): the tag typed with 져. 가져, 떨어져 are verbs of their own.
  if (/(?:맞|거|했|였|겠)져$/u.test(word)) return `${word.slice(0, -1)}죠`;
  return word;
}

const HANGUL_WORD = /[\uac00-\ud7a3]{2,}/gu;
/** A quick test before the word-by-word fold: most questions have none of these syllables. */
const FORMAL_MARK = /[까다오소요교유여셨씀시신실십심셔용쥬죵져옵온]/u;
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
