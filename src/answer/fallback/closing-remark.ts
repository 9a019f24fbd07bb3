/**
 * A remark after the question about the asker, not the story: "Is Amazon still Anthropic's main
 * cloud? I'd hate to get it wrong at bridge club.", "How much did NVIDIA put in? I need it for my
 * slides tomorrow." It asks nothing, and its words ("wrong", "need") would be read as part of the
 * claim or as an ask of their own. The question is answered without it. A remark that names one
 * of the story's parties or a figure ("…? Trying to line it up against the Microsoft numbers.")
 * says what the asker wants from the answer, and stays.
 */

import type { Term } from "../../search/analyze.ts";
import { KOREAN_PERSON_SUBJECT } from "../../search/asker-names.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { spaceSplitCount } from "../../search/split-count.ts";
import { isRemark, NOT_A_REMARK_OPENING, REMARK_END } from "./leaning-part.ts";

/**
 * The question, with its mark, and the sentences after the last question mark; or a request
 * closed by a full stop ("…요약해 주시겠습니까.", "…summarise it, please.") and the sentences after.
 */
const REMARK_AFTER_QUESTION =
  /^([\s\S]*(?:[^\s?？][?？]+|(?:주세요|주십시오|주시겠습니까|주시겠어요|주실래요|줘요|부탁(?:해요|합니다|드립니다|드려요)|\bplease)[.!]+))\s+([^?？]+)$/u;

/** An English sentence told of the asker opens on the asker ("I'd hate…", "We need…", "My boss…"). */
const ASKER_OPENING = /^(?:i|i'd|i'm|i've|i'll|id|im|ive|we|we'd|we're|we've|my|our|me|just)\b/iu;

/** Why the asker asks, closing the remark: "They are rivals, so I am curious." */
const CURIOUS_CLOSE =
  /\b(?:so|and|that's why|which is why|hence)\s+(?:i'?m|i am|im)\s+(?:just\s+|really\s+)?(?:curious|wondering|asking)\s*[.!]*$/iu;

/** A need told without its subject: "need it for my slides", "needed for a memo". */
const NEED_OPENING = /^(?:need|needed|needing|gotta have|want it|wanted it)\b/iu;

/**
 * A reaction set after the question by a comma or a dash: "…, smells like a pump", "… — sounds
 * like a scam", "…, looks sus tbh". How the story strikes the asker, not what is asked.
 */
const SEEMS_TAIL =
  /^([\s\S]*?[\p{L}\p{N}?？)'"’”])\s*(?:[,;]|\s[—–-])\s*(?:(?:it|this|that|which|all this)\s+)?(?:smells|sounds|looks|seems|feels)\s+(?:like\s+(?:a\s+|an\s+)?[\p{L}'’ -]{1,24}|sus|fishy|shady|dodgy|off|weird|sketchy)(?:\s+(?:tbh|ngl|lol|imo|fr))?\s*[.!?？]*$/iu;

const SEEMS_VERB = /\b(?:smells|sounds|looks|seems|feels)\b/iu;

/** A claim closed by its yes/no tag ("…맞죠?", "…right?"). */
const TAGGED_CLAIM_END =
  /(?:맞지|맞죠|맞아요?|맞나요?|맞냐|맞음|그치|그쵸|\bright|\bcorrect|\btrue|\byeah)\s*[?？]+$/u;

/** One sentence saying what the claim is not: "…옮기는 게 아니라.", "…거 아니고.", "Not moving to Azure." */
const DENIED_RESTATEMENT =
  /^[^.!?？]*(?:게|거|건|것이?)\s?아니(?:라|고)[.!~]*$|^(?:and |but )?not\b[^.!?？]*[.!]*$/iu;

/** The question without a closing remark about the asker, or undefined when none closes it. */
export function withoutClosingRemark(index: KnowledgeIndex, question: string): string | undefined {
  const trimmed = question.trim();
  // A cheap test of its verb before the tail is read (most questions have none).
  const reaction = SEEMS_VERB.test(trimmed) ? SEEMS_TAIL.exec(trimmed) : null;
  if (reaction?.[1] && reactionNamesNothing(index, trimmed.slice(reaction[1].length))) {
    return reaction[1];
  }
  const match = REMARK_AFTER_QUESTION.exec(trimmed);
  if (!match) return undefined;
  const head = (match[1] ?? "").trim();
  const tail = (match[2] ?? "").trim();
  // "…남는 거 맞죠? Azure로 완전히 옮기는 게 아니라.": the claim said again by what it is not,
  // after its tag: no figure, no ask of its own.
  if (TAGGED_CLAIM_END.test(head) && DENIED_RESTATEMENT.test(tail)) {
    const said = index.analyze(tail);
    if (!said.terms.some((term) => term.kind === "amount") && !said.asksForFigure) return head;
  }
  if (isAskersAnecdote(index, head, tail) || isKoreanTellersAside(index, head, tail)) return head;
  // One sentence, told of the asker: "It seems backwards to me." is a doubt about the story,
  // part of what is asked.
  if (/[.!。]\s+\S/u.test(tail)) return undefined;
  const read = index.analyze(tail);
  // "…? need the list for the IC memo": a need said without its "I" and its full stop.
  // "…? I've a haircut to finish", "…? Ah've a fade tae finish": chat leaves the asker's remark
  // without its full stop too (its opening read after the glossary, which reads "ah've" as "i've").
  const english = read.language === "en";
  const toldOfAsker = english && (ASKER_OPENING.test(tail) || ASKER_OPENING.test(read.normalized));
  const unmarked = english && !/[.!?？]$/u.test(tail) && (toldOfAsker || NEED_OPENING.test(tail));
  if (english && !toldOfAsker && !unmarked && !CURIOUS_CLOSE.test(tail)) return undefined;
  if (!isRemark(unmarked ? `${tail}.` : tail, read)) return undefined;
  if (read.terms.some((term) => term.entity !== undefined || term.kind === "amount")) {
    return undefined;
  }
  // "…알려 주세요. 구글 얘기도 궁금합니다.": a Korean reason or curiosity that names a thing of
  // the story the question does not name asks of it too, and is no remark.
  if (read.language === "ko" && namesMoreThan(index, read.terms, head)) return undefined;
  return head;
}

/**
 * A story of the asker's life: someone close saying or doing something ("my son-in-law says", "my
 * brother-in-law insists"), a memory ("I remember", "used to", "back when", "years ago") or why the
 * asker asks ("I only ask because").
 */
const TOLD_OF_THE_PAST =
  /\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:says|said|insists|insisted|thinks|reckons|swears|keeps|tells|told|works|worked|bought|owns|owned|used)\b|\bused to\b|\b(?:i|we)\s+(?:remember|recall)\b|\bback (?:in|when)\b|\byears ago\b|\bwhen (?:i|we) (?:was|were)\b|\bonly ask because\b|\breminds me\b|\bnever knew\b/iu;

/** What the article or a report says, told after the question: part of what is asked. */
const TELLS_OF_SOURCE = /\b(?:article|story|report|piece|press release|announcement|headline)\b/iu;

/** An ask folded into a sentence: "I wonder what…", "I'd like to know how…", "curious whether…". */
const EMBEDDED_ASK =
  /\b(?:wonder(?:s|ing|ed)?|curious|(?:want|wants|wanted|like|need|needs)\s+to\s+know|tell me|asking|asked me|find out|figure out|work out|(?:don't|do not|doesn't|dont)\s+(?:know|understand|get)|not sure|no idea)\b[^.!]*\b(?:what|how|who|which|why|when|where|whether|if)\b/iu;

/** A request told as a wish: "I'd like the split by company.", "We need the date for the memo." */
const REQUEST_TOLD =
  /\b(?:i'd|id|i would|we'd|we would)\s+(?:also\s+)?(?:like|love|want|appreciate|prefer|be interested)\b|\b(?:i|we)\s+(?:\w+\s+)?(?:want|need|needed)\b|\b(?:interested in|keen to|curious about|wondering about|looking for|please)\b/iu;

/** The question points at someone the sentence after may name: "What's their stake?". */
const POINTED_AT =
  /\b(?:they|their|theirs|them|it|its|he|his|she|her|this company|that company)\b/iu;
/** The sentence after says whom the question meant: "I mean Google", "talking about Oracle". */
const NAMES_THE_ASKED =
  /\b(?:i mean|i meant|talking about|referring to|asking about|speaking of)\b/iu;

/** A claim heard or believed: "I think Google did too", "my friend said Amazon pulled out". */
const HEARSAY =
  /\b(?:think|thinks|thought|believe|believes|heard|hear|read|says|said|told|tells|reckon)\b/iu;

/** At least this many words tell a story (a shorter tail is a fragment of the question). */
const ANECDOTE_WORDS = 6;

/**
 * A story from the asker's life after a question that stands alone: "Is NVIDIA putting in more
 * than Microsoft? My son-in-law says Microsoft always writes the biggest cheque, as it did with
 * OpenAI.", "…? I remember when Nortel's value doubled, and we all know how that ended." It tells
 * why the asker asks, and the companies it names (its own or the story's) are no ask: read with
 * the question, they would turn it to them. One that folds an ask in ("I wonder what Google paid")
 * or gives a figure to check is no story, and stays.
 */
function isAskersAnecdote(index: KnowledgeIndex, head: string, tail: string): boolean {
  if (!REMARK_END.test(tail) || !TOLD_OF_THE_PAST.test(tail)) return false;
  if (EMBEDDED_ASK.test(tail) || REQUEST_TOLD.test(tail) || NOT_A_REMARK_OPENING.test(tail)) {
    return false;
  }
  if (spaceSplitCount(tail) < ANECDOTE_WORDS) return false;
  // One sentence, and none of what the asker read ("The article seems to suggest…"): a longer
  // tail or a source told goes on to say what the asker wants, part of the ask.
  if (/[.!]\s+\S/u.test(tail) || TELLS_OF_SOURCE.test(tail)) return false;
  const told = index.analyze(tail);
  // "…? I'm thinking of putting my savings into NVIDIA.": a plan to invest is what is asked about.
  if (told.language !== "en" || told.asksToConfirm || told.asksForAdvice) return false;
  if (told.terms.some((term) => term.kind === "amount")) return false;
  // The question asks of the story's own words ("the two companies' investments"), so it is asked
  // whole without the story.
  const asked = index.analyze(head).terms;
  if (!asksKnownWords(asked)) return false;
  const names = told.terms.some((term) => term.entity !== undefined);
  // "How much are they in for? I mean Google, my old employer.": the story names who is asked of.
  if (names && (POINTED_AT.test(head) || NAMES_THE_ASKED.test(tail))) return false;
  // A claim heard of a company the question leaves out ("…? I heard Google put money in too.")
  // is one to check.
  return !HEARSAY.test(tail) || namesOnlyTheAsked(told.terms, asked);
}

/** The question asks of words the knowledge knows, a figure aside. */
function asksKnownWords(asked: readonly Term[]): boolean {
  return asked.some((term) => term.known && term.kind !== "amount");
}

/** Every party the aside names is one the question names too. */
function namesOnlyTheAsked(told: readonly Term[], asked: readonly Term[]): boolean {
  const named = new Set(asked.map((term) => term.entity));
  return !told.some((term) => term.entity !== undefined && !named.has(term.entity));
}

/** A reaction that names no party and no figure ("smells like a pump", not "looks like NVIDIA's"). */
function reactionNamesNothing(index: KnowledgeIndex, tail: string): boolean {
  return !index
    .analyze(tail.toLowerCase())
    .terms.some((term) => term.entity !== undefined || term.kind === "amount");
}

/**
 * Someone close to the asker and what they said or do, told after the question in Korean ("…?
 * 아들이 엔비디아 다닌다던데", "…? 딸이 회사에서 쓴대요"): a clause of its own, opened by the person
 * with their particle and closed by a told or reported ending, often with no full stop.
 */
const KOREAN_TOLD = new RegExp(
  `^${KOREAN_PERSON_SUBJECT}[^?？]*?(?:던데|든데|던디|든디|더라고|더라|대요|래요|댔어|랬어|거든요|거든|다네요|다네|대|래|더군요|더군|답니다|랍니다)[요\\s.!~ㅋㅎㅠ]*$`,
  "u",
);

/**
 * Whether the Korean tail is such an aside: no figure, no advice asked, and no party the
 * question leaves out ("엔비디아 얼마 넣었어? 아들이 구글 다닌다던데" may ask of Google: kept).
 */
function isKoreanTellersAside(index: KnowledgeIndex, head: string, tail: string): boolean {
  if (!KOREAN_TOLD.test(tail)) return false;
  const told = index.analyze(tail);
  if (told.asksForAdvice || told.terms.some((term) => term.kind === "amount")) return false;
  const asked = index.analyze(head).terms;
  return asksKnownWords(asked) && namesOnlyTheAsked(told.terms, asked);
}

/** Whether the tail names a known word of the story that the head does not. */
function namesMoreThan(index: KnowledgeIndex, tail: readonly Term[], head: string): boolean {
  const known = tail.filter((term) => term.known && term.kind === "concept");
  if (known.length === 0) return false;
  const asked = new Set(index.analyze(head).terms.map((term) => term.text));
  return known.some((term) => !asked.has(term.text));
}
