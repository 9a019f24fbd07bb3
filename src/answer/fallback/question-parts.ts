/**
 * The parts of a question that asks several things ("how much did NVIDIA put in, and when was it
 * announced?"), each able to stand alone, with its label as the asker wrote it.
 */
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord, isConfirmationTag, isLeadingTagOnly } from "../../search/confirmation.ts";
import { withinOneEdit } from "../../search/edit-distance.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { isLatinPartyName } from "../../search/latin-segment.ts";
import { partiesJoinedByPlus } from "../../search/listed-parties.ts";
import { judgeRelevance } from "../../search/relevance.ts";
import { spaceSplitCount } from "../../search/split-count.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { oncePerAnswer } from "./answer-memo.ts";
import { withEachAsked } from "./each-asked.ts";
import { isRemark } from "./leaning-part.ts";
import { LINE_MARK, LIST_MARK, listMarkOrder, mayHoldSecondMark } from "./list-marks.ts";
import { asksNameOfWhoBefore } from "./narrowing-part.ts";
import {
  asksAboutArticleMetadata,
  asksMoneyDirection,
  isRequest,
  sentencesOf,
  splitNounList,
  splitQuestion,
  withoutTrailingJoin,
} from "./question-shape.ts";
import { readRelations } from "./scope.ts";
import { slashedAsks } from "./slash-asks.ts";

/**
 * The parts of a question that asks several things, each able to stand alone: a part that names
 * no party takes the parties of the part before ("엔비디아 투자금이랑 / 쓰기로 한 하드웨어"), and
 * one that names no concept its topic too ("앤트로픽 가치 얼마로 뛰었고 / 그 전엔 얼마였어?"); a
 * part with no word of its own ("…? how much?") makes the question one.
 */
/**
 * A Korean list whose items are added ("50억이랑 100억 합치면 얼마야?", "A하고 B 더하면"): one
 * sum's operands, not asks, when nothing after the adding word asks more ("…합치면 얼마고 발표는
 * 언제?" asks more).
 */
const ADDS_LISTED =
  /(?:합치면|합쳐서|합하면|더하면|더하기|합산하면|\+[^?？]*=|[\d억]\s*\+)(?![^?？]*(?:[,?？]\s*\S|그리고|또 |(?:뭐|얼마|언제|어디|누구)고\s+\S))/u;

/**
 * A Korean list whose items are the two sides of one measure ("현금이랑 주식 비율은?", "A와 B의
 * 차이", "투자받는 돈이랑 애저에 쓰기로 한 돈은 몇 배 차이예요?", "A랑 B, 둘 중 어느 쪽이 더
 * 커요?"): the measure, or which is more, is asked of both, when it follows the last item.
 */
const MEASURE_OF_LISTED =
  /(?:이랑|랑|하고|과|와)\s+(?:(?:\S+\s+){0,2}?\S*?(?:의\s*)?(?:비율|비중|차이|격차|배율)|(?:\S+\s+){1,6}?몇\s?(?:배|곱절)|(?:\S+\s+){1,6}?(?:둘 중|둘중|어느 쪽이|어느쪽이)\s?(?:더\s?)?\S*)(?![^?？]*(?:[,?？]\s*\S|그리고|또 ))/u;

/**
 * A chat reaction typed after the last ask, in bare letters ("…얼마야? ㄷㄷ", "ㅋㅋㅋ", "ㅠㅠ"):
 * no ask of its own, and no reason to read the asks before it as one.
 */
const REACTION_TAIL = /(?<=[?？!.])\s*[\u3131-\u318e]{2,}[\s!?？.~]*$/u;

/** A second ask before the end ("…맞지? 합치면 얼마야?"). */
const ASKS_BEFORE_END = /[?？]\s*\S/u;

/** An amount written in English: "$10B", "5 bil", "ten billion", "five bil". */
const ENGLISH_AMOUNT = String.raw`(?:\$\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:b|bn|bil+|billion|m|mil|million)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|hundred)\s(?:bil+|billion|bn|million)\b)`;

/** Text up to a second ask: ", and …", "and what …". */
const SECOND_ASK = String.raw`,\s*and\b|\band (?:what|how|when|who|why|where|which|is|are|was|were|does|do|did|can|will)\b`;
const WITHIN_ONE_ASK = `(?:(?!${SECOND_ASK})[^?？])*?`;

/**
 * An English list of amounts that are added ("NVIDIA's ten bil plus Microsoft's five bil?",
 * "$10B and $5B - what's that come to?", "…, what does it add up to altogether?"): one sum's
 * operands, not asks, when no second ask follows ("…, and when was it announced?").
 */
const ENGLISH_ADDS_LISTED = new RegExp(
  String.raw`${ENGLISH_AMOUNT}${WITHIN_ONE_ASK}(?:\bplus\b${WITHIN_ONE_ASK}${ENGLISH_AMOUNT}|(?:\band\b|&|,\s)${WITHIN_ONE_ASK}${ENGLISH_AMOUNT}${WITHIN_ONE_ASK}(?:\badd(?:s|ed)? up\b|\bcomes? (?:to|tae)\b|\baltogether\b|\ball together\b|\bcombined\b|\bin total\b|\btotal\b|\bsum\b|\bput together\b))(?![^?？]*(?:${SECOND_ASK}))`,
  "iu",
);

/**
 * "A랑 B, 둘 중 어느 쪽이 더 커요? 몇 배 차이인지도요!": a list of two sides asked of as one, then
 * another ask. The list stays one part, the ask after it another; undefined when no sentence
 * before the last is such a list.
 */
function listedThenMore(text: string): string[] | undefined {
  if (!ASKS_BEFORE_END.test(text)) return undefined;
  const sentences = text.split(/(?<=[?？])\s+/u);
  const [first, ...rest] = sentences;
  if (first === undefined || rest.length === 0 || !addsListed(first)) return undefined;
  return [first, ...rest.flatMap((sentence) => splitQuestion(sentence, {}))];
}

function addsListed(sentence: string): boolean {
  return (
    (ADDS_LISTED.test(sentence) ||
      MEASURE_OF_LISTED.test(sentence) ||
      ENGLISH_ADDS_LISTED.test(sentence)) &&
    !ASKS_BEFORE_END.test(sentence)
  );
}

/**
 * "Azure commit 30 bil, that one is how many times MS investment?": a topic said first, then
 * taken up by a pronoun, is the subject of what follows, not a part of its own.
 */
const TOPIC_TAKEN_UP =
  /^([^,?!.]{2,50}?),\s+(?:that one|this one|that|this|it)\s+(?=(?:is|was|'s)\s)/iu;

/**
 * "the 10B from nvidia, when does it land?", "ok the azure thing, how big is it?": a noun phrase
 * said first (a determiner or an owner opens it), then a question that points back to it, is
 * that question's subject, not a part of its own.
 */
const TOPIC_THEN_ASK =
  /^((?:(?:so|ok|okay|and|alright|also)[,\s]+)?(?:(?:the|that|this|those|these)\s|[\w.-]+'s\s)[^,?!.]{2,50}?),\s+((?:when|what|how|why|where|which|who|is|are|was|were|does|do|did|can|will|would)\b[^,?!.]*\b(?:it|its|that|this|they|them)\b[^,]*)$/iu;

function withTopicJoined(question: string): string {
  const found = TOPIC_TAKEN_UP.exec(question);
  if (found && !hasQuestionWord((found[1] ?? "").toLowerCase())) {
    return `${found[1]} ${question.slice(found[0].length)}`;
  }
  const fronted = TOPIC_THEN_ASK.exec(question.trim());
  if (!fronted || hasQuestionWord((fronted[1] ?? "").toLowerCase())) return question;
  return `${fronted[1]} ${fronted[2]}`;
}

export function questionParts(
  index: KnowledgeIndex,
  question: string,
  claim: boolean,
): { text: string; bare: string; label?: string }[] {
  // One answer asks for a question's parts up to five times (whether a review or a stance stands
  // beside another ask, then the parts answered); callers only read them.
  return oncePerAnswer(index, `parts\u0000${claim}\u0000${question}`, () =>
    readParts(index, question, claim),
  );
}

function readParts(
  index: KnowledgeIndex,
  question: string,
  claim: boolean,
): { text: string; bare: string; label?: string }[] {
  const whole = [{ text: question, bare: question }];
  // "…, 발표 언제? 세줄요약 ㄱㄱ", "…? numbers only": how to answer, after the asks, asks nothing.
  // "엔비가 왜 투자했고 얼마 냈는지 둘다", "…? both please": asks for every part, asks nothing.
  // "NVIDIA's amount and the hardware names, please": the courtesy is no item of the list.
  // "how much did MSFT + NVDA put in": a plus between two parties lists them, no second ask.
  const asked = withTopicJoined(
    partiesJoinedByPlus(withoutSignOff(index, withoutClosingLine(index, question)), (word) =>
      isLatinPartyName(word, index.lexicon),
    ),
  )
    .replace(YES_NO_THEN_NEXT, " ")
    .replace(TOTAL_TAIL, (tail: string, marks: string, at: number, whole: string) =>
      // "ten yards from the jensen side, total?": after a statement the total is the ask.
      hasQuestionWord(whole.slice(0, at).toLowerCase()) ? ` in total${marks}` : tail,
    )
    .replace(FORMAT_TAIL, "")
    .replace(EVERY_PART_TAIL, "")
    .replace(COURTESY_TAIL, "")
    .replace(REACTION_TAIL, "");
  // "1) date announced 2) Amazon's role 3) is Amazon putting in new money?": a numbered list is
  // its items, even when one of them is a yes/no question (the list is no claim).
  const numbered = numberedItems(index, asked);
  const confirmation = claim && !numbered;
  // "…? Trying to line it up against the Microsoft and NVIDIA numbers.": a remark after a
  // question is one sentence; its commas and "and" list nothing asked.
  const remarks = numbered ? NO_REMARKS : remarksAfterQuestion(index, asked);
  const remarkTails = new Set<string>(remarks);
  const clauses = joinNamesToNextPart(
    index,
    (numbered ?? askingSentences(index, asked, confirmation)).flatMap((sentence) => {
      if (addsListed(sentence) || remarks.has(sentence)) return [sentence];
      return withRemarkWhole(index, sentence, confirmation, remarkTails, (head) => {
        // "총 얼마 투자 / 언제 발표 / 클라우드 어디": each slashed ask is a part as written.
        const slashed = confirmation ? undefined : slashedAsks(index, head);
        const split =
          slashed ??
          listedThenMore(head) ??
          withEachAsked(splitQuestion(head, { clausesOnly: confirmation }));
        // "1) 마이크로소프트는 왜 앤트로픽이랑 손잡았는지 2) …": an item of a numbered list that does
        // not split into asks of their own ("손잡았는지" asks nothing alone) is one ask, not a
        // reason to read the whole list as one.
        return numbered && split.length > 1 && !split.every((piece) => asksAlone(index, piece))
          ? [head]
          : split;
      });
    }),
  );
  let listed = numbered !== undefined;
  const parts = clauses
    .flatMap((clause) => {
      // "50억, 100억, 300억을 전부 더하면?": the items of a sum are its operands, not asks.
      if (remarkTails.has(clause) || addsListed(clause)) return [clause];
      const nouns = splitNounList(clause);
      // One item is no list, whether the clause claims or asks: its reading is not needed.
      if (nouns.length < 2) return [clause];
      // Each item read only when the list may count: a claim's list of fewer than three is one.
      const items = () => nouns.length > 1 && nouns.every((noun) => isSubstantive(index, noun));
      // A claim is one ("NVIDIA put in $10B, right? And what…?"): its commas list no questions.
      // A list of three things or more that claim nothing ("For my slide: total investment,
      // the Azure spend, and the size of the compute deal?") is a list of asks.
      if (confirmation || index.analyze(clause).asksToConfirm) {
        if (nouns.length < 3 || !items() || nouns.some((noun) => claimsSomething(index, noun))) {
          return [clause];
        }
        listed = true;
        return withEachAsked(nouns);
      }
      // "A와 B는 각각 얼마인가요?": the last item's question is each item's.
      return items() ? withEachAsked(nouns) : [clause];
    })
    .map((part, at, all) => (at < all.length - 1 ? withoutJoin(index, part) : part));
  if (parts.length < 2) return whole;
  // "300억 실화냐? 진짜 그만큼 투자한 거임?": a part of a claim that names no party and no figure
  // restates it; the claim is one.
  const [first = "", ...later] = parts;
  // "이거 사실임? 엔비디아가 … 사준다던데": a tag written first is the claim's, no part of its own.
  if (isLeadingTagOnly(first)) return whole;
  // "is amazon out now? and how many clouds…": a yes/no question keeps its question mark in the
  // question as asked, though the split took it off the part.
  const substantive = (part: { text: string; bare: string }) =>
    isSubstantive(index, part.text) ||
    asksAttributeOfItsOwn(index, part.bare) ||
    asksYesNoBeforeMark(index, asked, part.bare);
  const topic = topicBeforeColon(index, asked);
  const withTopic = (part: string) =>
    topic !== undefined && !part.startsWith(topic) ? `${topic} ${part}` : part;
  // Every part must ask by itself (below), unless the list is numbered; every other reading
  // keeps the question whole too. A part that does not ends the reading as soon as it is read,
  // before the parts after it: the first as written (no part before lends it words).
  if (!numbered && !substantive({ text: withTopic(first), bare: first })) return whole;
  if (
    confirmation &&
    !listed &&
    namesPartyOrFigure(index, first) &&
    // "…on Foundry, and what is that platform called now?": a part asking by a question word of
    // its own restates nothing (read as written: the glossary may write Korean into English).
    later.some((part) => !namesPartyOrFigure(index, part) && !hasQuestionWord(part.toLowerCase()))
  ) {
    return whole;
  }
  // "그 전문가 누구예요? 이름이 뭐죠?": the name of whoever the part before asked who of is one
  // question with it, the name asked (a short part of its own words only).
  if (asksWhoThenName(index, parts)) return whole;
  const withContext: { text: string; bare: string; label?: string }[] = [];
  let previous: Analysis | undefined;
  let before: string | undefined;
  for (const part of parts) {
    // "NVDA–Anthropic tech collab: what does it involve, and which chips?": each part asks of the
    // topic named before the colon.
    const own = withTopic(part);
    const analysis = index.analyze(own);
    const concepts = analysis.terms.filter((term) => term.kind === "concept");
    const named = analysis.terms.some((term) => isParty(index, term));
    // "…? how much?": a part with no word of its own asks about the part before; the question is
    // one, unless it asks with a question word of its own ("…얼마였고 / 지금은 얼마예요?"): then
    // it takes the part before's words.
    // "…'s investment and its reason": why, asked of the part before, takes its words below.
    const asksWhyOfBefore = analysis.asksForReason && OF_WHAT_CAME_BEFORE.test(analysis.normalized);
    if (
      previous &&
      analysis.terms.length === 0 &&
      !asksWhyOfBefore &&
      !asksAgainOfItsOwn(analysis.normalized)
    ) {
      return whole;
    }
    let text = own;
    // "마소는 왜 투자했고 / 엔비는 왜 했음": a part naming a party but nothing about it asks the
    // part before's question of that party.
    const ownConcepts = concepts.filter((term) => !isParty(index, term));
    if (previous && named && ownConcepts.length === 0 && !analysis.asksForFigure) {
      const carried = previous.terms.filter(
        (term) => term.kind === "concept" && !isParty(index, term),
      );
      const words = carried.map((term) => term.text);
      // "…왜 투자했어? 엔비는?": the part asks the same "why" of its party.
      if (previous.asksForReason && !analysis.asksForReason) {
        words.unshift(/\p{Script=Hangul}/u.test(part) ? "왜" : "why");
      }
      if (words.length > 0) text = `${words.join(" ")} ${part}`;
    }
    // "…into Anthropic, and what is the total of its Azure purchase?": "its" names the party
    // before though the part names another thing (Azure) of its own.
    if (previous && named && text === own && POSSESSIVE_BACK.test(analysis.normalized)) {
      const owners = previous.terms.filter(
        (term) => isParty(index, term) && !analysis.terms.some((mine) => mine.text === term.text),
      );
      // Only one party before can be whose it is ("…Microsoft's stake in Anthropic, and its…").
      const [owner, ...more] = new Set(owners.map((term) => term.text));
      if (owner && more.length === 0) text = own.replace(POSSESSIVE_BACK, `${owner}'s`);
    }
    // The reader sees the part as written, not the words carried into it.
    const label = text !== part && named ? part : undefined;
    // "…, and what worry does the article raise?": a part that asks of the article itself, the
    // article its subject, takes no party from the part before (unless it points back to it:
    // "what does the article say of it"). A remark about the article ("기사 제목 보고 옴") asks
    // nothing of it, and a figure asked to be in it ("얼마 투자했는지 기사에 있어?") is still the
    // party's before.
    const asksOfTheArticle =
      ARTICLE_ASKED.test(analysis.normalized) &&
      hasQuestionWord(analysis.normalized) &&
      !POINTS_BACK.test(analysis.normalized);
    // "수능 꿀팁 있음? ㄹㅇ 망함": a part before that asks about something else of its own words
    // lends none of them.
    if (previous && !named && !asksAboutOtherThing(index, previous)) {
      // "순환 투자가 뭐고 / 그게 왜 문제야?", "… / 왜 문제임": a part that points back, or asks
      // why without naming a party, takes the part before's topic.
      // A part naming a relation by its own words ("…. And I also want the date.") has a topic.
      const takesTopic =
        (concepts.length === 0 &&
          !analysis.terms.some((term) => term.kind === "amount" && term.known) &&
          readRelations(index.knowledge, analysis).relations.length === 0) ||
        analysis.asksForReason ||
        POINTS_BACK.test(analysis.normalized);
      const carried = previous.terms.filter(
        (term) =>
          !isConfirmationTag(term.text) &&
          (takesTopic
            ? term.kind === "concept" || term.known
            : isParty(index, term) && !asksOfTheArticle),
      );
      if (carried.length > 0) text = `${carried.map((term) => term.text).join(" ")} ${part}`;
    }
    let read: { text: string; bare: string; label?: string } =
      label === undefined ? { text, bare: part } : { text, bare: part, label };
    // "What about OpenAI? And Amazon?": a party alone after a part asking of another asks the
    // same of it; this reading replaces the words carried from the part before ("invest And
    // Microsoft?" would be a claim of its own).
    const sameAsk =
      !numbered && before !== undefined ? sameAskOfOtherParty(index, before, part) : undefined;
    if (sameAsk !== undefined) read = { text: sameAsk, bare: part, label: part };
    if (!numbered && !substantive(read)) return whole;
    before = read.text;
    withContext.push(read);
    previous = named || !previous ? analysis : previous;
  }
  // Each part asked by itself, checked as it was read.
  if (!numbered) return withContext;
  // "1) what did Jensen Huang say 2) how much did NVIDIA put in": every numbered item is asked,
  // one naming only what the knowledge lacks too (it is said not covered beside the others).
  return withContext.some(substantive) ? withContext : whole;
}

/**
 * Unknown words that outnumber the known ones this much, with no party named, are a question
 * about something else.
 */
const OTHER_THING_WORDS = 3;

function asksAboutOtherThing(index: KnowledgeIndex, analysis: Analysis): boolean {
  if (analysis.terms.some((term) => isParty(index, term))) return false;
  const verdict = judgeRelevance(analysis, index.idf, index.maxIdf);
  return (
    !verdict.onTopic &&
    verdict.reason === "unknown-words" &&
    verdict.unknown >= verdict.known + OTHER_THING_WORDS
  );
}

/**
 * At most this many words ask only a name, by a question word or a request ("이름이 뭐죠?",
 * "what's his name then", "이름 알려줘").
 */
const NAME_ONLY_WORDS = 4;

function asksWhoThenName(index: KnowledgeIndex, parts: readonly string[]): boolean {
  for (let at = 1; at < parts.length; at++) {
    const part = parts[at] as string;
    if (spaceSplitCount(part.trim()) > NAME_ONLY_WORDS) continue;
    // "…, got a name?" asks whether there is one: the part before's answer says.
    const own = index.analyze(part);
    if (!hasQuestionWord(own.normalized) && !isRequest(part)) continue;
    const before = index.analyze(parts[at - 1] as string);
    if (asksNameOfWhoBefore(before, own)) return true;
  }
  return false;
}

/**
 * What a question names before a colon that opens its asks ("NVDA–Anthropic tech collab: what…,
 * and which…?"), when it names a party; the list markers come off each part, this topic with
 * them.
 */
const TOPIC_BEFORE_COLON =
  /^([^:?？\n]{1,60}):\s*(?=(?:what|what's|when|who|how|which|where|why|is|are|does|do|did|was|were|can)\b)/iu;

function topicBeforeColon(index: KnowledgeIndex, question: string): string | undefined {
  const topic = TOPIC_BEFORE_COLON.exec(question.trim())?.[1]?.trim();
  if (!topic) return undefined;
  return index.analyze(topic).terms.some((term) => isParty(index, term)) ? topic : undefined;
}

/**
 * "…, and in what setting?", "…, and over how many years?", "그 컴퓨팅은 어느 칩에서…": a part that
 * opens on a question word (after a preposition) and names a thing of its own asks that thing of
 * the part before's topic, even when the knowledge has no word for it (then it is not covered).
 */
const OWN_QUESTION_WORD =
  /^(?:(?:on|at|in|for|from|with|by|to|of|over|during|under|within|after|before|since|until|through)\s+)?(?:what|which|whose|how many)\s+([\p{L}\p{N}]+)|(?<!\p{Script=Hangul})(?:어느|무슨|어떤|몇)\s?(\p{Script=Hangul}+)/iu;

export function asksAttributeOfItsOwn(index: KnowledgeIndex, part: string): boolean {
  // The word after the question word is a thing asked ("what setting", "how many years"), not
  // a pronoun or a verb's helper ("what he said", "what is it"), nor a name ("which Jensen").
  const match = OWN_QUESTION_WORD.exec(part.trim());
  const thing = match?.[1] ?? match?.[2];
  if (!thing || thing !== thing.toLowerCase()) return false;
  return index.analyze(part).terms.some((term) => term.text.toLowerCase().startsWith(thing));
}

/**
 * Whether a question is a list of asks, numbered ("1) … 2) …") or one "- " line per item
 * ("- NVIDIA amount?\n- MSFT amount?"): never one claim.
 */
export function isMarkedList(index: KnowledgeIndex, question: string): boolean {
  return BULLET_LINES.test(question) || numberedItems(index, question) !== undefined;
}

/** Two lines or more, each opening with a bullet. */
const BULLET_LINES = /^\s*[-•*·]\s+\S[^\n]*\n\s*[-•*·]\s+\S/u;

/**
 * What joins an item to the next one, written before the next one's number: "…? Also 3) …",
 * "…, and (c) …", "… 그리고 2) …", "… 추가로 (2) …". It belongs to no item.
 */
const JOIN_BEFORE_NEXT_ITEM =
  /(?:[,;]?\s*(?:\b(?:and|also|plus|then|and also)\b|(?<!\p{Script=Hangul})(?:그리고|추가로|또한|또)(?:요)?)[,:]?)?[,;]?\s*$/iu;

/** A piece of an item that asks by itself: substantive, or a thing of its own after a question word. */
function asksAlone(index: KnowledgeIndex, piece: string): boolean {
  return (
    index.analyze(piece).terms.length > 0 &&
    (isSubstantive(index, piece) || asksAttributeOfItsOwn(index, piece))
  );
}

/** At most this many words in a sentence that frames a numbered list after it. */
const FRAME_SENTENCE_WORDS = 12;

/**
 * The items of a list numbered in order ("1) … 2) … 3) …", "(a) … (b) …"), without a short frame
 * before the first ("Three things 1) …"), when there are two or more; otherwise undefined.
 */
function numberedItems(index: KnowledgeIndex, question: string): string[] | undefined {
  // Cheap test first: most questions have no second list number.
  if (!mayHoldSecondMark(question)) return undefined;
  const marks = matchesOf(LIST_MARK, question);
  if (marks.length < 2) return undefined;
  if (!marks.every((mark, at) => listMarkOrder(mark) === at + 1)) return undefined;
  const frame = question.slice(0, marks[0]?.index ?? 0).trim();
  // "오늘 상임위 질의 대비 자료 요청. 가. …": a frame that is a sentence of its own, asking
  // nothing, says what the list is for.
  const frameSentence = /[.。]$/u.test(frame) && !/[?？]/u.test(frame);
  const frameWords = spaceSplitCount(frame);
  if (
    frame !== "" &&
    !/[:：]$/u.test(frame) &&
    frameWords > (frameSentence ? FRAME_SENTENCE_WORDS : 5)
  ) {
    return undefined;
  }
  const items = marks.map((mark, at) =>
    question
      .slice((mark.index ?? 0) + mark[0].length, marks[at + 1]?.index ?? question.length)
      .replace(JOIN_BEFORE_NEXT_ITEM, "")
      .trim(),
  );
  // Every item names something; one at least something the knowledge knows ("2) what did Sam
  // Altman say?" names a person it lacks, to be said not covered beside the other items).
  const readings = items.map((item) => index.analyze(item).terms);
  const knownItems = readings.filter((terms) => terms.some((term) => term.known)).length;
  if (!readings.every((terms) => terms.length > 0) || knownItems < 1) return undefined;
  // "아마존은 (1) 돈을 넣었나요? (2) 앤트로픽과 어떤 관계로 남나요?", "NVIDIA: 1) … 2) …": a frame
  // that is only a party is every item's subject; an item not naming it asks it of that one.
  const frameTerms = frame === "" ? [] : index.analyze(frame).terms;
  if (frameTerms.length === 0 || !frameTerms.every((term) => isParty(index, term))) return items;
  const subject = frame.replace(/[:：]$/u, "").trim();
  const ids = new Set(frameTerms.map((term) => term.features[0]));
  return items.map((item, at) =>
    readings[at]?.some((term) => ids.has(term.features[0])) ? item : `${subject} ${item}`,
  );
}

/**
 * "Give me the date of the announcement. Then tell me how much Microsoft committed.": a message
 * whose every sentence asks (a question, a request, or a next step after one) is one part per
 * sentence. A sentence that only states ("Microsoft invested $5B. Is that right?") or chats
 * ("Thanks.") keeps the message whole for the other readings.
 */
function askingSentences(index: KnowledgeIndex, question: string, confirmation: boolean): string[] {
  if (confirmation) return [question];
  // "- total investment - the Azure spend - which systems": a list's lines joined on one line
  // (a story before them left out) are its items.
  if (/^[-•*·]\s/u.test(question) && /\s[-•*·]\s/u.test(question)) {
    const items = question
      .replace(/^[-•*·]\s+/u, "")
      .split(/\s+[-•*·]\s+/u)
      .map((item) => item.trim());
    if (items.every((item) => index.analyze(item).terms.some((term) => term.known))) return items;
  }
  const sentences = sentencesOf(question);
  if (sentences.length < 2) return [question];
  // "- nvidia amount / - announcement date", "Two things: the NVIDIA figure. The date.": lines
  // of a list, or sentences after a frame naming the list, are its items.
  // "Checklist for my notes:" on a line of its own, then the lines of the list.
  const listed =
    sentences.length > 2 && FRAME_ALONE.test(sentences[0]?.text ?? "")
      ? sentences.slice(1)
      : sentences;
  const bulleted = listed.every(({ text }) => BULLET.test(text));
  const frame = listed === sentences ? FRAME.exec(sentences[0]?.text ?? "") : null;
  if (bulleted || frame) {
    const items = listed.map(({ text }, at) =>
      (at === 0 && frame ? text.slice(frame[0].length) : text).replace(BULLET, "").trim(),
    );
    if (items.every((item) => index.analyze(item).terms.some((term) => term.known))) return items;
  }
  const everyAsks = sentences.every(({ text, sequenced }, at) => {
    const analysis = index.analyze(text);
    if (at > 0 && isRemarkAfterQuestion(sentences[at - 1]?.text ?? "", text, analysis)) return true;
    if (!analysis.terms.some((term) => term.known)) return false;
    return (
      /[?？]\s*$/u.test(text) ||
      hasQuestionWord(analysis.normalized) ||
      isRequest(text) ||
      (at > 0 && sequenced)
    );
  });
  return everyAsks ? sentences.map(({ text }) => text) : [question];
}

/**
 * The sentences of a question that remark on the question before them ("…? Watching this from
 * Tokyo, SoftBank is the local angle for us."): each stays whole, so that it is read as the
 * remark it is, never as a list of asks.
 */
function remarksAfterQuestion(index: KnowledgeIndex, question: string): ReadonlySet<string> {
  // Most questions are one sentence: no sentence end before the last character, no remark.
  if (!/[?？.!]\s+\S/u.test(question)) return NO_REMARKS;
  const sentences = sentencesOf(question);
  const found = new Set<string>();
  for (let at = 1; at < sentences.length; at++) {
    const { text } = sentences[at] as { text: string };
    if (isRemarkAfterQuestion(sentences[at - 1]?.text ?? "", text, index.analyze(text))) {
      found.add(text);
    }
  }
  return found;
}
const NO_REMARKS: ReadonlySet<string> = new Set();

/** The last question mark with words after it: what follows may be a remark. */
const AFTER_LAST_QUESTION = /[?？]\s+([^?？]+)$/u;

/**
 * A sentence's asks, split by `split`, then its remark after the last question mark as one part
 * ("…so far? Trying to line it up against the Microsoft and NVIDIA numbers."); a claim's parts
 * are its clauses, and stay as they are.
 */
function withRemarkWhole(
  index: KnowledgeIndex,
  sentence: string,
  confirmation: boolean,
  /** Where the remark found is told (its words list nothing to split at). */
  found: Set<string>,
  split: (text: string) => string[],
): string[] {
  const tail = confirmation ? undefined : AFTER_LAST_QUESTION.exec(sentence)?.[1]?.trim();
  if (!tail || !isRemark(tail, index.analyze(tail))) return split(sentence);
  found.add(tail);
  // The question mark goes with the split, as splitting at it would drop it.
  const head = sentence.slice(0, sentence.length - tail.length).replace(/[?？]\s*$/u, "");
  return [...split(head.trim()), tail];
}

function isRemarkAfterQuestion(before: string, text: string, analysis: Analysis): boolean {
  return (/[?？]\s*$/u.test(before) || asksInKoreanWithoutMark(before)) && isRemark(text, analysis);
}

/** "엔비디아는 얼마 투자했나요~", "…얼마인가요.": a Korean ask ended by a tilde or a full stop. */
function asksInKoreanWithoutMark(sentence: string): boolean {
  return /\p{Script=Hangul}[.~。]*$/u.test(sentence) && hasQuestionWord(sentence);
}

/**
 * "How much has Google put in, all told?": a total said after a comma qualifies the question
 * before it; it is no second ask (which would take that ask's parties and answer a total of its own).
 */
const TOTAL_TAIL =
  /\s*[,;]\s*(?:all told|all up|all in all|altogether|in total|all in|in all|total|overall)\s*([?？!.]*)\s*$/iu;

/**
 * "Did Anthropic promise $30B? Yes or no, and what's the cloud called?": the yes or no asked of
 * the question before it, then the next ask. The tag only says how to answer the first.
 */
const YES_NO_THEN_NEXT =
  /(?<=[?？])\s*(?:yes or no|yes\/no|y\/n|true or false)\s*[,;:]?\s*(?=(?:and|also|plus|&)\s)/giu;

/**
 * A last sentence that only says how to answer, after a sentence end: "? 세줄요약 ㄱㄱ", "? 짧게
 * 정리 부탁", "? numbers only", "— 숫자만 정리해 주세요".
 */
const FORMAT_TAIL =
  /(?<=[?？.!,])\s*(?:—\s*)?(?:(?:(?:[한두세]\s?줄|짧게|간단히|간략히|숫자만|한마디로)\s?(?:요약|정리)?|요약|정리)\s*(?:해\s?줘|해\s?주세요|해\s?줄래|부탁(?:해|해요|드려요|합니다|드립니다)?|ㄱㄱ|ㄱ|좀|요)?|(?:summary|in short|briefly|short version|(?:in )?one line|bullet points?|(?:just )?(?:the )?numbers(?: only)?|keep it short|(?:the )?(?:exact|direct|verbatim|full) (?:quote|words|wording)|word for word|verbatim)\s*(?:pls|please|plz|thx|thanks)?|(?:정확한\s?(?:인용|문장|워딩|발언)|원문\s?그대로|그대로\s?인용|토씨\s?하나\s?안\s?틀리고)\s*(?:해\s?줘|해\s?주세요|부탁(?:해|해요|드려요|합니다)?|좀|요)?)[.!?\s]*$/iu;

/**
 * A last word that asks for every part: "둘 다", "두 가지 다 알려줘", "…? both please", ", answer
 * both", "? Two parts, go.", "?? two numbers pls". Said after the asks; it names nothing of its own.
 */
const EVERY_PART_TAIL =
  /\s+(?:—\s*)?(?:[두세네]|\d)\s?(?:개|가지)\s?(?:만|다|모두)?\s?(?:답해|알려|말해)\s?(?:줘|주세요|줘요|줄래)[.!?\s]*$|\s+(?:둘\s?다|두\s?(?:개|가지)\s?(?:다|모두))\s*(?:알려\s?(?:줘|주세요|줘요)|말해\s?(?:줘|주세요)|부탁\S*|ㄱㄱ|요)?[.!?\s]*$|(?<=[?？.!,])\s*(?:(?:please\s+)?answer\s+)?(?:both|(?:(?:the\s+)?(?:two|2|three|3)|all)(?:\s+of\s+them|\s+(?:parts|questions|things|numbers|figures|amounts|answers)))(?:[,\s]+(?:please|pls|plz|thanks|go|of them|questions|parts))*[.!?\s]*$/iu;

/** A courtesy after the last item: ", please", ", thanks", " pls". */
const COURTESY_TAIL = /,?\s+(?:please|pls|plz|thanks|thank you|thx|ty)[.!?\s]*$/iu;

/**
 * "- A의 규모\n- B의 사업자명\n상기 2건 회신 바람": a last line after two bulleted lines or more,
 * not bulleted itself and naming nothing the knowledge knows, closes the list (a sign-off or
 * "answer these"); it is no item's.
 */
function withoutClosingLine(index: KnowledgeIndex, question: string): string {
  const lines = question.trim().split(/\s*\n\s*/u);
  if (lines.length < 3) return question;
  const last = lines.at(-1) as string;
  const bulleted = lines.slice(0, -1).filter((line) => BULLET.test(line)).length;
  if (bulleted < 2 || BULLET.test(last) || !BULLET.test(lines.at(-2) as string)) return question;
  if (index.analyze(last).terms.some((term) => term.known)) return question;
  return lines.slice(0, -1).join("\n");
}

/**
 * "…5 bilyon? How bout si nvidia, magkano naman po? Noted with thanks ha": after two asks or
 * more, a short last sentence that asks nothing (no question word, no mark) and names nothing
 * the knowledge knows signs off; it is no part, and no reason to read the asks as one.
 */
function withoutSignOff(index: KnowledgeIndex, question: string): string {
  const found = SIGN_OFF.exec(question);
  // One ask before it reads the remark with the ask ("…, is it? someone on reddit said 100").
  if (!found || !/[?？]/u.test(question.slice(0, found.index))) return question;
  const last = found[1] ?? "";
  if (last.split(/\s+/u).length > 5 || hasQuestionWord(last.toLowerCase())) return question;
  if (index.analyze(last).terms.some((term) => term.known)) return question;
  return question.slice(0, found.index + 1);
}

/** The sentence after the last question marks ("??" is one), when it has none of its own. */
const SIGN_OFF = /[?？]+\s+([^?？\n]*\p{L}[^?？\n]*)$/u;

/** A list line's mark: "- ", "• ", "1. ", "2) ". */
const BULLET = new RegExp(`^${LINE_MARK}\\s+`, "u");
/** What a list is, before its first item: "Two things:", "Questions:", "궁금한 거:". */
const FRAME = /^[^:：?？.]{1,40}[:：]\s+(?=\S)/u;
/** A frame on a line of its own: "Checklist for my notes:", "정리용:". */
const FRAME_ALONE = /^[^:：?？.]{1,40}[:：]\s*$/u;

/**
 * A part without the join that tied it to the next one, unless the join was a verb's ending
 * ("얼마 넣고" -> "얼마 넣" would lose the verb the knowledge knows as "넣고").
 */
function withoutJoin(index: KnowledgeIndex, part: string): string {
  const stripped = withoutTrailingJoin(part);
  if (stripped === part) return part;
  const knownIn = (text: string) => index.analyze(text).terms.filter((term) => term.known).length;
  return knownIn(stripped) < knownIn(part) ? part : stripped;
}

/**
 * Whether a shape of the whole question (money both ways, is the article right) is one part's
 * only, every other part asking a complete question of its own with a question word.
 */
export function shapeIsOnePartOf(
  index: KnowledgeIndex,
  parts: readonly { bare: string }[],
  shaped: (normalized: string) => boolean,
): boolean {
  if (parts.length < 2) return false;
  const readings = parts.map((part) => index.analyze(part.bare).normalized);
  const withShape = readings.filter(shaped).length;
  // "the date, the event, and the headline number (the correct one, not the article's)": in a
  // list of three asks or more, each item asks by being listed.
  return (
    withShape === 1 &&
    (readings.every((normalized) => shaped(normalized) || hasQuestionWord(normalized)) ||
      isListOfAsks(index, parts))
  );
}

/**
 * "what worries the writer, and what did they mess up in the opening?": the shape read over the
 * whole text only ("writer … wrong"), no part having it alone, every part asking with a question
 * word of its own. The parts are asked, not the shape.
 */
export function shapeSpansParts(
  index: KnowledgeIndex,
  parts: readonly { bare: string }[],
  shaped: (normalized: string) => boolean,
): boolean {
  if (parts.length < 2) return false;
  return parts.every(({ bare }) => {
    const normalized = index.analyze(bare).normalized;
    return !shaped(normalized) && hasQuestionWord(normalized);
  });
}

/**
 * "quick: money in, money out, and valuation for anthropic": a shape of the whole (money both
 * ways) that its first items make together, and items after it that ask by themselves. The lead
 * is one part (with the parties the later items name, when it names none); undefined otherwise.
 */
export function shapeThenRest(
  index: KnowledgeIndex,
  parts: readonly { text: string; bare: string }[],
  shaped: (normalized: string) => boolean,
): { text: string; bare: string; label?: string }[] | undefined {
  for (let cut = parts.length - 1; cut >= 1; cut--) {
    const lead = parts
      .slice(0, cut)
      .map((part) => part.bare)
      .join(", ");
    if (!shaped(index.analyze(lead).normalized)) continue;
    const rest = parts.slice(cut);
    const alone = (bare: string) =>
      !shaped(index.analyze(bare).normalized) && isSubstantive(index, bare);
    if (!rest.every(({ bare }) => alone(bare))) return undefined;
    const named = (text: string) =>
      index
        .analyze(text)
        .terms.filter((term) => isParty(index, term))
        .map((term) => term.text);
    const later = [...new Set(rest.flatMap(({ bare }) => named(bare)))];
    const text = named(lead).length > 0 || later.length === 0 ? lead : `${lead} ${later.join(" ")}`;
    // The shape is the lead's: a later part takes its parties, never its words of money ("inflows
    // and outflows for anthropic, and when was it announced" asks when, not what goes out).
    const leadParties = named(lead);
    const own = ({ bare }: { text: string; bare: string }) => ({
      text:
        named(bare).length > 0 || leadParties.length === 0
          ? bare
          : `${leadParties.join(" ")} ${bare}`,
      bare,
    });
    return [{ text, bare: lead, label: lead }, ...rest.map(own)];
  }
  return undefined;
}

/**
 * A pronoun standing for the part before's topic ("그게 왜 문제야", "why is that a problem"); not
 * the empty "it" or the "that" of a claim ("is it right that…", "I heard that…").
 */
const POINTS_BACK =
  /(?<!\p{Script=Hangul})(?:그게|그건|그거|그걸|그것|이게|이건|이거|이걸|이것)(?!\p{Script=Hangul})|\b(?:they|them)\b|\bit\b(?!(?:\s+(?:is|was)|'s)?\s+(?:really\s+)?(?:right|true|correct|accurate|so|the case|fair to say|a fact)\s+that\b)|(?<!\b(?:right|true|correct|accurate|case|so|fact|say|says|said|heard|read|think|claim|claims|sure)\s+)\bthat\b(?!\s+(?:the|a|an)\b)/u;

/** The article or its writer as the subject that does something: "does the article…", "기사는". */
const ARTICLE_ASKED =
  /\b(?:does|did|do|is|was)\s+(?:the |this |that )?(?:article|piece|post|blog|author|writer|columnist)\b|\b(?:article|piece|post|blog|author|writer|columnist)(?:'s)?\s+(?:say|says|said|raise|raises|raised|argue|argues|worry|worries|worried|think|thinks|claim|claims|warn|warns|suggest|suggests|conclude|concludes|mean|means|see|sees|flag|flags|call|calls|concern|concerned)\b|(?:기사|필자|글쓴이|작성자|저자)(?:는|은|가|이)\s/u;

/** "its", "their": the owner named in the part before (the part is read as written, any case). */
const POSSESSIVE_BACK = /\b(?:its|their)\b/iu;

/** A word standing for what was named before, possessive or not ("its reason", "그 이유"). */
const OF_WHAT_CAME_BEFORE =
  /\b(?:it|its|their|them|that|this|his|her)\b|(?<!\p{Script=Hangul})(?:그|이)\s?(?:이유|목적|까닭)/u;

/** A party name only joined to the next part ("엔비디아랑 / 앤트 기술협력 내용이랑") belongs to it. */
const ENDS_ON_JOIN = /(?:이랑|랑|하고|와|과|and|&)[,\s]*$/u;

function joinNamesToNextPart(index: KnowledgeIndex, clauses: string[]): string[] {
  if (clauses.length < 2) return clauses;
  const joined: string[] = [];
  let pending = "";
  for (const [at, clause] of clauses.entries()) {
    const text = pending === "" ? clause : `${pending} ${clause}`;
    // The join and the place first: only a clause joined to a next one is read for its names.
    const namesOnly =
      at < clauses.length - 1 &&
      ENDS_ON_JOIN.test(clause) &&
      namesNothingElse(index, clause, index.analyze(clause).terms);
    if (namesOnly) {
      pending = text.replace(ENDS_ON_JOIN, "");
      continue;
    }
    joined.push(text);
    pending = "";
  }
  return joined;
}

/** Only parties, one word each: "엔비디아랑" (not "나델라가 한 말이랑", which asks what he said). */
function namesNothingElse(
  index: KnowledgeIndex,
  clause: string,
  terms: Analysis["terms"],
): boolean {
  return (
    terms.length > 0 &&
    terms.every((term) => isParty(index, term)) &&
    spaceSplitCount(clause.trim()) === terms.length
  );
}

/** "지금은 얼마예요?": a question word and a word of its own (a time, a contrast), not "how much?". */
function asksAgainOfItsOwn(normalized: string): boolean {
  if (!hasQuestionWord(normalized)) return false;
  const rest = normalized
    .replace(QUESTION_WORDS, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  return rest !== "";
}

const QUESTION_WORDS =
  /\b(?:how much|how many|how big|what|when|who|where|which|why|how|is it|was it|and)\b|얼마(?:예요|에요|야|임|였어|였나요|인가요|죠|지)?|언제|뭐|누가|어디|왜/gu;

/**
 * Whether parts are a list of three asks or more that claim nothing ("total investment, the
 * Azure spend, and the size of the compute deal?"): not one claim over clauses.
 */
export function isListOfAsks(index: KnowledgeIndex, parts: readonly { bare: string }[]): boolean {
  return parts.length >= 3 && parts.every(({ bare }) => !claimsSomething(index, bare));
}

/** An item that claims something: a figure, or a yes/no reading of its own. */
function claimsSomething(index: KnowledgeIndex, item: string): boolean {
  // The last item carries the list's question mark ("…, venue, and combined figure?"): the mark
  // asks of the list, and makes no claim of that item.
  const analysis = index.analyze(item.replace(/[?？]+\s*$/u, ""));
  return analysis.asksToConfirm || analysis.terms.some((term) => term.kind === "amount");
}

function namesPartyOrFigure(index: KnowledgeIndex, part: string): boolean {
  return index.analyze(part).terms.some((term) => term.kind === "amount" || isParty(index, term));
}

/**
 * A yes/no question by its English word order ("is amazon out now"), about something known, a
 * question mark after it in the question as asked.
 */
function asksYesNoBeforeMark(index: KnowledgeIndex, asked: string, part: string): boolean {
  if (!YES_NO_ORDER.test(part)) return false;
  const at = asked.indexOf(part);
  if (at === -1 || !/^\s*[?？]/u.test(asked.slice(at + part.length))) return false;
  const analysis = index.analyze(part);
  return analysis.asksToConfirm && analysis.terms.some((term) => term.known);
}

/** An English yes/no question's opening: "is…", "did…", "has…". */
const YES_NO_ORDER = /^\s*(?:is|are|was|were|do|does|did|has|have|can|could|will|would)\s+\S/iu;

/** A term naming one of the story's parties (a company, a person, a product the facts name). */
export function isParty(index: KnowledgeIndex, term: Analysis["terms"][number]): boolean {
  const id = term.kind === "concept" ? term.features[0]?.slice(2) : undefined;
  return id !== undefined && index.knowledge.scope.names.has(id);
}

/**
 * A part of a question that asks something by itself (not just a name: "MS랑 엔비디아"). One
 * answer asks it of one text more than once (a noun of a list, then the same text as a part), so
 * it is read once per answer.
 */
function isSubstantive(index: KnowledgeIndex, part: string): boolean {
  return oncePerAnswer(index, `substantive\u0000${part}`, () => readsAsSubstantive(index, part));
}

function readsAsSubstantive(index: KnowledgeIndex, part: string): boolean {
  const analysis = index.analyze(part);
  const known = analysis.terms.filter((term) => term.known);
  const names = index.knowledge.scope.names;
  const isName = (feature: string | undefined) =>
    feature?.startsWith("c:") === true && names.has(feature.slice(2));
  // A part asking what the knowledge does not cover ("…and how much revenue?") is a question
  // too: it gets its own "not covered" next to the other part's answer. Only the relations
  // asked are read here, not the whole scope (its entities and places).
  const scope = readRelations(index.knowledge, analysis);
  if (scope.outsideRelations.length > 0) return true;
  // "who wrote this article": the article's author or date, which it does not give.
  if (asksAboutArticleMetadata(analysis.normalized)) return true;
  // "When did this happen": a question word asking for a relation the facts cover.
  if (scope.relations.length > 0 && hasQuestionWord(analysis.normalized)) return true;
  // "…'s investment and its reason": why, of what the part before named.
  if (analysis.asksForReason && OF_WHAT_CAME_BEFORE.test(analysis.normalized)) return true;
  if (known.length === 0) return false;
  // "엔비디아가 앤트로픽이랑 …": a part that ends on a name joined to the next part is not a
  // question of its own.
  const last = analysis.terms.at(-1);
  if (last && isName(last.features[0]) && /(?:이랑|랑|하고|와|과)[,\s]*$/u.test(part)) return false;
  if (known.some((term) => term.entity === undefined && !isName(term.features[0]))) return true;
  // "amazon's role", "copilot status", "아마존의 역할": a name and what is asked of it.
  if (known.length > 0 && NAME_ATTRIBUTE.test(analysis.normalized)) return true;
  // A question of its own about a name ("what did he say about OpenAI?").
  if (/^(?:what|who|when|where|why|how|which)\b/u.test(analysis.normalized)) return true;
  // A yes/no question of its own about a name ("…? also, is Amazon still involved?").
  if (analysis.asksToConfirm && /[?？]\s*$/u.test(part)) return true;
  // Two names ask how they relate ("What did Nadella say about OpenAI").
  if (new Set(known.map((term) => term.features[0])).size >= 2) return true;
  // "inflows and outflows for anthropic": which way the money goes is asked (read last: its
  // patterns are the costliest test here).
  return (
    analysis.asksForFigure || scope.relations.length > 0 || asksMoneyDirection(analysis.normalized)
  );
}

/** What is asked of a name by one word after it: its role, status, situation, position. */
const NAME_ATTRIBUTE =
  /[\p{L}\p{N}](?:'s)?\s+(?:role|status|situation|position|part|stance|standing|deal|involvement)\b|\p{Script=Hangul}의?\s+(?:역할|상황|입장|위치|상태|근황)|\b(?:what|how) about\s+\S|\bwhat happens to\s+\S|\p{Script=Hangul}(?:은|는|도)?\s+(?:또\s)?(?:어떻게|어케|어찌)\s?(?:돼|되|됨|된)/u;

/**
 * "copilot status" -> "copilot": a name's part without the one word asking what of it, when that
 * word alone keeps it from being answered. Undefined when the part has no such word.
 */
export function withoutAttributeWord(part: string): string | undefined {
  const stripped = part
    .replace(/\b(?:role|status|situation|position|part|stance|standing|deal|involvement)\b/giu, " ")
    .replace(/(?<=\p{Script=Hangul})의?\s+(?:역할|상황|입장|위치|상태|근황)/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return stripped !== part.trim() && stripped !== "" ? stripped : undefined;
}

/** A capitalised word one edit from a word the knowledge has is a typo ("Rubn"), not a name. */
export function isTypoOfKnownWord(index: KnowledgeIndex, word: string): boolean {
  if (word.length < 4 || word.includes(" ")) return false;
  for (const target of index.lexicon.latinTypoTargets.near(word.length, 1)) {
    if (withinOneEdit(word, target.word)) return true;
  }
  return false;
}

/** Words around a party named alone: "and", "what about", "그리고", "또", a topic particle. */
const ALONE_AROUND =
  /^(?:and|also|plus|then|so|ok|what about|how about|그리고|글고|그리구|그라고|그럼|또|근데)?\s*(.+?)\s*(?:은|는|도|이는)?\s*(?:too|also|then|또)?[\s?？!.]*$/iu;

/**
 * The part before asked again of the one party this part names by itself ("…OpenAI? And
 * Amazon?" -> "What about Amazon"), or undefined when this part is more than a party or the part
 * before names no other party in words that can be swapped.
 */
function sameAskOfOtherParty(
  index: KnowledgeIndex,
  before: string,
  part: string,
): string | undefined {
  const name = ALONE_AROUND.exec(part.trim())?.[1];
  // "…100억 넣은 거 맞제? 마소는 얼마야?": a question word of its own asks, not the claim again.
  if (!name || spaceSplitCount(name) > 2 || hasQuestionWord(name.toLowerCase())) return undefined;
  const own = index.analyze(name).terms;
  const [party] = own;
  if (own.length !== 1 || !party || !isParty(index, party)) return undefined;
  const earlier = index.analyze(before).terms.filter((term) => isParty(index, term));
  const [other] = earlier;
  if (earlier.length !== 1 || !other || other.features[0] === party.features[0]) return undefined;
  // The word that names it as written ("오픈AI는"), read one word at a time.
  const words = before.split(/\s+/u);
  const at = words.findIndex((word) =>
    index.analyze(word).terms.some((term) => term.features[0] === other.features[0]),
  );
  if (at === -1) return undefined;
  return [...words.slice(0, at), name, ...words.slice(at + 1)].join(" ");
}
