/**
 * A part of a several-part question that only leans on the part before: it restates it ("…,
 * i.e. can it afford…", "그래픽카드 개수 말이오"), compares its answer with something ("…, for
 * comparison with B", "B보다 높음?"), qualifies it ("…, for those systems") or guesses its
 * answer ("어디에 지어져? 텍사스지?"). When the part before is not covered, such a part is not
 * covered either: answered alone, it would put a nearby fact beside "not covered", as if the
 * question were two.
 */
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import { spaceSplitCount } from "../../search/split-count.ts";
import { claimDenies } from "./confirm.ts";
import {
  asksOfThingPointedAt,
  asksOnlyStatus,
  isEnglishDependentTail,
  isKoreanDependentTail,
} from "./dependent-tail.ts";
import { asksTheFigureAgain } from "./figure-again.ts";
import { asksOfEachCounted, asksPlaceOfWhere } from "./narrower-part.ts";
import {
  asksDayOfWhenBefore,
  asksNameOfWhoBefore,
  asksOfThingBefore,
  narrowsPartBefore,
} from "./narrowing-part.ts";
import { asksOnlySource } from "./source-request.ts";

/** The part before ends on a restating word: "What is X's revenue, i.e." */
const RESTATING_END =
  /(?:\bi\.?\s?e\.?|\bthat is|\bin other words|\bnamely|\bmeaning|(?<![\p{L}])즉|다시 말해|말하자면)[\s,:;—–-]*$/iu;

/**
 * The part opens on a restating word: "i.e. …", "in other words …", "I mean …", "즉 …", or on
 * "like" before a yes or no ("like can they not use AMD chips now?"); "like which chips" asks.
 */
const RESTATING_OPENING =
  /^(?:(?:i\.?\s?e\.?|that is|in other words|i mean|namely|meaning|즉|다시 말해|말하자면)(?![\p{L}])|like,?\s+(?:can|could|is|are|does|do|did|will|would|has|have)\s)/iu;

/**
 * The part ends on "I mean" or on a Korean "…말이야" after a noun ("그래픽카드 개수 말이오", dialect
 * "날짜 말여"); not "무슨 말이야?" (what does it mean), which asks.
 */
const RESTATING_CLOSE =
  /\bi mean[\s.!?]*$|(?<!(?:무슨|뭔|무엇|어떤|그게|이게|그건|이건|그|이)\s?)말(?:이오|이야|이에요|이예요|입니다|임|이죠|이요|인데|이지|여|이여|요)[\s.!?~]*$/iu;

/**
 * The part compares with something: "for comparison with B", "compared to B", "by comparison",
 * "vs B", "the same day as B", "same ballpark as B", "similar to B", "cheaper than B?", "B보다 높음?",
 * "B보다 쌈?" (싸다's contracted forms are syllables of their own), "B 대비", "비교하면", "비교해서요",
 * "B랑 같은 날?".
 */
const COMPARING =
  /\b(?:comparison|compared?|versus|vs|relative to|(?:higher|lower|bigger|smaller|larger|more|less|greater|cheaper|pricier|dearer|costlier|faster|slower|longer|shorter|better|worse)\s+than|(?:more|less)\s+(?:expensive|costly|affordable)\s+than|(?:the )?same (?:\w+ )?as|similar to|comparable to|on par with|in line with|in the same (?:ballpark|range|league))\b|보다\s*(?:더\s*)?(?:높|낮|많|적|크|큼|큰|커|작|비싸|비쌈|비싼|비쌀|싸|쌈|싼|쌀|쌉|저렴|빠르|빠름|빨라|빠른|느리|느림|느려|느린|나아|나음|나은|낫|앞서|위|아래)|대비(?![\p{L}])|비교(?:(?:하|해|할|했|한)\p{Script=Hangul}*|용|요)?(?![\p{L}])|(?:이랑|랑|하고|와|과)\s?(?:똑\s?같|같은|같아|같나|같냐|같죠|같지|비슷|다른|달라|다르|동일)/iu;

/**
 * The comparison's other side is the part before, pointed at: "how does it compare with B's
 * figure?", "how do they stack up against B?", "compare it with B", "B랑 같이 비교해줘" (the part
 * before is compared too). B may be named with its own parties.
 */
const COMPARED_ITSELF =
  /\b(?:it|that|this|they|theirs|that figure|that number)\s+(?:compares?|stacks? up|measures? up)\b|\bcompare (?:it|that|this|them all|all three|the three|all of them)\b|(?:같이|함께|다 ?같이|셋 ?다|세 ?(?:개|곳|회사) ?다)\s?비교|(?:이랑|랑|하고|와|과) (?:같이|함께) 비교/iu;

/**
 * The part opens on a preposition: it qualifies the part before ("for those systems?", "before the
 * last round?"), or
 * leaves something out of it ("besides the big three?", "other than AWS?").
 */
const PREPOSITION_OPENING =
  /^(?:in|on|at|for|by|with|to|from|as|over|per|into|before|after|since|until|till|during|prior to|compared|relative|given|considering|next to|alongside|beside|besides|against|other than|apart from|aside from|except|excluding|not counting|outside of|without|w\/o)\s/iu;

/**
 * "…? no stand mixer", "…, no car": a condition the asker sets on the question before, a noun
 * said with "no" and nothing asked of its own.
 */
const NO_NOUN_CONDITION = /^no\s+(?!(?:one|body|way|idea|worries|problem|thanks)\b)[a-z]/iu;
/** At most this many words make such a condition. */
const CONDITION_WORDS = 4;

/**
 * A Korean afterthought: the verb of the part before, then one of its adverbials said after it
 * ("들어가? 이번 1기가와트에", "투자했어? 칩 쓰는 조건으로?", "쓸 수 있어? 3대 클라우드 말고"). The
 * part ends on a case particle of place, means or likeness, or on "말고 / 빼고 / 외에", and so
 * has no verb of its own: Korean puts the verb last.
 */
const KOREAN_AFTERTHOUGHT =
  /(?:\p{Script=Hangul}(?:에|에서|에게|한테|으로|처럼|까지)|(?<![\p{L}])(?:말고|빼고|외에|제외하고)|\p{Script=Hangul}(?:말고|빼고|외에))[\s?？.!~]*$/u;

/**
 * A party written as the subject or topic of its own clause ("마소는 앤트로픽에?"): the part asks
 * of that party, and is no afterthought.
 */
const SUBJECT_PARTICLE = /(?:은|는|이|가|도|께서)$/u;

/**
 * An English remark after the question: a sentence that ends on a full stop, opens on no
 * request or join ("Also the Microsoft one.", "Tell me…") and asks nothing ("Seems he's the one
 * signing off on all these billions.", "The valuation numbers mean little to me without it.").
 */
export const REMARK_END = /[.!]$/u;
export const NOT_A_REMARK_OPENING =
  /^(?:and|also|plus|or|but what|what about|how about|then|next|tell|give|list|show|explain|compare|include|add|say|name|break|walk|please|pls|plz|can|could|would|will|do|does|did|is|are|was|were|has|have|should)\b/iu;
/** A question asked by its mark alone. */
const QUESTION_MARK_END = /[?？]$/u;
/** At least this many words make a remark (a shorter tail is a fragment of the question). */
const REMARK_WORDS = 4;

/**
 * A Korean sentence after the question that tells why the asker asks ("앤트로픽 애저 구매액이랑
 * 비교해보고 싶어서", "보고서에 쓰려고요", "표로 정리하게요"): the asker's purpose, no ask of its own.
 */
const KOREAN_PURPOSE_END = /(?:싶어서|려고|하게|위해서)요?\s*[.!~]*$/u;
/**
 * One that tells what makes someone ask ("남편이 엔비디아 주식을 갖고 있어서요", "친구가 물어봐서",
 * "궁금해하네요 ㅎ", "눈이 침침하여 그렇습니다"): a reason or a curiosity told, no ask of its own.
 */
const KOREAN_REASON_END =
  /(?:(?:[아어]|해|셔|라|봐|워)서|거든|때문에|궁금\p{Script=Hangul}*)요?\s*[.!~ㅎㅋᄒᄏ]*$|(?:[아어여서]|해|하여)\s그렇(?:습니다|답니다|어요|네요)\s*[.!~]*$/u;

/** The last sentence after a question mark, and what comes before it (the mark kept). */
const AFTER_LAST_QUESTION = /^([\s\S]*[?？])\s+([^?？]+)$/u;

/**
 * The question without a Korean reason told after it ("…이름이 뭐예요? 아이 보고서에 출처로 적어야
 * 해서요" -> "…이름이 뭐예요?"): the reason's words (a report, a source) are no ask. The text as
 * written when no such reason closes it.
 */
export function withoutClosingReason(text: string): string {
  const found = AFTER_LAST_QUESTION.exec(text.trim());
  if (!found) return text;
  const [, asked = "", tail = ""] = found;
  return KOREAN_REASON_END.test(tail) && !hasQuestionWord(tail) ? asked : text;
}

export function isRemark(text: string, own: Analysis): boolean {
  if (own.language === "ko") {
    return (
      !own.asksToConfirm &&
      !QUESTION_MARK_END.test(text) &&
      (KOREAN_PURPOSE_END.test(text) || KOREAN_REASON_END.test(text)) &&
      !hasQuestionWord(own.normalized)
    );
  }
  return (
    own.language === "en" &&
    !own.asksToConfirm &&
    REMARK_END.test(text) &&
    !NOT_A_REMARK_OPENING.test(text) &&
    !hasQuestionWord(own.normalized) &&
    spaceSplitCount(text) >= REMARK_WORDS
  );
}

/**
 * A Korean word pointing back at what the part before asked: the person ("그 양반", "그분", "그
 * 사람") or the thing used ("그걸로": with it). "그거 어느 클라우드에서 돌아감?" after "1기가와트면
 * GPU 몇 장임?" points at the compute, which is covered: a bare "그거" is not read so.
 */
const POINTS_BACK_KO = /(?<!\p{Script=Hangul})(?:그걸로|그거로|그것으로|그분|그\s?(?:양반|사람))/u;

/** The part before asks who. */
const WHO_ASKED = /누가|누구|\bwho\b/u;
/** Two candidates, each with the same verb: "마소가 내나요 앤트로픽이 내나요". */
const WHO_OFFERED =
  /^\s*\S+?(?:이|가|은|는)\s*(\S+?)[?？,]?\s+(?:아니면\s+)?\S+?(?:이|가|은|는)\s*\1\s*[?？.~]*$/u;

/** When something happens: "언제", "몇 월", "며칠", "when", "what date". */
const WHEN = /언제|몇 ?월|며칠|\bwhen\b|\bwhat (?:date|day|month|year)\b/u;
/** A Korean embedded question's end with no mark of its own: "…쓸 수 있는지", "…오는 건지요". */
const EMBEDDED_ASK_END = /\p{Script=Hangul}지(?:요)?[\s.…~]*$/u;
/** At most this many known words ask a time again: a party and a verb ("Anthropic이 … 쓸 수"). */
const TIME_AGAIN_WORDS = 2;

/**
 * "Vera Rubin … 언제부터 실제로 shipping 돼요? Anthropic이 언제 쓸 수 있는지": after a part that
 * asked when something happens, a part that asks when again, as an embedded question with no
 * more than a party and a verb, asks the same time from the other side; alone it would find
 * another fact of the verb.
 */
function asksTheTimeAgain(before: Analysis, text: string, own: Analysis): boolean {
  if (!WHEN.test(before.normalized) || !WHEN.test(own.normalized)) return false;
  // Said as the rest of the question before ("…쓸 수 있는지"), not asked anew with a mark.
  if (!EMBEDDED_ASK_END.test(text)) return false;
  const known = own.terms.filter((term) => term.known);
  return (
    known.length <= TIME_AGAIN_WORDS &&
    known.filter((term) => term.entity !== undefined).length <= 1 &&
    !own.terms.some((term) => term.kind === "amount")
  );
}

/** At most this many words make a guess at the answer ("텍사스지?", "Texas, right?"). */
const GUESS_WORDS = 3;

export function leansOnPartBefore(
  /**
   * The part before as written, and as read; asked: it ended on a question mark;
   * namesOutsideParty: it names a company or person the knowledge lacks.
   */
  before: { bare: string; analysis: Analysis; asked?: boolean; namesOutsideParty?: () => boolean },
  /** This part as written, and as read alone. */
  bare: string,
  own: Analysis,
): boolean {
  const text = bare.trim();
  const beforeText = before.bare.trim();
  if (RESTATING_END.test(beforeText) || RESTATING_OPENING.test(text)) return true;
  if (RESTATING_CLOSE.test(text)) return true;
  // "…얼마예요? 금액으로는요", "how much…? need a number for the diagram": that figure again.
  if (asksTheFigureAgain(before.analysis, text, own)) return true;
  if (asksTheTimeAgain(before.analysis, text, own)) return true;
  // "…, in dollars, for those systems?": no question word of its own, only a qualifier.
  if (PREPOSITION_OPENING.test(text) && !hasQuestionWord(own.normalized)) return true;
  if (
    NO_NOUN_CONDITION.test(text) &&
    !QUESTION_MARK_END.test(text) &&
    !hasQuestionWord(own.normalized) &&
    spaceSplitCount(text) <= CONDITION_WORDS &&
    !own.terms.some((term) => term.entity !== undefined || term.kind === "amount")
  ) {
    return true;
  }
  if (isKoreanAfterthought(text, own)) return true;
  // "…? 기사에 넣어야 해서", "…? under what terms?", "…? Any quote?": a tail of the question before.
  if (isKoreanDependentTail(text, own) || isEnglishDependentTail(text, own)) return true;
  // "…? And the source?", "…? 출처도요": the citation of the part before, which has none to give.
  if (asksOnlySource(text)) return true;
  // "베라 루빈 출시일 언제예요? 앤트로픽은 몇 월부터 그걸로 돌리는지", "사장님 이름이 뭐여? 그
  // 양반은 뭐라고 혔당가": the thing or person asked before, pointed at, asked more of.
  if (POINTS_BACK_KO.test(text) && !own.terms.some((term) => term.kind === "amount")) return true;
  // "전기요금은 누가 내요? 마소가 내나요 앤트로픽이 내나요": the who asked before, offered as a
  // choice with its verb said twice.
  if (WHO_ASKED.test(before.analysis.normalized) && WHO_OFFERED.test(text)) return true;
  // "…언제야? 이미 된거?": how far along the thing asked before is.
  if (asksOnlyStatus(text, own) || asksOfThingPointedAt(text, own)) return true;
  // "…어디에 짓나요? 미국 어디?", "…a break fee? What are its terms?": a narrower question, or one
  // of the thing the part before named.
  if (
    narrowsPartBefore(text, own) ||
    asksNameOfWhoBefore(before.analysis, own) ||
    asksDayOfWhenBefore(before.analysis, text, own) ||
    asksPlaceOfWhere(before.analysis, text, own) ||
    asksOfEachCounted(before.analysis, own)
  ) {
    return true;
  }
  const beforeMarked = before.asked ?? QUESTION_MARK_END.test(beforeText);
  if (asksOfThingBefore(before.analysis, beforeMarked, text, own)) return true;
  // A comparison of its own names two sides ("is NVIDIA's bigger than Microsoft's?"); one side
  // only is compared with what the part before asks.
  // The comparison is read as written too: "more or less than B" is filler ("roughly") to the
  // glossary, which takes it out of the text read.
  const comparing = COMPARING.test(own.normalized) || COMPARING.test(text);
  if ((comparing && sidesNamed(own) < 2) || COMPARED_ITSELF.test(own.normalized)) return true;
  // The rest lean on a question asked before: a yes or no of its answer, a remark, a guess.
  // A remark follows any question, asked by its word or by its mark alone ("xAI's last round
  // valuation? Trying to line it up against Anthropic's.").
  // "…scaling to after that? 2gw? 5gw?": a guess after a guess guesses the same answer.
  // "…몇 개나 들어가요? 애가 궁금해해요", "…? is that what pays for it?": a word about the asker,
  // or a yes or no on the answer before, pointed at.
  if (beforeMarked && (isAsideOfNoKnownWord(text, own) || pointsBackAtAnswer(text, own))) {
    return true;
  }
  if (isGuess(beforeText, before.analysis, beforeMarked) && isGuess(text, own)) return true;
  // "AMD는 이번 딜로 뭐 얻음? 칩 공급 물량?", "What does Oracle get? chips?": a bare topic after a
  // question of another company asks the same of it.
  if (beforeMarked && isBareTopic(text, own) && before.namesOutsideParty?.() === true) return true;
  // "Dario Amodei didn't comment, did he? What did he say?", "…isn't 49% anymore, is it? what's
  // the number now": after a negated claim not covered, a question pointing back at what it named
  // asks of the same thing; the negation never makes it answerable by a nearby fact.
  if (
    !hasQuestionWord(before.analysis.normalized) &&
    claimDenies(before.analysis.normalized) &&
    asksOfWhatClaimNamed(text, own)
  ) {
    return true;
  }
  if (!hasQuestionWord(before.analysis.normalized)) {
    // "네이버는 클로드 안쓰나? 하이퍼클로바X랑 경쟁관계임?": a yes or no on words the knowledge lacks,
    // naming no party of its own, goes on asking of the other company the part before named.
    return (
      beforeMarked &&
      (isRemark(text, own) ||
        ((confirmsOfTheAnswer(own) || asksTopicOnly(text, own)) &&
          !own.terms.some((term) => term.entity !== undefined) &&
          before.namesOutsideParty?.() === true))
    );
  }
  return (
    confirmsOfTheAnswer(own) || isRemark(text, own) || guessesTheAnswer(text, own, before.analysis)
  );
}

/** A pronoun or "the number" pointing back at what a sentence before named. */
const POINTED_BACK =
  /\b(?:he|she|they|him|her|them|his|their|it|its|the (?:number|figure|amount|percentage|share|stake|date))\b/iu;

/** A question that names no party and points back at the sentence before ("What did he say?"). */
function asksOfWhatClaimNamed(text: string, own: Analysis): boolean {
  return (
    hasQuestionWord(own.normalized) &&
    !own.asksToConfirm &&
    POINTED_BACK.test(text) &&
    !own.terms.some((term) => term.entity !== undefined)
  );
}

/** At most this many words make a bare topic ("칩 공급 물량?", "cloud credits?"). */
const TOPIC_WORDS = 3;

/**
 * A few words asked by the mark alone, naming no party and no figure, with no question word and
 * no claim of their own: a topic, not a question.
 */
function isBareTopic(text: string, own: Analysis): boolean {
  return (
    QUESTION_MARK_END.test(text) &&
    spaceSplitCount(text) <= TOPIC_WORDS &&
    !own.asksToConfirm &&
    own.terms.length > 0 &&
    !own.terms.some((term) => term.entity !== undefined || term.kind === "amount") &&
    !hasQuestionWord(own.normalized)
  );
}

/**
 * "제휴 조건은?", "가격은요?", "and the terms?", "what about pricing?": a short topic asked by its
 * mark alone, no question word of its own; after a yes or no on another company it asks the same
 * of that company ("네이버클라우드에서도 클로드 제공해? 제휴 조건은?").
 */
const TOPIC_ONLY =
  /^(?:\p{Script=Hangul}+\s){0,2}\p{Script=Hangul}+(?:은|는)요?\s*[?？]$|^(?:and|what about|how about)\s+(?:the\s+)?[a-z]+(?:\s[a-z]+)?\s*[?？]$/iu;

function asksTopicOnly(text: string, own: Analysis): boolean {
  return TOPIC_ONLY.test(text) && !own.terms.some((term) => term.kind === "amount");
}

/**
 * "앤트 올해 매출 얼마임? 300억 애저비 감당됨?", "출시 언제임? 이 딜로 앤트가 젤 먼저 받음?": a yes
 * or no after a question, on words the knowledge lacks, is asked of that question's answer ("…,
 * and is the source named?" asks of what the knowledge has). A word alone ("풀네임 ㄱㄱ") asks for
 * more of the first answer, and a sum worked on the figures ("30B 나누기 15B?") is the knowledge's.
 */
function confirmsOfTheAnswer(own: Analysis): boolean {
  return (
    own.asksToConfirm &&
    own.terms.length > 1 &&
    own.terms.some((term) => !term.known && term.kind !== "amount") &&
    !(
      own.terms.some((term) => term.kind === "amount") &&
      !own.terms.some((term) => term.known && term.kind === "concept")
    )
  );
}

/**
 * "어디에 지어져? 텍사스지?": a short question of words the knowledge lacks guesses the answer of
 * the question asked before ("풀네임 ㄱㄱ" asks for more of it, and is no guess). After a figure
 * asked ("다음 밸류 얼마 예상? 4000억쯤?", "how much next year? $2B?"), one amount alone is a
 * guess at it too.
 */
function guessesTheAnswer(text: string, own: Analysis, before: Analysis): boolean {
  const amounts = own.terms.filter((term) => term.kind === "amount").length;
  return isGuess(text, own) && (amounts === 0 || (amounts === 1 && before.asksForFigure));
}

/**
 * A short question of words the knowledge lacks, or of one amount ("텍사스지?", "5gw?"), asked by
 * its mark alone; marked: whether the question gave this part its mark (a split may drop it).
 */
function isGuess(text: string, own: Analysis, marked = QUESTION_MARK_END.test(text)): boolean {
  const amounts = own.terms.filter((term) => term.kind === "amount");
  // "$40B?": the unit read from the sign ("usd") is no word of the asker's; "5gw" read as a
  // concept too is the amount still.
  const written = own.terms.filter(
    (term) => term.kind === "amount" || own.normalized.includes(term.text),
  );
  return (
    !hasQuestionWord(own.normalized) &&
    written.length > 0 &&
    written.every(
      (term) =>
        !term.known ||
        term.kind === "amount" ||
        amounts.some((amount) => amount.text === term.text),
    ) &&
    amounts.length <= 1 &&
    spaceSplitCount(text) <= GUESS_WORDS &&
    marked
  );
}

/** The parties and figures a comparison names. */
function sidesNamed(analysis: Analysis): number {
  // A party and its figure are one side ("앤트로픽이 3500억이면"): the sides are the more of the
  // two counts, not their sum.
  const parties = new Set<string>();
  const figures = new Set<string>();
  for (const term of analysis.terms) {
    if (term.entity !== undefined) parties.add(term.entity);
    else if (term.kind === "amount") figures.add(term.text);
  }
  return Math.max(parties.size, figures.size);
}

/**
 * "이번 앤트로픽 1기가와트에", "앤트로픽처럼 칩 쓰는 조건으로?": an adverbial of the part before,
 * said after its verb, with no question word and no party as a subject of its own.
 */
function isKoreanAfterthought(text: string, own: Analysis): boolean {
  return (
    KOREAN_AFTERTHOUGHT.test(text) &&
    !hasQuestionWord(own.normalized) &&
    !own.terms.some((term) => term.entity !== undefined && SUBJECT_PARTICLE.test(term.text))
  );
}

/**
 * "애가 궁금해해요", "숙제라서요", "my kid is asking": a part with no question word, no question
 * mark and no word the knowledge knows says something of the asker, and asks nothing of its own.
 * It is said as a statement: a Korean verb's ending, or an English one opening on the asker ("any
 * VCs" is a noun asked for, and no aside).
 */
function isAsideOfNoKnownWord(text: string, own: Analysis): boolean {
  return (
    ASIDE_SAID.test(text) &&
    !QUESTION_MARK_END.test(text) &&
    !own.asksToConfirm &&
    !hasQuestionWord(own.normalized) &&
    own.terms.every((term) => !term.known) &&
    spaceSplitCount(text) <= ASIDE_WORDS
  );
}

/**
 * Why the asker asks, said as a statement: a Korean word of wondering, asking or homework before a
 * verb's ending ("궁금해해요", "물어봐서요", "숙제라서요"), or an English sentence opening on the
 * asker ("my kid is asking", "I'm curious").
 */
const ASIDE_SAID =
  /(?:궁금|물어|물었|여쭤|숙제|과제|내기|공부|수업|시험)\p{Script=Hangul}*(?:요|다|서|데|든|음|함|네|죠)[\s.!~]*$|^(?:my|i|i'm|im|we|we're|our|just)\s/iu;

/** At most this many words make an aside (a longer part may ask by its request). */
const ASIDE_WORDS = 6;

/**
 * A yes or no that opens on a pointer at the answer before: "is that what pays for…?", "was that
 * enough…", "does that fund…", "그게 투자 재원이야?", "그걸로 100억 내는 거?". "is that deal…"
 * points at the story itself, which the knowledge covers, and asks of it.
 */
const POINTER_OPENING =
  /^(?:(?:so|and|but|then)\s+)?(?:is|was|are|were|does|did|do|would|could|will|can|has|had)\s+(?:that|those)\b(?!\s+(?:deal|deals|partnership|partnerships|agreement|agreements|announcement|article|story|news)\b)|^(?:그럼\s?)?(?:그게|그건|그거|그걸|그걸로|그거로|그것|그것이|그것도|그것으로)(?!\p{Script=Hangul})/iu;

/** The Korean pointer's part asks a yes or no of it ("그거 어느 클라우드에서 돌아감?" asks where). */
function pointsBackAtAnswer(text: string, own: Analysis): boolean {
  const pointer = POINTER_OPENING.exec(text);
  if (!pointer) return false;
  return /^[a-z]/iu.test(pointer[0].trim()) || !hasQuestionWord(own.normalized);
}
