/**
 * Tails that ask nothing of their own after a question (leaning-part.ts reads them only after a
 * part that is not covered). Each is part of the question before it, said after it:
 *
 * - A Korean clause or adverbial with no verb ending of its own: it ends on a connective ending of
 *   reason or purpose ("기사에 넣어야 해서", "인용하려고요", "이 뉴스 반영해서") or on "…로(요)" of
 *   unit or basis ("억 불 단위로", "이번 투자 기준으로요"). Korean puts the main verb last, so a
 *   part ending on a connective hangs on the verb of the part before.
 * - An English detail of the thing asked before, opening on a preposition and a question word
 *   ("under what terms?", "at what price?", "for how long?"), naming no party of its own.
 * - "Any quote?", "any numbers?", "any plans after this deal?": more of what the part before asked,
 *   naming no party.
 * - An English impression after the question, with no mark ("feels like everyone's raising",
 *   "pretty sure it was some analyst").
 * - A short yes or no on how far along the thing asked before is ("이미 된거?", "벌써 끝났어?",
 *   "already done?", "closed yet?"), naming nothing of its own.
 * - What comes after the thing asked before ("오십억 다음엔 얼마?", "and after that?"), or a figure
 *   asked of "it" ("how much did it raise"): the part before's thing, not the story's.
 */
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import { spaceSplitCount } from "../../search/split-count.ts";

/**
 * A Korean connective ending of reason, purpose or manner at the end of the part: "…해서(요)",
 * "…넣어서", "…하려고(요)", "…하니까", "…하도록", "…하거든(요)". "…에 대해서" names a topic and
 * asks of it; a noun ending on 서 ("보고서", "순서") is no verb's.
 */
const CONNECTIVE_END =
  /(?:(?<![대관])해|돼|되|봐|라|어|아|여|워|와|져|줘|나|셔)서요?[\s.!~]*$|(?:려고|려구|니까|으니|도록|거든)요?[\s.!~]*$/u;

/**
 * "…로(요)" of unit or basis after a Hangul word ("단위로", "기준으로요", "달러로"). Nouns that end
 * on 로 themselves ("경로", "도로", "판로") are no particle's.
 */
const BASIS_END = /\p{Script=Hangul}(?<![경회도통항진활판미수선철과])로요?[\s?？.!~]*$/u;

/** A case particle the existing afterthought reads, with the polite 요 after it ("…에요"). */
const PARTICLE_POLITE_END = /\p{Script=Hangul}(?:에서|에게|한테|처럼|까지)요[\s?？.!~]*$/u;

/** A party written as the subject or topic of its own clause asks of that party. */
const SUBJECT_PARTICLE = /(?:은|는|이|가|도|께서)$/u;

/** The Korean tail: a connective or a "…로" ending, no question word, no party as its subject. */
export function isKoreanDependentTail(text: string, own: Analysis): boolean {
  const trimmed = text.trim();
  if (
    !CONNECTIVE_END.test(trimmed) &&
    !BASIS_END.test(trimmed) &&
    !PARTICLE_POLITE_END.test(trimmed)
  ) {
    return false;
  }
  return (
    !hasQuestionWord(own.normalized) &&
    !own.terms.some((term) => term.entity !== undefined && SUBJECT_PARTICLE.test(term.text))
  );
}

/** "under what terms?", "at what price", "for how long?", "in which currency?". */
const PREPOSITION_THEN_QUESTION =
  /^(?:(?:and|so|but)\s+)?(?:under|on|at|in|for|by|with|through|via|from|until|till|over)\s+(?:what|which|whose|how)\b/iu;
/** At most this many words make a detail of the question before. */
const DETAIL_WORDS = 5;

/**
 * "Any quote?", "and any numbers?", "any comment at all?": asked by its mark ("any hedge funds" in a
 * list names who is asked about).
 */
const ANY_MORE = /^(?:(?:and|so|but|or)\s+)?any\s+\p{L}+(?:\s+\p{L}+){0,4}\s*[?？]$/iu;

/** An impression said after the question: "feels like…", "pretty sure…", "I guess…". */
const IMPRESSION_OPENING =
  /^(?:(?:it\s+)?(?:feels|seems|looks|sounds)\s+like|pretty sure|i\s+(?:think|guess|bet|heard|assume|suppose|reckon)|probably|apparently|everyone|everybody)\b/iu;
const QUESTION_MARK_END = /[?？]\s*$/u;

/** One of the English tails above, naming no party of its own. */
export function isEnglishDependentTail(text: string, own: Analysis): boolean {
  if (own.language !== "en") return false;
  const trimmed = text.trim();
  if (own.terms.some((term) => term.entity !== undefined)) return false;
  const words = spaceSplitCount(trimmed);
  if (PREPOSITION_THEN_QUESTION.test(trimmed)) return words <= DETAIL_WORDS;
  if (ANY_MORE.test(trimmed)) return !own.terms.some((term) => term.kind === "amount");
  return (
    IMPRESSION_OPENING.test(trimmed) &&
    !QUESTION_MARK_END.test(trimmed) &&
    !own.asksToConfirm &&
    !hasQuestionWord(own.normalized)
  );
}

/** A word of how far along something is: "already", "yet", "이미", "벌써", "아직". */
const STATUS_WORD = /(?<![\p{L}])(?:이미|벌써|아직|already|yet)(?![a-z])/iu;
/** At most this many words make a status asked of the part before ("is it done already?"). */
const STATUS_WORDS = 4;

/**
 * "딜 클로징 언제야? 이미 된거?", "When does it close? Already done?": a short part on how far along
 * the thing asked before is, with no question word, no party and no amount of its own.
 */
export function asksOnlyStatus(text: string, own: Analysis): boolean {
  const trimmed = text.trim();
  return (
    STATUS_WORD.test(trimmed) &&
    spaceSplitCount(trimmed) <= STATUS_WORDS &&
    !hasQuestionWord(own.normalized) &&
    !own.terms.some((term) => term.entity !== undefined || term.kind === "amount")
  );
}

/** What comes after: "다음엔", "그 다음", "그 후엔", "after that", "next one". */
const AFTER_THAT =
  /다음(?:엔|에는|은|번엔|번에는)|그\s?(?:다음|후|뒤)|\bafter that\b|\bnext (?:one|round|time|step|tranche)\b|\bwhat(?:'s| is| comes) next\b/iu;
/** A figure asked of "it" or "they" as the subject: "how much did it raise", "how big was it". */
const FIGURE_OF_IT =
  /\bhow (?:much|many|big|large)\b(?:\s+\w+)?\s+(?:did|does|do|is|was|were|are|will|has|have)\s+(?:it|they)\b/iu;

/**
 * "마소 추가투자 계획 있어요? 오십억 다음엔 얼마?", "who led that round and how much did it raise":
 * a part asking what comes after the thing the part before asked, or a figure of it pointed at,
 * naming no party of its own.
 */
export function asksOfThingPointedAt(text: string, own: Analysis): boolean {
  if (own.terms.some((term) => term.entity !== undefined)) return false;
  return AFTER_THAT.test(text) || FIGURE_OF_IT.test(text);
}
