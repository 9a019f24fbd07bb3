/**
 * Questions that open with chit-chat, a preamble or a whole story ("hey quick q, how much…", "ok
 * so I'm writing a report for class, when was…", "My nephew works at AWS… Amazon is still…,
 * yeah?"): the words before the question are not the question, so they must not outvote it, make
 * it advice, or make it about another company. Two readings:
 *   - a story of whole sentences before the sentence that asks: the asking sentence leads
 *     (`askingPart`);
 *   - a leading clause with no word the knowledge knows is dropped, as long as what remains is a
 *     question about the knowledge by itself (`withoutPreamble`).
 */
import type { Analysis } from "../../search/analyze.ts";
import { ENGLISH_PEOPLE, KOREAN_PERSON_SUBJECT } from "../../search/asker-names.ts";
import {
  asksToConfirm,
  hasQuestionWord,
  isBareConfirmationTag,
  isConfirmationTag,
} from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { isOnTopic, isSpecificTerm, judgeRelevance, type Verdict } from "../../search/relevance.ts";
import { spaceSplitCount } from "../../search/split-count.ts";
import { tokenize } from "../../search/tokenize.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { isOpenClause } from "./claim-continued.ts";
import { mainParties } from "./main-parties.ts";
import { askedWithMark, isRequest, opensAsNextStep } from "./question-shape.ts";
import { readNamed, readScope } from "./scope.ts";

/** Clause ends: punctuation followed by a space, an ellipsis, or "…, but" / "…but". */
const CLAUSE_END = /(?:[,:;.!?…~]+|\s(?:but|so|anyway|그런데|근데|암튼))\s+/giu;
/**
 * Where a leading clause may end: those, and a Korean clause closed by its connective ending
 * ("념글 보고 왔는데 …", "뉴스 봤는데 …": -는데 / -은데; "시험 망해서 …", "현타와서 …": -아서 /
 * -어서, the asker's reason). Not for a trailing clause: "남편이 마소 더 사자는데 말려야 돼요?" is
 * advice asked after the clause, not chat after the question.
 */
const LEADING_CLAUSE_END =
  /(?:[,:;.!?…~]+|\s(?:but|so|anyway|그런데|근데|암튼)|(?<=\p{Script=Hangul}[는은던든]데|\p{Script=Hangul}[아어여와워해려져쳐봐돼나가내]서))\s+/giu;

/** A sentence ends at its mark (a closing quote or bracket may follow) and a space, or a line. */
// "1. how much… 2. what…", "가. 발표일 나. 행사명": a list mark's full stop ends no sentence.
const SENTENCE_END =
  /(?<=[.!?。？！]["')\]]?)(?<!(?:^|\s)(?:\d{1,2}|[가나다라마바사아])[.)])\s+|\s*\n\s*/gu;

/**
 * Words that announce the question ("My question is simply:", "what I want to know is", "질문은",
 * "그래서 궁금한 건데"), or set aside what came before ("…이러시던데 그건 모르겠고 누가 얼마
 * 넣었는지", "그건 그렇고"): what follows asks, whatever came before. The marker itself is dropped.
 */
const QUESTION_MARKER =
  /(?:^|\s)(?:(?:so|and|but|anyway)[,\s]+)?(?:my (?:real |actual |main |only )?question (?:is|was)|(?:the|my) (?:real |actual |main )?question(?: is)?\s*:|what i (?:want|wanted|would like|'d like) to (?:know|ask) is|(?:(?:and )?(?:this|that|here) is (?:really |exactly |simply )?)?what i(?:'m| am| was) (?:really )?wondering(?: is| about)?|i wondered|(?:all )?i (?:just )?(?:want|wanted|need) to (?:know|ask)|i(?:'d| would) like to (?:know|ask)|i was wondering|(?:i'?ll|i will|let me|may i|can i|i must|i have to) ask(?: you)?(?: this| something| one thing)?(?=\s*[:,])|(?:그래서\s*)?(?:제\s*)?(?:질문은|궁금한\s*(?:건|게|거|점은?)(?:데|요|는)?|여쭤\s*보고\s*싶은\s*(?:건|게)(?:데|요)?)|그건\s*(?:모르겠고|됐고|그렇고|그렇다\s*치고))(?:\s+(?:simply|just|this|basically))*\s*[:,-]?\s*/iu;

/** A sentence that asks by its last mark ("…?", "…??", "…?ㅠㅠ"). */
const ENDS_ASKING = /[?？][\s?？!.~ㅋㅎㅠㅜ\p{Extended_Pictographic}]*$/u;
/** A sentence that states, by its last mark. */
const ENDS_STATING = /[.!。！]["')\]]?$/u;

/**
 * A pronoun or demonstrative that points back to the story ("how big is that contract?", "how
 * much did they put in?", "그 회사는 얼마 냈어?"). Not "it" as an object ("why call it circular
 * investment?"), not "this" (this article, this deal: the knowledge itself), not "that" after a
 * verb of saying ("says that…").
 */
const POINTS_BACK =
  /(?<!\p{Script=Hangul})(?:그게|그건|그거|그걸|그것|이게|이건|이거|이걸|이것|거기|걔|걔네|그|저)(?!\p{Script=Hangul})|\b(?:they|them|their|he|she|him|his|her)\b|\b(?:is|was|did|does|do|has|had|will|would|can|could|are|were) it\b|^it\b|\bit(?:'s| is| was| did| does| has| will| costs?)\b|(?<!\b(?:say|says|said|saying|true|claim|claims|think|mean|means|believe|know|read|heard|so|not|and|now|than)\s)\b(?:that|those|these)\b(?!\s+(?:the|a|an)\b)/iu;

/** "What's wrong with it?", "can you fix it": "it" as the sentence's last word, an object. */
const ENDS_ON_IT = /\bit\s*[?!.]*$/u;

/**
 * A sentence pointing at a claim just made ("say so too?", "is that true?", "is that the list in
 * the announcement?", "is this how the money goes?", "그렇게 말했어?").
 */
const POINTS_AT_CLAIM =
  /\b(?:say|says|said|state|states|stated|claim|claims|confirm|confirms|confirmed) (?:so|that|this|it)\b|\bso too\b|\b(?:is|was|isn't|wasn't) (?:that|this|it) (?:true|right|correct|accurate|real|so)\b|\b(?:is|was|are|were|isn't|wasn't) (?:that|this|those|these) the (?:list|lineup|line-up|models?|names?|figures?|numbers?|amounts?|sums?|dates?|breakdown|split|order)\b|\b(?:is|was|isn't|wasn't) (?:that|this) how (?:the )?(?:money|cash|funds?|it|things|the deal) (?:goes|went|flows|flowed|moves|moved|works|worked|runs)\b|그렇게|그 ?말|(?:그거|이거|그게|이게) (?:맞|사실|진짜|정말)/iu;

/**
 * "Which uses less power?", "which one is better?", "어느 쪽이 나아요?": "which" with no noun of its
 * own picks among options given elsewhere.
 */
const CHOOSES_FROM_STORY =
  /(?:^|[,.;:!?]\s*)(?:(?:so|and|but|then)\s+)?which(?:\s+one|\s+of\s+(?:them|those|these|the\s+two))?\s+(?:is|was|are|were|uses|used|costs?|would|will|should|does|did|makes?|gets?|saves?|wins?)\b|(?:^|\s)(?:어느\s?쪽|어떤\s?게\s?더|뭐가\s?더)/u;
/** The options in the asking sentence itself: "which is bigger, X or Y?". */
const OFFERS_OWN_CHOICE = /\sor\s|\s(?:아니면|이나|혹은)\s|(?:이랑|하고|와|과)\s.*(?:중|중에)/u;

/** A sentence that passes on a claim heard or read ("I heard…", "…said that", "…했다고 하더라"). */
const PASSES_ON_CLAIM =
  /\b(?:i (?:heard|read|saw)|(?:someone|somebody|people|they|he|she|my \w+) (?:said|says|told me|claims?|claimed))\b|(?:다|라)고\s*(?:하더|하던|했|들었|그러|하네)|(?:했|였|이|한|간|낸|준)대(?:요)?(?!\p{Script=Hangul})|(?:라|다)던데|(?:라|다)더라/u;

export interface Core {
  readonly text: string;
  readonly analysis: Analysis;
  readonly verdict: Verdict;
}

/**
 * The sentences that ask, when a story of whole sentences comes before them and they ask about
 * the knowledge by themselves. The story is context only: its words (another company, "my
 * savings", a city) must not decide the answer. Undefined when nothing comes before the asking
 * sentences, when they are not on topic alone ("what do you think?"), or when they point back
 * to a company only the story names ("how big is that contract?").
 */
export function askingPart(index: KnowledgeIndex, question: string): Core | undefined {
  if (isOneUnit(question)) return undefined;
  const units = askingUnits(question);
  if (units.length < 2) return undefined;
  // Trailing chit-chat with no known word ("Thanks in advance!") is not the story.
  let end = units.length - 1;
  while (end > 0 && !units[end]?.asks && !knowsAnyWord(index, units[end]?.text ?? "")) end -= 1;
  if (!units[end]?.asks) return undefined;
  let start = end;
  while (start > 0 && units[start - 1]?.asks && !units[start]?.marked) start -= 1;
  // "My brother-in-law swore NVIDIA put in ten billion. I bet him it was less. Was he right?":
  // whether the teller was right is whether his claim is; the asker's own bet is no claim.
  const judged = judgesTeller(units, start, end);
  if (judged) {
    // "My brother-in-law says buy Amazon since …. Is he right?": what he said is a trade to make,
    // advice the whole is turned away as, not a claim to check.
    if (index.analyze(question).asksForAdvice) return undefined;
    const claimed = index.analyze(judged.claim);
    const claimVerdict = judgeRelevance(claimed, index.idf, index.maxIdf);
    return claimVerdict.onTopic
      ? { text: judged.claim, analysis: claimed, verdict: claimVerdict }
      : undefined;
  }
  // "…Google and Azure. true?": a bare tag confirms the sentence before it.
  if (start > 0 && isBareTag(units[start]?.text ?? "")) start -= 1;
  // "…기준이지? 확정액 아니고. 맞죠?": a clause left open continues the sentence before it.
  while (start > 0 && isOpenClause(units[start]?.text ?? "")) start -= 1;
  // "Uncle says put it all in NVIDIA. good idea??", "…into AI stocks. Good idea or hype?", "…, good
  // move with all this money flying around?": a bare judgement (with its other choice, or the
  // times it is made in) judges the move before it, when that move is the asker's
  // trade; alone it would read as asking the article's view.
  if (
    start > 0 &&
    BARE_JUDGEMENT.test(units[start]?.text ?? "") &&
    index.analyze(units[start - 1]?.text ?? "").asksForAdvice
  ) {
    start -= 1;
  }
  if (start === 0) return undefined;
  // "…결별했다고 하더라고요. 나델라가 … 했다며? 맞지?": a claim passed on just before a
  // confirmation is part of what it asks to confirm.
  const previous = units[start - 1]?.text ?? "";
  if (
    PASSES_ON_CLAIM.test(previous.toLowerCase()) &&
    asksToConfirm(lowerJoined(units, start, end))
  ) {
    start -= 1;
  }
  if (start === 0) return undefined;
  const text = units
    .slice(start, end + 1)
    .map((unit) => unit.text)
    .join(" ");
  const analysis = index.analyze(text);
  // "The article makes NVIDIA's money conditional. Does the press release say so too?": the
  // asking sentence points at what the story says; the story is what it asks about. (Read
  // first: whatever the verdict below, such a sentence is not the question alone.)
  if (POINTS_AT_CLAIM.test(analysis.normalized)) return undefined;
  const verdict = judgeRelevance(analysis, index.idf, index.maxIdf);
  // "…. 앤트로픽 매출 얼마야?": unknown words may be what it asks about, when it names a party.
  if (!verdict.onTopic) {
    const outvoted = verdict.reason === "unknown-words" || verdict.reason === "too-vague";
    if (outvoted && entityIds(index, text, analysis).size > 0) {
      // Asked of a party: read on below.
    } else if (asksOtherTopic(units, start, analysis, verdict)) {
      // "I've been reading about AI lately… Anyway, got a good banana bread recipe?": the story
      // before does not make the question the article's; it is answered (turned away) alone.
      return { text, analysis, verdict };
    } else {
      return undefined;
    }
  }
  // "…whether to leave the AC on all day or turn it off. Which uses less power?": a bare
  // "which" chooses among what the story offers; the story is part of the question.
  // When the options are of another topic (the story alone is off topic), so is the question.
  if (
    CHOOSES_FROM_STORY.test(analysis.normalized) &&
    !OFFERS_OWN_CHOICE.test(analysis.normalized)
  ) {
    const storyText = units
      .slice(0, start)
      .map((unit) => unit.text)
      .join(" ");
    const story = index.analyze(storyText);
    const storyVerdict = judgeRelevance(story, index.idf, index.maxIdf);
    if (storyVerdict.onTopic || storyVerdict.reason !== "unknown-words") return undefined;
    // The asking sentence, judged by what it chooses among (its story's topic).
    return { text, analysis, verdict: storyVerdict };
  }
  // "그 회사는 앤트로픽에 얼마 넣었어요?": a pronoun may stand for a company the story names and
  // the asking sentence does not; then the story is part of the question.
  const endsOnIt = ENDS_ON_IT.test(analysis.normalized);
  if (endsOnIt || POINTS_BACK.test(analysis.normalized)) {
    const storyText = units
      .slice(0, start)
      .map((unit) => unit.text)
      .join(" ");
    const named = entityIds(index, text, analysis);
    const story = index.analyze(storyText);
    const inStory = entityIds(index, storyText, story);
    if ([...inStory].some((id) => !named.has(id))) return undefined;
    // "My bike's derailleur keeps slipping. What's wrong with it?": the "it" last stands for the
    // story's thing, of words the knowledge lacks (no name, figure or word of its own); the
    // question is the story's topic.
    if (endsOnIt && named.size === 0 && !analysis.terms.some((term) => term.kind === "amount")) {
      const storyVerdict = judgeRelevance(story, index.idf, index.maxIdf);
      const ownWords = story.terms.some((term) => isSpecificTerm(term, index.idf, index.maxIdf));
      if (!storyVerdict.onTopic && storyVerdict.reason === "unknown-words" && !ownWords) {
        return { text, analysis, verdict: storyVerdict };
      }
    }
  } else if (storyNamesMinorParty(index, units, start, text, analysis)) {
    return undefined;
  }
  return { text, analysis, verdict };
}

interface Sentence {
  readonly text: string;
  readonly marked: boolean;
  /** Cut where no mark ends it (…요): a question word in it asks. */
  readonly unpunctuated?: boolean;
}

interface Unit {
  readonly text: string;
  /** It asks: a question mark, a marker before it, or (last) a question word or a tag. */
  readonly asks: boolean;
  /** It follows a marker that announces the question ("My question is:"). */
  readonly marked: boolean;
}

/** Where SENTENCE_END may cut: a sentence mark (a closer may follow) before a space, or a line. */
const MAY_END_SENTENCE = /[.!?。？！]["')\]]?\s|\n/u;
/**
 * What every QUESTION_MARKER match holds (same flags): "question", the word "i" before a space or
 * an apostrophe (after a space, a comma or nothing there: never after a letter or a digit, so
 * "오픈AI 두고" or "Hi there" leave it out), 질문은, 궁금한, 여쭤 or 그건.
 */
const MAY_HOLD_MARKER = /question|(?<![\p{L}\p{N}])i[ ']|let me ask|질문은|궁금한|여쭤|그건/iu;

/**
 * A cheap scan that proves askingUnits gives one unit or none (most questions), without its
 * splitting: no place where a sentence may end, no question marker, and too few words for a
 * sentence without marks or a run-on of clauses.
 */
export function isOneUnit(question: string): boolean {
  const text = question.trim();
  return (
    !MAY_END_SENTENCE.test(text) &&
    !MAY_HOLD_MARKER.test(text) &&
    spaceSplitCount(question) < Math.min(UNPUNCTUATED_WORDS, RUN_ON_WORDS)
  );
}

/** MAY_HOLD_MARKER, and "ill" (QUESTION_MARKER's "i'?ll ask"): what every marker holds. */
const MARKER_GATE = /question|(?<![\p{L}\p{N}])i(?:[ ']|ll )|let me ask|질문은|궁금한|여쭤|그건/iu;

/** The message's sentences, a marker starting a sentence of its own. */
export function askingUnits(question: string): Unit[] {
  const trimmed = question.trim();
  // Cheap tests first: with no place a sentence may end the text is one sentence, and with none of
  // the words every marker holds no sentence of it opens on a marker (see isOneUnit).
  const mayHoldMarker = MARKER_GATE.test(trimmed);
  const sentences: Sentence[] = (
    MAY_END_SENTENCE.test(trimmed) ? trimmed.split(SENTENCE_END) : [trimmed]
  )
    .flatMap((sentence) => {
      const marker = mayHoldMarker ? QUESTION_MARKER.exec(sentence) : null;
      if (!marker) return [{ text: sentence, marked: false }];
      const before = sentence.slice(0, marker.index).trim();
      const after = sentence.slice(marker.index + marker[0].length).trim();
      if (after === "") return [{ text: sentence, marked: false }];
      return before === ""
        ? [{ text: after, marked: true }]
        : [
            { text: before, marked: false },
            { text: after, marked: true },
          ];
    })
    .filter((sentence) => sentence.text !== "");
  const long = spaceSplitCount(question) >= UNPUNCTUATED_WORDS;
  const spoken = long ? sentences.flatMap(unpunctuatedSentences) : sentences;
  const units =
    spoken.length === 1 && sentences.length === 1 ? clausesOfRunOn(spoken[0]?.text ?? "") : spoken;
  let before = false;
  return units.map((sentence, at) => {
    const last = at === units.length - 1;
    const lower = sentence.text.toLowerCase();
    // "Give me the date. Then tell me how much…": a request asks, and so does the next step
    // after a sentence that asks.
    const asks =
      sentence.marked ||
      ENDS_ASKING.test(sentence.text) ||
      (sentence.unpunctuated === true && clauseAsks(sentence.text)) ||
      isRequest(sentence.text) ||
      // "- nvidia amount", "2. the date": an item of a list asks for it.
      LIST_ITEM.test(sentence.text) ||
      (before && opensAsNextStep(sentence.text)) ||
      (last &&
        (!ENDS_STATING.test(sentence.text) || hasQuestionWord(lower) || asksToConfirm(lower)));
    before = asks;
    return { ...sentence, asks };
  });
}

/** A list line's mark: "- ", "• ", "1. ", "2) ", "② ", "나. " (see list-marks.ts). */
const LIST_ITEM = /^(?:[-•*·]|\(?(?:\d{1,2}|[가나다라마바사아])[).])\s+\S|^[\u2460-\u2473]\s*\S/u;

/** A message this long may be several sentences written without marks (chat, voice input). */
const UNPUNCTUATED_WORDS = 12;
/**
 * Where a Korean sentence ends with no mark: after a sentence ending (…요, …다) and a space ("제
 * 조카가 구글에서 일하는데요 이번 뉴스 보고 놀랐대요 마이크로소프트는…"). English has no such
 * ending: a question word inside a sentence is as often a relative ("about how much his shares
 * went up", "It was Nadella who said…").
 * Not a noun or particle that ends the same way: "주요 클라우드", "필요 없", "엔비디아보다 더".
 */
const UNMARKED_END = /(?<=\p{Script=Hangul}[요다])(?<!(?:주|수|개|필|중)요|(?:보|마)다)\s+(?=\S)/gu;

function unpunctuatedSentences(sentence: Sentence): Sentence[] {
  const parts = sentence.text.split(UNMARKED_END).filter((part) => part.trim() !== "");
  if (parts.length < 2) return [sentence];
  return parts.map((text, at) => ({
    text,
    marked: at === 0 && sentence.marked,
    unpunctuated: true,
  }));
}

/** A frame, a colon, then three items or more: "…segment: the date, the event, and the…". */
const LIST_AFTER_FRAME = /[:：]\s*[^,:]+,[^,:]+,?\s+(?:and|&|그리고)\s+[^:]+$/u;

/** A run-on sentence this long may hold a story in its clauses. */
const RUN_ON_WORDS = 20;

/**
 * "ok so i was telling my coworker…, i thought it was less but…, so Microsoft invested ten
 * billion dollars right": one long sentence of clauses, the last of which asks. Split only when
 * no earlier clause asks with a question word (then the clauses are parts of one question).
 */
function clausesOfRunOn(sentence: string): Sentence[] {
  const whole = [{ text: sentence, marked: false }];
  if (spaceSplitCount(sentence) < RUN_ON_WORDS) return whole;
  // "for the intro segment: the date, the event, and the headline number": a list after its
  // frame is the asks, no story.
  if (LIST_AFTER_FRAME.test(sentence)) return whole;
  const clauses: string[] = [];
  let from = 0;
  for (const match of matchesOf(CLAUSE_END, sentence)) {
    const cut = (match.index ?? 0) + match[0].length;
    clauses.push(sentence.slice(from, cut).trim());
    from = cut;
  }
  clauses.push(sentence.slice(from).trim());
  const story = clauses.slice(0, -1);
  // "Two things, if I may: which Claude models…, and which Copilot products…?": "which" after a
  // colon opens a question, not a relative clause.
  // Nor after nothing but a greeting ("Hi po, which company is still…, and which chips…?"): a
  // relative clause never opens a sentence.
  const asksAfterColon = (clause: string, at: number) =>
    /^which\b/iu.test(clause) &&
    (/[:：]$/u.test(clauses[at - 1] ?? "") ||
      clauses.slice(0, at).every((before) => spaceSplitCount(before) <= GREETING_WORDS));
  if (story.length === 0 || story.some((c, at) => clauseAsks(c) || asksAfterColon(c, at))) {
    return whole;
  }
  return clauses.filter((clause) => clause !== "").map((text) => ({ text, marked: false }));
}

/** At most this many words before a comma greet or call ("Hi po,", "Hey guys,"), telling nothing. */
const GREETING_WORDS = 2;

/**
 * An English clause that opens as a question or a request ("…, and when was it announced",
 * "Explain …:"); not "which", which opens relative clauses in a story ("…, which sounded odd").
 */
const OPENS_AS_QUESTION =
  /^(?:(?:and|but|so|or|also|then|plus)\s+)*(?:what|what's|whats|how|who|when|where|why|is|are|was|were|do|does|did|can|could|will|would|should|has|have|explain|tell|describe|list|show|summari[sz]e|give)\b/u;

/** Whether a clause of a run-on asks: it opens as a question, ends with "?", or (Korean) has a question word. */
function clauseAsks(clause: string): boolean {
  const lower = clause.toLowerCase();
  if (ENDS_ASKING.test(clause)) return true;
  return /\p{Script=Hangul}/u.test(lower) ? hasQuestionWord(lower) : OPENS_AS_QUESTION.test(lower);
}

/** Words that only carry a tag ("Is that correct?", "그거 맞아요?"), beside the tag's own. */
const TAG_CARRIERS = new Set(
  "is was are were am i it that this so or then and but 그거 그게 그건 이거 이게 이건 그럼 그래서 진짜 정말 근데".split(
    " ",
  ),
);

/** A sentence that only judges a move: "good idea??", "smart move?", "thoughts?", "괜찮을까요?". */
const BARE_JUDGEMENT =
  /^\s*(?:(?:is|was) (?:it|that|this) )?(?:an? |the )?(?:(?:good|bad|smart|wise|dumb|stupid|great|terrible|solid|risky|safe|crazy|sound)(?: idea| move| plan| call| choice| bet)?|thoughts|worth it|yay or nay|좋은 ?(?:생각|선택)\S*|괜찮\S*|어때\S*|어떰|어떨까\S*|어떤가요)(?:,? or (?:just |all |pure )?(?:an? )?[\w-]+(?: [\w-]+)?)?(?:,? (?:with|given|considering|what with|now|these days|nowadays|right now|in this market)\b[^?!.]*)?\s*[?!.\p{Extended_Pictographic}\s]*$/iu;

/** A sentence that is only a confirmation tag ("true?", "Is that correct?", "그거 맞아요?"). */
function isBareTag(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s]+/gu, " ")
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== "");
  if (words.length === 0 || words.length > 4) return false;
  const tags = words.filter((word) => !TAG_CARRIERS.has(word));
  return (
    tags.length > 0 &&
    (tags.every((word) => isConfirmationTag(word)) || isConfirmationTag(words.join(" ")))
  );
}

function lowerJoined(units: readonly Unit[], start: number, end: number): string {
  return units
    .slice(start, end + 1)
    .map((unit) => unit.text)
    .join(" ")
    .toLowerCase();
}

/** The story says the party did it too: "구글도", "…as well", "Google also…". */
const SAYS_ALSO = /\b(?:too|as well|also)\b|\p{Script=Hangul}도(?!\p{Script=Hangul})/iu;

/**
 * "구글도 앤트로픽 투자자잖아요. 투자 금액이 얼마예요?", "Google put money in too. What was the
 * amount?": an asking sentence that names no party asks of the party the story before it names,
 * when that is no main party of the story's and the story says it did the same too (a
 * relation the asking sentence asks, or any when it asks none); alone it would be answered with the story's
 * own figure. The asker's background ("구글 다니는 친구가 물어봤는데요.") says no such thing, and
 * a main party named before ("I hold NVDA. What's the total?") is context.
 */
function storyNamesMinorParty(
  index: KnowledgeIndex,
  units: readonly { text: string }[],
  start: number,
  text: string,
  analysis: Analysis,
): boolean {
  const { knowledge } = index;
  const asked = readScope(knowledge, analysis, text, () => false);
  if (asked.entities.length > 0) return false;
  const storyText = units
    .slice(0, start)
    .map((unit) => unit.text)
    .join(" ");
  const story = readScope(knowledge, index.analyze(storyText), storyText, () => false);
  const main = mainParties(knowledge);
  if (!story.entities.some((entity) => entity.id !== "article" && !main.has(entity.id))) {
    return false;
  }
  if (story.relations.length === 0 || !SAYS_ALSO.test(storyText)) return false;
  return (
    asked.relations.length === 0 ||
    asked.relations.some((relation) => story.relations.some((said) => said.id === relation.id))
  );
}

/** Words that turn from the story to something else: "Anyway,", "btw", "unrelated, but", "암튼". */
const TURNS_TOPIC =
  /^(?:(?:ok(?:ay)?|so|but|and)[,\s]+)?(?:anyway|anyways|anyhow|btw|by the way|unrelated|random question|off[- ]topic|on another note|on a different note|changing the subject|totally different question|그건 그렇고|아무튼|암튼|어쨌든|근데 딴 얘기|딴 얘기|다른 얘기)\b/u;

/**
 * The asking sentences turn to another topic: a word that turns from the story, mostly words the
 * knowledge lacks, no pointer back to the story ("what about them?"), and nothing asked before
 * them (the story only tells).
 */
function asksOtherTopic(
  units: readonly Unit[],
  start: number,
  analysis: Analysis,
  verdict: Verdict,
): boolean {
  if (verdict.onTopic || verdict.reason !== "unknown-words") return false;
  if (verdict.unknown <= verdict.known || !TURNS_TOPIC.test(analysis.normalized)) return false;
  if (POINTS_BACK.test(analysis.normalized)) return false;
  for (let at = 0; at < start; at++) if (units[at]?.asks) return false;
  return true;
}

/** "Was he right?", "is my dad correct?", "so is she right or not?": the teller is judged. */
const JUDGES_TELLER =
  /^(?:(?:so|and|but|then)[,\s]+)?(?:was|is|were|are)\s+(?:he|she|they|(?:my|our)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+(?:right|correct)(?:\s+or\s+not)?\s*[?!.]*$/iu;
/**
 * "…swore (that) X", "…thinks X", "…told me X": the claim a teller passed on, after the verb; not
 * the asker's own ("I said five").
 */
const TELLS_CLAIM =
  /(?<!\b(?:i|we)\s)\b(?:said|says|swore|swears|thinks|thought|insists|insisted|claims|claimed|reckons|reckoned|told me|was saying|keeps saying|kept saying)\s+(?:that\s+)?(.{8,}?)\s*[.!]*$/iu;

/**
 * The teller's claim asked to confirm, when the asking sentence only judges the teller and a
 * sentence before passes a claim on. Undefined otherwise.
 */
function judgesTeller(
  units: readonly Unit[],
  start: number,
  end: number,
): { claim: string } | undefined {
  if (start !== end || !JUDGES_TELLER.test(units[end]?.text.trim() ?? "")) return undefined;
  for (let at = start - 1; at >= 0; at--) {
    const claim = TELLS_CLAIM.exec(units[at]?.text ?? "")?.[1];
    if (claim) return { claim: `${claim}, right?` };
  }
  return undefined;
}

function entityIds(index: KnowledgeIndex, text: string, analysis: Analysis): Set<string> {
  const named = readNamed(index.knowledge, analysis, text, () => false);
  return new Set(named.entities.map((entity) => entity.id));
}

function knowsAnyWord(index: KnowledgeIndex, text: string): boolean {
  return index.analyze(text).terms.some((term) => term.known);
}

/**
 * The asker's remark after a question: "I've only seen Microsoft's side quoted.", "Surely they
 * don't spend it all at once.", "마이크로소프트 쪽 말만 봤어요.": it states, it asks nothing (no
 * question mark, question word, tag or word order of a question). The "I'm" of a purpose is
 * often left out ("trying to size the upside", "just curious").
 */
const ENGLISH_REMARK =
  /^(?:i|i'm|im|i've|ive|i'd|my|we|we've|we're|our|surely|obviously|clearly|honestly|presumably|apparently|(?:just\s+)?(?:trying|looking|hoping|planning|aiming)\s+to|just curious|(?:just\s+)?asking\s+(?:because|since|as|for)|need (?:it|this|that|them) for)\b/u;
const KOREAN_REMARK = /\p{Script=Hangul}(?:요|다|음|함|듯|네|죠)\s*\.\s*$/u;

export function isRemark(asked: string, bare: string, analysis: Analysis): boolean {
  // "Surely they don't spend it all at once.": a lead-in of a claim, ended by a full stop, states.
  const stated = /\.\s*$/u.test(bare);
  if ((analysis.asksToConfirm && !stated) || hasQuestionWord(analysis.normalized)) return false;
  if (/[?？]/u.test(bare) || askedWithMark(asked, bare)) return false;
  const text = analysis.normalized.trim();
  return ENGLISH_REMARK.test(text) || KOREAN_REMARK.test(bare.trim());
}

/**
 * The question without its preamble, when the whole is not on topic but a trailing part is and
 * everything before that part is words the knowledge does not know.
 */
/** Unknown words that make a question before the ask one of its own, not chit-chat. */
const OWN_QUESTION_WORDS = 3;

/** At most this many words narrow the question before them ("which execs?", "antitrust or that?"). */
const NARROWING_WORDS = 3;

export function withoutPreamble(index: KnowledgeIndex, question: string): Core | undefined {
  for (const match of matchesOf(LEADING_CLAUSE_END, question)) {
    const cut = (match.index ?? 0) + match[0].length;
    const prefix = question.slice(0, cut);
    const rest = question.slice(cut).trim();
    // "It's going to rain tomorrow, right?": the tag tags the clause before; it is not the question.
    if (rest === "" || isBareConfirmationTag(rest)) break;
    // Only chit-chat is dropped: a clause with a known word may be part of the question, unless
    // it tells of someone close to the asker and names no party and no figure ("아들이 요즘
    // 클로드 쓴다던데 …", "My grandson keeps talking about Claude, …").
    const before = index.analyze(prefix);
    if (before.terms.some((term) => term.known) && !isTellersClause(prefix, before)) break;
    const analysis = index.analyze(rest);
    // "김치찌개 … recipe 좀 알려주세요, 돼지고기 넣는 버전으로요": a clause that asks (a request, a
    // question word) is the question, and a rest that asks nothing of its own only qualifies it.
    if (asksOrRequests(prefix, before) && !asksOrRequests(rest, analysis)) break;
    // "Who negotiated this deal, which execs?", "Are regulators looking into it, antitrust or
    // that?": a question, then a few words narrowing it (naming no party, no figure), is one ask.
    if (
      OPENS_AS_QUESTION.test(prefix.trim().toLowerCase()) &&
      spaceSplitCount(rest) <= NARROWING_WORDS &&
      !analysis.terms.some((term) => term.entity !== undefined || term.kind === "amount")
    ) {
      break;
    }
    // "best route by metro from hauz khas to connaught place? which line change": a question of
    // its own, of three words or more the knowledge lacks, is about something else, no chit-chat;
    // the short ask after it asks of that.
    if (/[?？]\s*$/u.test(prefix) && before.terms.length >= OWN_QUESTION_WORDS) break;
    // "What did Dario Amodei say? I only saw Nadella quoted.": a remark after a question is no
    // question; the question before it is not chit-chat.
    if (isRemark(question, rest, analysis)) break;
    // Most cuts of a long message leave a rest turned away by its words: only whether (isOnTopic).
    if (!isOnTopic(analysis, index.idf, index.maxIdf)) continue;
    const verdict = judgeRelevance(analysis, index.idf, index.maxIdf);
    // "젠슨 황은 뭐라고 했음? 발언 있었음?": a question about a person or company the knowledge
    // lacks is no chit-chat, though none of its words is known.
    if (readScope(index.knowledge, before, prefix, () => false).entities.length > 0) break;
    return { text: rest, analysis, verdict };
  }
  return undefined;
}

/** A Korean pointer with its particle ("거기서도", "그걸로", "그분은"): back at the clause before. */
const POINTER_WITH_PARTICLE = /(?<!\p{Script=Hangul})(?:거기|그거|그게|그건|그걸|그것|그분|걔)/u;

/**
 * A question about the story after a leading clause that tells of someone close to the asker
 * ("아들이 요즘 클로드 쓴다던데 마소가 얼마 투자했어?", "My grandson keeps talking about Claude,
 * how much did Microsoft put in?"): the clause says why the asker asks, and its words (Claude, a
 * use) would be read as part of the question. Kept when the rest points back at it ("그게 어느
 * 회사 거예요?") or asks nothing of its own.
 */
export function withoutTellersClause(index: KnowledgeIndex, question: string): Core | undefined {
  // Tried for every question on topic: most open on no one close to the asker.
  if (!TELLERS_CLAUSE.test(question.trim())) return undefined;
  // The teller's clause is the first: it ends at the first clause end.
  const [match] = matchesOf(LEADING_CLAUSE_END, question);
  if (!match) return undefined;
  const cut = (match.index ?? 0) + match[0].length;
  const prefix = question.slice(0, cut);
  const rest = question.slice(cut).trim();
  if (rest === "" || isBareConfirmationTag(rest) || POINTS_BACK.test(rest)) return undefined;
  if (POINTER_WITH_PARTICLE.test(rest)) return undefined;
  if (!isTellersClause(prefix, index.analyze(prefix))) return undefined;
  const analysis = index.analyze(rest);
  if (!asksOrRequests(rest, analysis) && !asksToConfirm(analysis.normalized)) return undefined;
  const verdict = judgeRelevance(analysis, index.idf, index.maxIdf);
  return verdict.onTopic ? { text: rest, analysis, verdict } : undefined;
}

/** A clause opened by someone close to the asker: "아들이 …", "우리 딸은 …", "my grandson …". */
const TELLERS_CLAUSE = new RegExp(
  `^(?:${KOREAN_PERSON_SUBJECT}|(?:my|our)\\s+(?:${ENGLISH_PEOPLE})\\b)`,
  "iu",
);

/** Whether a leading clause tells of someone close to the asker, naming no party and no figure. */
function isTellersClause(prefix: string, analysis: Analysis): boolean {
  return (
    TELLERS_CLAUSE.test(prefix.trim()) &&
    !/[?？]/u.test(prefix) &&
    !analysis.asksForAdvice &&
    !analysis.terms.some((term) => term.entity !== undefined || term.kind === "amount")
  );
}

/**
 * Whether a clause asks: a question mark anywhere in it, a question word or a request. Not
 * part-filters.ts `asksByItself` (a part's claim, or a mark at its end) nor `clauseAsks` above
 * (a story's clause, English read by its opening word): a request counts here.
 */
function asksOrRequests(clause: string, analysis: Analysis): boolean {
  return /[?？]/u.test(clause) || hasQuestionWord(analysis.normalized) || isRequest(clause);
}

/**
 * The question without a trailing clause of chit-chat ("ELI5 the circular thing, my brain
 * hurts", "엔비디아 얼마 넣었어, 머리 아프다 진짜"), when the whole is not on topic but the part
 * before it is and the clauses dropped hold no word the knowledge knows.
 */
export function withoutAfterword(index: KnowledgeIndex, question: string): Core | undefined {
  const cuts = matchesOf(CLAUSE_END, question)
    .map((match) => match.index ?? 0)
    .reverse();
  for (const [at, cut] of cuts.entries()) {
    const rest = question.slice(0, cut).trim();
    const dropped = question.slice(cut);
    if (rest === "") break;
    if (!isAsideAfterQuestion(index, dropped)) {
      // Only the asker's own aside: "…, in euros?" is part of the question.
      const aside = ASIDE.test(dropped.toLowerCase());
      // At the last cut, a clause that is no aside ends the search whatever words it knows:
      // they are read only to choose between stopping and trying an earlier cut.
      if (!aside && at === cuts.length - 1) break;
      if (index.analyze(dropped).terms.some((term) => term.known)) break;
      if (!aside) continue;
    }
    const analysis = index.analyze(rest);
    if (isOnTopic(analysis, index.idf, index.maxIdf)) {
      return { text: rest, analysis, verdict: judgeRelevance(analysis, index.idf, index.maxIdf) };
    }
  }
  return undefined;
}

/**
 * "…맞는지요? 귀가 어두워 잘못 들었나 싶어서 여쭙니다.", "…right? Sorry, my memory is going.": a
 * sentence after the question that asks nothing and is off topic by itself is why the asker asks,
 * even when a common word of it ("잘못", "wrong") is one the knowledge knows.
 */
function isAsideAfterQuestion(index: KnowledgeIndex, dropped: string): boolean {
  const aside = /^[?？]+\s+(\S[^?？\d]*)$/u.exec(dropped)?.[1];
  return aside !== undefined && !isOnTopic(index.analyze(aside), index.idf, index.maxIdf);
}

/** An aside about the asker or to the bot: first or second person, thanks, chat laughter. */
const ASIDE =
  /\b(?:i|i'm|im|i've|ive|my|me|we|our|us|you|you're|youre|your|thanks?|thx|ty|lol|lmao|pls|please)\b|(?<!\p{Script=Hangul})(?:나|내|제|저|우리|머리|진짜|너무|감사|고마)|[ㅋㅎㅠㅜ]/u;

/**
 * A story around a question that asks nothing of its own words ("My grandson told me to ask you
 * to ELI5 this Anthropic business… What happened?", "tl;dr please. I haven't the patience… What's
 * the gist?", "My grandson insists it was announced in October… was it October?"): the asking
 * sentence points at the story, so the story's known words are the topic, and the words the
 * knowledge lacks (the grandson, the patience, the asker's age) are the asker's, not the
 * question's. Only when every word the asking sentences hold is known (or none is), and the
 * question is on topic once the unknown words are left out.
 */
export function storyAsContext(index: KnowledgeIndex, question: string): Core | undefined {
  if (isOneUnit(question)) return undefined;
  const units = askingUnits(question);
  if (units.length < 2) return undefined;
  const asking = units.filter((unit) => unit.asks);
  if (asking.length === 0 || asking.length === units.length) return undefined;
  for (const unit of asking) {
    const analysis = index.analyze(unit.text);
    if (analysis.terms.some((term) => !term.known)) return undefined;
  }
  const story = units
    .filter((unit) => !unit.asks)
    .map((unit) => unit.text)
    .join(" ");
  // The story must name something of the knowledge ("this Anthropic business", "announced"),
  // and no company it does not cover ("오픈AI가 … 오라클이랑 … 계약", "삼성전자가 … 기록했다").
  const storyAnalysis = index.analyze(story);
  const namesKnown = storyAnalysis.terms.some((term) => term.known && term.kind !== "amount");
  if (!namesKnown && !storyAnalysis.asksForSummary) return undefined;
  const scope = readScope(index.knowledge, storyAnalysis, story, () => false);
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  const kept = units.map((unit) => (unit.asks ? unit.text : knownWordsOf(index, unit.text)));
  const text = kept.filter((piece) => piece !== "").join(" ");
  if (text === "") return undefined;
  const analysis = index.analyze(text);
  const verdict = judgeRelevance(analysis, index.idf, index.maxIdf);
  // "tl;dr please. … What's the gist?": a summary asked of nothing in particular.
  const summary = analysis.asksForSummary && analysis.terms.length === 0;
  return verdict.onTopic || summary ? { text, analysis, verdict } : undefined;
}

/** A sentence with the words the knowledge lacks left out (its grammar and known words kept). */
function knownWordsOf(index: KnowledgeIndex, sentence: string): string {
  const analysis = index.analyze(sentence);
  // "I'm not so sure": a sentence that names nothing of the knowledge is the asker's own, and
  // its grammar ("not") must not negate the claim.
  if (!analysis.terms.some((term) => term.kind === "concept" || term.kind === "amount")) {
    return analysis.asksForSummary ? analysis.normalized : "";
  }
  const unknown = new Set<string>();
  for (const term of analysis.terms) if (!term.known) unknown.add(term.text);
  if (unknown.size === 0) return analysis.normalized;
  const words: string[] = [];
  for (const token of tokenize(analysis.normalized)) {
    if (!unknown.has(token.text)) words.push(token.text);
  }
  return words.length === 0 ? "" : `${words.join(" ")}.`;
}

/** A bracketed aside: "(it may have been the Telegraph, my memory isn't what it was)". */
const BRACKETED = /\s*[(（]([^()（）]{1,200})[)）]/gu;

/**
 * The question without its bracketed asides that hold no word the knowledge knows ("I read in
 * the Sunday papers (it may have been the Telegraph, my memory isn't what it was) that…"): the
 * asker's own remark, whose names are no party of the question. An aside with a known word
 * ("(the $30B one)") is part of it.
 */
export function withoutUnknownAsides(index: KnowledgeIndex, question: string): string {
  if (!question.includes("(") && !question.includes("（")) return question;
  return question.replace(BRACKETED, (aside, inside: string) =>
    LIST_MARKER.test(inside) || knowsAnyWord(index, inside) ? aside : "",
  );
}

/** A confirmation asked, then one sentence more with no question mark in it. */
const SENTENCE_AFTER_QUESTION = /^(.*[?？])\s+([^?？]+)$/su;

/**
 * "…했다던데 사실인지요? 신문에서 그리 읽은 것 같소.", "…, right? I read it in the paper.": a
 * sentence after a confirmation that asks nothing and is off topic by itself says where the asker
 * heard it. Left in, its words would be read as part of the claim.
 */
export function withoutAsideAfterConfirmation(index: KnowledgeIndex, question: string): string {
  const parts = SENTENCE_AFTER_QUESTION.exec(question.trim());
  if (!parts) return question;
  const [, asked = "", after = ""] = parts;
  const lower = after.toLowerCase();
  // Only where it was heard or read: not a request ("explain each step"), not advice, not the
  // article itself ("기사 첫 줄에 그렇게 나와서요": what it claims the article says).
  if (!HEARD_OR_READ.test(lower) || ABOUT_THE_PIECE.test(lower) || hasQuestionWord(lower)) {
    return question;
  }
  const verdict = judgeRelevance(index.analyze(after), index.idf, index.maxIdf);
  if (verdict.onTopic || verdict.reason !== "unknown-words") return question;
  return index.analyze(asked).asksToConfirm ? asked : question;
}

/** Verbs of hearing or reading something ("읽은 것 같소", "들었소", "I read it", "saw it on TV"). */
const HEARD_OR_READ = /(?:읽|들었|들은|봤|본 ?(?:것|거)|보았)|\b(?:read|heard|saw|seen|told)\b/u;
/** The piece itself: what a sentence says of it is part of the claim. */
const ABOUT_THE_PIECE = /기사|글에|본문|제목|\b(?:article|piece|post|intro|headline|blog)\b/u;

/** "(a)", "(2)", "(iv)", "(가)": a list's item marker, no aside. */
const LIST_MARKER = /^\s*(?:[a-z]|\d{1,2}|[ivx]{1,4}|[가-하])\s*$/iu;

/**
 * "Could you tell me the total investment and also the valuation?": a polite wrapper around what
 * is asked, which asks nothing itself (and is no yes/no question). Not "tell me if / whether",
 * which asks to confirm.
 */
const REQUEST_WRAPPER =
  /^(?:(?:hi|hey|hello|ok|okay|so|um|uh)[,!\s]+)*(?:(?:could|can|would|will) you(?: please| kindly| maybe)? (?:tell|give|show|remind) me|(?:could|can|would|will) you(?: please| kindly)? let me know|i(?:'d| would) like to know|i want to know|do you know|please tell me)\s+(?!(?:if|whether|that)\b)(?=\S)/iu;

export function withoutRequestWrapper(question: string): string {
  const wrapper = REQUEST_WRAPPER.exec(question);
  return wrapper ? question.slice(wrapper[0].length) : question;
}

/**
 * "Was this unveiled at Google I/O or somewhere else?", "구글 I/O에서 발표된 거야 아니면 다른
 *데서야?": an open other choice after a claim asks only whether the claim holds.
 */
const OPEN_ALTERNATIVE =
  /,?\s+(?:or|아니면|혹은)\s+(?:(?:at|in|on|from|by|with)\s+)?(?:somewhere|someplace|something|someone|somebody|elsewhere|else|anywhere else|some ?(?:other|different)(?:\s+[\p{L}-]+)?|another(?:\s+[\p{L}-]+)?|다른\s?(?:데|곳|거|것|행사|사람|회사)[^\s?？]*)(?:\s+(?:else|entirely|instead|different|other))?(?:\s*(?:이야|야|인가요|인가|임|예요|이에요))?\s*(?=[?？]?\s*$)/iu;

export function withoutOpenAlternative(question: string): string {
  return question.replace(OPEN_ALTERNATIVE, "");
}

/** "ignite or build", "이그나이트 아니면 빌드": two single words offered as a choice. */
const CHOICE_OF_TWO =
  /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)\s+(?:or|아니면|혹은)\s+([\p{L}\p{N}]+)(?![\p{L}\p{N}])/giu;

/**
 * "was it ignite or build": of two words offered as a choice, one the knowledge knows and one it
 * does not (and that names no company the knowledge lists as outside it), the unknown one is the wrong
 * choice, not a word that makes the question off topic. The question with the known one only,
 * when that is on topic.
 */
export function withoutUnknownChoice(index: KnowledgeIndex, question: string): Core | undefined {
  for (const match of matchesOf(CHOICE_OF_TWO, question)) {
    const [offered = "", first = "", second = ""] = match;
    const known = (word: string) => {
      const terms = index.analyze(word).terms;
      return terms.length === 1 ? terms[0]?.known === true : undefined;
    };
    const [firstKnown, secondKnown] = [known(first), known(second)];
    const kept =
      firstKnown === true && secondKnown === false
        ? first
        : firstKnown === false && secondKnown === true
          ? second
          : undefined;
    if (kept === undefined) continue;
    const dropped = kept === first ? second : first;
    const scope = readScope(index.knowledge, index.analyze(dropped), dropped, () => false);
    // "did nvidia or intel invest": a company known to be outside the story is asked about.
    if (scope.entities.some((entity) => entity.outside && !entity.id.startsWith("name:"))) {
      continue;
    }
    if (scope.outsideRelations.length > 0) continue;
    const at = match.index ?? 0;
    const text = `${question.slice(0, at)}${kept}${question.slice(at + offered.length)}`;
    const analysis = index.analyze(text);
    if (isOnTopic(analysis, index.idf, index.maxIdf)) {
      return { text, analysis, verdict: judgeRelevance(analysis, index.idf, index.maxIdf) };
    }
  }
  return undefined;
}

/**
 * A summary asked of the whole piece, then who it is for or how it will be used: "a summary of
 * this article I can read out to a 10th-grade class", "summarize this article so I can explain it
 * to my grandma", "… for my study group", "the gist of the article, on watch in 10". The clause
 * after the piece opens with a word of purpose or follows a comma, and asks nothing itself ("…,
 * but did google invest too?" is a question of its own).
 */
const SUMMARY_OF_PIECE_THEN_PURPOSE =
  /^(?:(?:please|pls|can|could|would|will|you|u|give|giving|me|us|write|make|do|need|want|i|i'd|like|get|send|just|quick|short|brief|simple)\s+)*(?:a |an |the )?(?:summary|summari[sz]e|recap|overview|gist|rundown|lowdown|synopsis)(?: of| for)? (?:this|the|that) (?:article|piece|post|blog(?: post)?|story|write-?up)(?:\s+(?:for|to|so|that|which|i|we|in|as|because)\b.*|[,:](?![^?]*\b(?:did|does|do|is|are|was|were|has|have|how|what|who|which|when|where|why|can|could|will|would|should)\b).*)?$/u;

/**
 * The same in Korean, the purpose first: "우리 반 친구들한테 읽어줄 수 있게 이 기사 요약해줘",
 * "부모님께 설명할 수 있도록 이 글 내용 간단히 정리해 주세요", or after the request, a sentence of
 * the asker's own that asks nothing ("이 기사 요약해 주실래요? 손님 오기 전에 빨리요").
 */
const PURPOSE_THEN_SUMMARY_OF_PIECE =
  /^(?:.*?(?:수 있게|있도록|용으로|위해서?|보여주게|한테|에게|께)\s+)?(?:이|그|해당|이번)\s?(?:기사|글|블로그 글)(?:을|를|의)?\s?(?:내용(?:을|를)?\s?)?(?:(?:짧게|간단히|간단하게|쉽게|한 줄로|세 줄로|요점만|핵심만)\s?)?(?:요약|정리)\S*(?:\s(?:주세요|줘|줄래|줄래요|주실래요|주시겠어요|부탁해|부탁드려요|부탁드립니다))?(?:[?？.!~]+\s(?![^?？]*(?:얼마|누가|누구|언제|어디|왜|뭐|무엇|무슨|어떻게|어떤|몇|나요|까요|니\b|냐|[?？]))[^?？]*)?$/u;

export function asksSummaryOfPieceForSomeone(analysis: Analysis): boolean {
  if (!analysis.asksForSummary) return false;
  const text = analysis.normalized.replace(/[\s?？.!~]+$/u, "").trim();
  return SUMMARY_OF_PIECE_THEN_PURPOSE.test(text) || PURPOSE_THEN_SUMMARY_OF_PIECE.test(text);
}
