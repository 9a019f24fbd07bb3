/**
 * Which parts of a several-part question are answered, once the question is split: a claim over
 * clauses that ask nothing is one claim, a part asking only for an amount joins the part before,
 * a topic the later parts point back at is no part of its own, and a story before a question
 * the knowledge does not cover is context.
 */
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { asksForAmount } from "./figure-scope.ts";
import { LINE_MARK } from "./list-marks.ts";

/** A part that asks something by itself: a yes/no claim, a question word or a question mark. */
export function asksByItself(analysis: Analysis): boolean {
  return (
    analysis.asksToConfirm ||
    hasQuestionWord(analysis.normalized) ||
    /[?？]\s*$/u.test(analysis.normalized)
  );
}

/**
 * "the 'tech expert' the article quotes, what's his name and where does he work?": a first part
 * that only names the topic the later parts take up (no question word, no claim, no question
 * mark) asks nothing itself; answering it would put a nearby fact beside "not covered".
 */
export function withoutTopicLead<T extends { text: string; bare: string }>(
  index: KnowledgeIndex,
  parts: readonly T[],
  /** The question as asked: a lead joined to the next part by a list join is asked too. */
  asked?: string,
): readonly T[] {
  const [lead, ...rest] = parts;
  if (!lead || rest.length === 0 || /[?？]/u.test(lead.text)) return parts;
  // "NVIDIA's amount and what Jensen Huang said about it": an item of a list is asked, and "Was
  // it A or B…, and when…" asks by its word order.
  if (asked !== undefined && joinedByAnd(asked, lead.bare)) return parts;
  // "- Microsoft's stake - the event it was announced at": each line of a list is asked.
  if (asked !== undefined && LIST_LINE.test(asked)) return parts;
  if (asksByWordOrder(lead.bare)) return parts;
  // "what about google tho, how much did they put into anthropic": the lead names the topic the
  // pronouns after it stand for; each part that points back asks it of that topic.
  // "What about Amazon, how much did Amazon invest?": a part naming the topic again asks of it.
  const about = ABOUT_LEAD.exec(lead.bare.trim());
  const topic = about?.[1];
  if (topic) {
    const namesTopic = (part: T) => part.bare.toLowerCase().includes(topic.toLowerCase());
    // A part carrying the topic's words takes it up; one asking the same of another party ("What
    // about OpenAI? And Amazon?" read as "What about Amazon") does not.
    const carriesTopic = (part: T) =>
      part.text !== part.bare && part.text.toLowerCase().includes(topic.toLowerCase());
    if (
      rest.every((part) => carriesTopic(part) || POINTS_BACK.test(part.bare) || namesTopic(part))
    ) {
      return rest.map((part) =>
        part.text !== part.bare || namesTopic(part)
          ? part
          : { ...part, text: `${topic} ${part.bare}` },
      );
    }
  }
  // The later parts point back at it ("his name", "그 사람 소속"), and take its words.
  if (!rest.every((part) => part.text !== part.bare && POINTS_BACK.test(part.bare))) return parts;
  // "Dario Amodei didn't comment on the deal, did he? What did he say?": a lead closed by a
  // tag asks (whether he commented); it names no topic only.
  if (TAG_QUESTION.test(lead.bare)) return parts;
  const analysis = index.analyze(lead.text);
  if (analysis.asksToConfirm || hasQuestionWord(analysis.normalized)) return parts;
  return rest;
}

/** Whether a part only names a topic ("what about google tho"): it asks nothing by itself. */
export function isTopicLead(part: string): boolean {
  return ABOUT_LEAD.test(part.trim());
}

/** A lead that only names a topic: "what about google tho", "and how about Amazon?". */
const ABOUT_LEAD =
  /^(?:(?:and|so|ok|okay|but)\s+)?(?:what|how)\s+about\s+([^,?!.]+?)(?:\s+(?:tho|though|then|now))?[\s,?!.]*$/iu;

/**
 * "What did Microsoft pay NVIDIA for those systems, dollar figure?": a part that only asks for the
 * part before's answer as an amount ("dollar figure?", "in dollars") is that part's, not a
 * question of its own.
 */
export function withAmountRequestsJoined<T extends { text: string; bare: string; label?: string }>(
  index: KnowledgeIndex,
  parts: readonly T[],
): readonly T[] {
  if (parts.length < 2) return parts;
  const joined: T[] = [];
  // "In dollar terms, what is Microsoft paying NVIDIA…?": the amount asked first is the next
  // part's, as it is when asked after it.
  const [lead, next, ...rest] = parts as readonly [T, T, ...T[]];
  const leadText = `${next.text.replace(/[?？\s]+$/u, "")} ${amountAsked(lead.bare)}`;
  const leading = asksOnlyForAmount(index, lead.bare)
    ? [{ ...next, text: leadText, bare: leadText }, ...rest]
    : parts;
  for (const part of leading) {
    const before = joined.at(-1);
    if (before && asksOnlyForAmount(index, part.bare) && !asksAmountBesides(index, before, part)) {
      const text = `${before.text.replace(/[?？\s]+$/u, "")} ${amountAsked(part.bare)}`;
      joined[joined.length - 1] = { ...before, text, bare: text };
    } else {
      joined.push(part);
    }
  }
  return joined;
}

/**
 * "엔비디아랑 앤트로픽 뭐 같이 한대요? 돈은 얼마고": the part before asks a thing by a question word
 * of its own, not a figure, and the amount is asked by "얼마 / how much" of its own: a second ask
 * beside it, not the part before's answer as an amount.
 */
function asksAmountBesides<T extends { text: string; bare: string }>(
  index: KnowledgeIndex,
  before: T,
  part: T,
): boolean {
  const own = index.analyze(part.bare).normalized;
  if (!HOW_MUCH.test(own)) return false;
  const earlier = index.analyze(before.bare).normalized;
  return hasQuestionWord(earlier) && !asksForAmount(earlier, HOW_MUCH.test(earlier));
}

/** "exact $": how exact is no word of the question ("exact" would ask for fact checks). */
function amountAsked(bare: string): string {
  // "in dollar terms" carried on would read "terms" as the deal's conditions.
  if (IN_MONEY_TERMS.test(bare)) return "in dollars";
  return bare.replace(PRECISION_WORDS, " ").replace(/\s+/gu, " ").trim();
}

/** An amount asked by its unit alone: "in dollar terms", "in USD terms". */
const IN_MONEY_TERMS = /^\s*in (?:us )?(?:dollar|dollars|usd|money|cash) terms[\s,?.!]*$/iu;
/** How exact an amount is wanted ("exact $", "정확히 얼마"): no topic of its own. */
const PRECISION =
  /^(?:exact(?:ly)?|precise(?:ly)?|rough(?:ly)?|approx\w*|ballpark|정확히|정확한|대략|대충)$/u;
const PRECISION_WORDS =
  /(?<![\p{L}\p{N}])(?:exact(?:ly)?|precise(?:ly)?|rough(?:ly)?|approx\w*|ballpark|정확히|정확한|대략|대충)(?![\p{L}\p{N}])/giu;
/** A currency or a figure asked by its sign or name ("exact $", "in USD", "the number"). */
const CURRENCY = /\$|달러|\b(?:dollars?|usd|number|figure)\b/u;

function asksOnlyForAmount(index: KnowledgeIndex, text: string): boolean {
  // "in dollar terms": "terms" is no condition here.
  if (IN_MONEY_TERMS.test(text)) return true;
  const analysis = index.analyze(text);
  const normalized = analysis.normalized;
  if (!asksForAmount(normalized, HOW_MUCH.test(normalized)) && !CURRENCY.test(normalized)) {
    return false;
  }
  // "…? 얼마나?" has no word of its own: the question is already read whole.
  return (
    analysis.terms.length > 0 &&
    analysis.terms.every(
      (term) =>
        (term.kind === "concept" && term.features.includes("c:money")) || PRECISION.test(term.text),
    )
  );
}

/**
 * "so there are all these cloud contracts lately, anthropic with azure in this article, and i
 * remember openai signed one with oracle. how big is the oracle openai contract": sentences that
 * ask nothing (no question word, no question mark) before a last question the knowledge does not
 * cover are the asker's story; answering them would put a nearby fact beside "not covered".
 */
export function withoutContext<T extends { text: string; bare: string }>(
  index: KnowledgeIndex,
  asked: string,
  parts: readonly T[],
  /** Whether a question asks what the knowledge does not cover (the answerer's reading). */
  asksAboutSomethingUncovered: (index: KnowledgeIndex, question: string) => boolean,
  /** Whether the question is a numbered or bulleted list: each of its items is asked. */
  listed = false,
): readonly T[] {
  const last = parts.at(-1);
  // "1) Anthropic's valuation 2) the stake each one gets?": an item of a list is asked, however
  // it is phrased; no item is the asker's story.
  if (!last || parts.length < 2 || listed) return parts;
  const story = parts.slice(0, -1);
  // "엔비디아 투자액이랑 엔비디아 주가 지금 얼마야?": an item joined to the next by a list join
  // is asked too, not told. A part that keeps its own question mark asks.
  const asksNothing = (part: T) =>
    !hasQuestionWord(index.analyze(part.bare).normalized) &&
    !/[?？]\s*$/u.test(part.bare) &&
    !endsInQuestionMark(asked, part.bare) &&
    !joinedAsListItem(asked, part.bare);
  if (!story.every(asksNothing)) return parts;
  if (!hasQuestionWord(index.analyze(last.bare).normalized)) return parts;
  return asksAboutSomethingUncovered(index, last.bare) ? [last] : parts;
}

/** A yes/no tag closing a clause: ", did he", ", is it", ", right". */
const TAG_QUESTION =
  /,\s*(?:(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)(?:n't)?\s+(?:he|she|it|they|we|you|i|there|that)|right|correct|true)\s*[?？]?\s*$/iu;

/** A list join right after an item: "…이랑", "…하고", "…과", " and what…", ", and how…", " + ". */
const LIST_JOIN =
  /^(?:이랑|랑|하고|과|와)(?=[,\s])|^\s*(?:\+|&)\s|^,?\s+and\s+(?:also\s+)?(?=what|how|when|who|which|where|why)/iu;

/** Whether the part is joined to what follows by a list join or a plain "and" ("A and its B"). */
function joinedByAnd(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return (
    joinedAsListItem(text, part) ||
    (at !== -1 && /^,?\s+and\s/iu.test(text.slice(at + part.length)))
  );
}

/** An English yes/no question by its word order: "Was it…", "Did NVIDIA…", "Is Claude…". */
const INVERTED =
  /^(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\s+(?:it|there|this|that|the|a|an|\p{L}+)\b/iu;

function asksByWordOrder(part: string): boolean {
  return INVERTED.test(part.trim());
}

/** Whether the part is an item of a list the text goes on with ("A이랑 B 얼마야?"). */
function joinedAsListItem(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at !== -1 && LIST_JOIN.test(text.slice(at + part.length));
}

/** Whether the text has a question mark right after the part (spaces between). */
function endsInQuestionMark(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at === -1) return false;
  const rest = text.slice(at + part.length).trimStart();
  return rest.startsWith("?") || rest.startsWith("？");
}

/** A pronoun for someone or something named before ("his", "그 사람"). */
const POINTS_BACK =
  /\b(?:he|him|his|she|her|they|them|their|it|its)\b|그 ?사람|그분|그 ?양반|걔|그게|그건|그 전문가/u;

/** Asks for an amount (not a comparison: "biggest investor" asks who). */
export const HOW_MUCH =
  /\bhow (?:much|big|large)\b|얼마|규모|금액|액수|총액|투자액|몇\s?(?:[십백천]\s?)?(?:억|조)\s?(?:달러|불|원)?/u;

/**
 * "Does Microsoft pay NVIDIA anything, and if so how much?", "엔비디아한테 돈 내? 낸다면 얼마?":
 * a yes/no question with an amount asked only if the answer is yes. The yes or no, with the
 * payment it names (its figure, or that none was given), answers both; the question without the
 * tail, or undefined when there is no such tail.
 */
export function withoutIfSoAmount(question: string): string | undefined {
  const tail = IF_SO_AMOUNT.exec(question);
  if (tail && tail.index > 0) {
    const head = question.slice(0, tail.index).replace(/[,\s]+$/u, "");
    return INVERTED.test(head) || /[?？]$/u.test(head) ? head : undefined;
  }
  // "Does Microsoft pay NVIDIA anything in this, and how much?", "MS pays NVIDIA in this deal?
  // how much?": the "if so" left unsaid after a yes/no question (by its word order, or a claim
  // with no question word closed by its mark).
  const implied = IMPLIED_IF_SO_AMOUNT.exec(question);
  if (!implied || implied.index === 0) return undefined;
  const head = question.slice(0, implied.index).replace(/[,\s]+$/u, "");
  const yesOrNo =
    INVERTED.test(head) || (/[?？]$/u.test(head) && !hasQuestionWord(head.toLowerCase()));
  return yesOrNo ? head : undefined;
}

/** An amount asked after a yes/no question with no "if so": ", and how much?", "? $ figure?". */
const IMPLIED_IF_SO_AMOUNT =
  /(?:,\s*(?:and|then)\s+|[?？]\s*(?:and\s+)?)(?:how much|what(?:'s| is)? the (?:amount|figure|sum)|(?:\$|dollar|usd)\s?(?:figure|amount)|any (?:\$|dollar )?figure)(?![a-z])[^?？]{0,20}[?？]?\s*$/iu;

const IF_SO_AMOUNT =
  /[,?？]?\s*(?:(?:and|then)\s+)?(?:if so|if yes|if any|if it does|if they do|if that's the case)[,\s]+(?:then\s+)?(?:how much|how many|what (?:amount|figure|sum)|for how much)\b[^?？]*[?？]?\s*$|[?？]\s*(?:있으면|있다면|낸다면|준다면|그렇다면|맞다면)\s*(?:얼마|금액은|액수는)[^?？]*[?？]?\s*$/iu;

/**
 * "순환 구조가 앤트로픽→마소→엔비디아→앤트로픽 순서 맞지? 각 단계도 설명해줘", "…, right? Explain
 * each step too.": a claim with its tag, then a request for more of it that names nothing of its
 * own. The claim (up to its question mark) and the request, or undefined.
 */
export function claimThenRequest(
  index: KnowledgeIndex,
  question: string,
): { claim: string; request: string } | undefined {
  const at = Math.max(question.lastIndexOf("?"), question.lastIndexOf("？"));
  if (at <= 0) return undefined;
  const claim = question.slice(0, at + 1).trim();
  const request = question.slice(at + 1).trim();
  if (request === "" || !MORE_REQUEST.test(request)) return undefined;
  // "발표일도 알려줘" asks a thing of its own: the parts reading answers it.
  if (index.analyze(request).terms.some((term) => term.known)) return undefined;
  return index.analyze(claim).asksToConfirm ? { claim, request } : undefined;
}

/** A request for more: "explain each step too", "각 단계도 설명해줘", "금액도 알려줘". */
const MORE_REQUEST =
  /^(?:(?:and|also|then|please|pls)[,\s]+)*(?:explain|walk me through|break (?:it|that) down|describe|give|show|list|tell me)\b|(?:설명해|알려|정리해|풀어|보여)\s?(?:줘|주세요|줄래|주라|주실래요)[.!\s]*$/iu;

/**
 * Where a question turned away as a whole may hold two asks: a comma join ("…, and the exact
 * day…", "…: amount, and does it…"), "and" before a clause, or a Korean join after a word
 * ("…고, …", "…이랑 …"; not "…이랑 같은 날?", which compares). The halves on each side, nearest
 * join to the end first, at most two.
 */
const HALVES_JOIN =
  /,\s*(?:(?:and|plus|also|but|그리고|또)\s+)?|\s+and\s+(?=(?:is|are|does|do|did|was|were|can|will|has|have|what|what's|when|who|how|which|where|why)\b)|(?<=\p{Script=Hangul})(?:이고|고|며|이랑|랑|하고),?\s+(?!(?:똑\s?)?같|비슷|다른|달라|다르|동일)/gu;

export function halvesAtJoins(question: string): [string, string][] {
  const halves: [string, string][] = [];
  for (const join of matchesOf(HALVES_JOIN, question)) {
    const at = join.index ?? 0;
    const before = question.slice(0, at).trim();
    const after = question.slice(at + join[0].length).trim();
    // Each half asks with words of its own: "Microsoft, and Google?" is no ask after a name.
    if (wordCount(before) < 2 || wordCount(after) < 2) continue;
    halves.push([before, after]);
  }
  return halves.reverse().slice(0, 2);
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A line of a bulleted or numbered list: "- Microsoft's stake", " 2) the event". */
const LIST_LINE = new RegExp(`^\\s*${LINE_MARK}\\s`, "u");
