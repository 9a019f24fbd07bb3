/**
 * A remark after the question about the asker, not the story: "Is Amazon still Anthropic's main
 * cloud? I'd hate to get it wrong at bridge club.", "How much did NVIDIA put in? I need it for my
 * slides tomorrow." It asks nothing, and its words ("wrong", "need") would be read as part of the
 * claim or as an ask of their own. The question is answered without it. A remark that names one
 * of the story's parties or a figure ("…? Trying to line it up against the Microsoft numbers.")
 * says what the asker wants from the answer, and stays.
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { isRemark } from "./leaning-part.ts";

/** The question, with its mark, and the sentences after the last question mark. */
const REMARK_AFTER_QUESTION = /^([\s\S]*[^\s?？][?？]+)\s+([^?？]+)$/u;

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
  // One sentence, told of the asker: "It seems backwards to me." is a doubt about the story,
  // part of what is asked.
  if (/[.!。]\s+\S/u.test(tail)) return undefined;
  const read = index.analyze(tail);
  // "…? need the list for the IC memo": a need said without its "I" and its full stop.
  const need = read.language === "en" && NEED_OPENING.test(tail) && !/[.!?？]$/u.test(tail);
  if (read.language === "en" && !ASKER_OPENING.test(tail) && !need && !CURIOUS_CLOSE.test(tail)) {
    return undefined;
  }
  if (!isRemark(need ? `${tail}.` : tail, read)) return undefined;
  if (read.terms.some((term) => term.entity !== undefined || term.kind === "amount")) {
    return undefined;
  }
  return head;
}

/** A reaction that names no party and no figure ("smells like a pump", not "looks like NVIDIA's"). */
function reactionNamesNothing(index: KnowledgeIndex, tail: string): boolean {
  return !index
    .analyze(tail.toLowerCase())
    .terms.some((term) => term.entity !== undefined || term.kind === "amount");
}
