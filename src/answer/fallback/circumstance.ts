/**
 * A circumstance that sets the scene of a question ("what's amazon's role now that msft is in?",
 * "Now that Azure has Claude, where does that leave AWS?", "마소가 들어왔으니 아마존은 뭐 해?"):
 * its parties are the backdrop, not who is asked about. The question without it asks the same.
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { syllableParts } from "../../search/korean.ts";

/** "…, now that X…" / "… given that X…" at the end, up to the question mark ("now dat": chat's spelling). */
const TRAILING_EN =
  /^(.*?\S)\s*,?\s+(?:now (?:that|dat)|given (?:that|dat)|seeing as|seeing (?:that|dat)|what with|now when)\s+[^,?]+?(?=[?？!.]*\s*$)/iu;
/** "Now that X…, …" at the start, up to its comma. */
const LEADING_EN =
  /^\s*(?:so\s+|and\s+|but\s+)?(?:now (?:that|dat)|given (?:that|dat)|seeing as|seeing (?:that|dat)|what with)\s+[^,]+,\s*(\S.*)$/iu;
/** "마소가 들어왔으니 …", "마소가 합류한 이상 …": a clause of joining, then the question. */
const LEADING_KO =
  /^\s*\S+(?:\s+\S+){0,3}?\s*(?:들어왔으니|들어왔으니까|들어온 이상|들어온 마당에|합류했으니|합류했으니까|합류한 이상|끼었으니|끼었으니까|참여했으니|참여했으니까|참여한 이상|손잡았으니|손잡았으니까|손잡은 이상)\s*,?\s+(\S.*)$/u;

/**
 * What the asker heard, then why: "앤트 돈이 마소 거쳐서 엔비까지 간다는데 마소는 왜 내?", "I heard
 * the money loops back, but why does Microsoft pay NVIDIA?". The heard clause is the backdrop of
 * a why with a subject of its own. Other questions after a heard clause ("…빠진다던데 맞아?",
 * "…투자했다던데 얼마?") check or size what was heard: the clause is what is asked.
 */
const HEARD_KO =
  /^\s*\S.*?(?:다는데|다던데|라는데|라던데|대는데|다고 하는데|다고 들었는데|라고 하는데)\s*,?\s+(\S+(?:\s+\S+){2,})$/u;
const HEARD_EN =
  /^\s*(?:so\s+)?(?:i (?:heard|read|hear)|they say|people say|apparently|supposedly|rumou?r is)\b[^,?]+,\s*(?:so|but|then|and)?\s*(\S+(?:\s+\S+){2,})$/iu;
/** A why asked after the heard clause. */
const WHY = /왜|어째서|무슨 이유|\bwhy\b|\bhow come\b/iu;

/**
 * What one side gives, set as the price of what the other gives back: "엔비디아가 돈을 넣는 대신
 * 앤트로픽은 …", "마소가 투자한 대가로 …", "In exchange for Microsoft's cash, what did …",
 * "what does Anthropic give NVIDIA in return for the $10B?". The question after it asks the way
 * back by itself; read whole, its first party's money is what it seems to ask. 대신 after a noun
 * ("오픈AI 대신 앤트로픽") is "instead of", no clause: only after a verb's adnominal form.
 */
const IN_RETURN_KO = /(?:대신에?|대가로)\s*,?\s+(\S+(?:\s+\S+){1,})$/u;
const IN_RETURN_LEADING_EN =
  /^\s*(?:so\s+|and\s+|but\s+)?(?:in (?:exchange|return) for|as (?:payback|a return) for)\s+[^,?]+,\s*(\S.*)$/iu;
const IN_RETURN_TRAILING_EN =
  /^(.*?\S)\s*,?\s+in (?:exchange|return) for\s+[^,?]+?(?=[?？!.]*\s*$)/iu;
/** A statement, a comma, then a question of what comes back ("…, so what does B give A back?"). */
const STATED_THEN_WAY_BACK_EN =
  /^\s*(?:so\s+)?([^,?;]+?)\s*[,;]\s*(?:so\s+|and\s+|but\s+|then\s+)?(what\b[^,]*\b(?:back|in (?:return|exchange))\b[^,]*)$/iu;
/** The statement gives or invests ("nvidia gives anthropic money", "msft invests in anthropic"). */
const GIVES_OR_INVESTS_EN =
  /\b(?:give|gives|gave|pay|pays|paid|send|sends|sent|invest|invests|invested|investing|puts?|putting|funds?|funded|backs?|backed)\b/iu;
/** A giving asked: "what does A give / promise / commit / offer / send B". */
const GIVES_EN =
  /\b(?:give|gives|giving|gave|promis\w*|commit\w*|pledg\w*|offer\w*|provid\w*|send|sends|sending|sent|pay|pays|paying|paid|hand|hands|handing|handed)\b/iu;
/** The final-consonant index of ㄴ (syllableParts). */
const FINAL_NIEUN = 4;

/** The clause before 대신 ends on a verb's adnominal form ("넣는", "받은", "준", "한"). */
function verbBefore(question: string, at: number): boolean {
  const before = question.slice(0, at).trimEnd();
  const last = before.codePointAt(before.length - 1) ?? 0;
  return syllableParts(last)?.[2] === FINAL_NIEUN;
}

/**
 * The story's parties the words name: the way back asked needs both sides in the clause left
 * ("앤트로픽은 엔비디아에 무엇을 약속했나요?"); with one ("앤트로픽은 뭘 받아?") the other side is
 * only in the clause set aside, and the whole question is read.
 */
export function storyPartiesNamed(index: KnowledgeIndex, text: string): number {
  return storyParties(index, text).size;
}

/** The story's parties the words name (ids). */
export function storyParties(index: KnowledgeIndex, text: string): ReadonlySet<string> {
  const names = index.knowledge.scope.names;
  const found = new Set<string>();
  for (const term of index.analyze(text).terms) {
    if (term.entity !== undefined && names.has(term.entity)) found.add(term.entity);
  }
  return found;
}

function withoutPriceGiven(
  question: string,
  bothSides: (text: string) => boolean,
): string | undefined {
  if (question.includes("대신") || question.includes("대가로")) {
    const korean = IN_RETURN_KO.exec(question);
    const word = korean?.[0].startsWith("대가로") ? "대가로" : "대신";
    const rest = korean?.[1];
    if (rest && (word === "대가로" || verbBefore(question, korean.index)) && bothSides(rest)) {
      return rest;
    }
    return undefined;
  }
  // "nvidia gives anthropic money, what does anthropic give nvidia in return?": the giving stated
  // first, between the same two sides, is the price; the question after the comma asks the way
  // back by itself.
  const stated = STATED_THEN_WAY_BACK_EN.exec(question);
  if (stated?.[1] && stated[2] && GIVES_OR_INVESTS_EN.test(stated[1]) && bothSides(stated[1])) {
    return GIVES_EN.test(stated[2]) && bothSides(stated[2]) ? stated[2] : undefined;
  }
  if (!/\bin (?:exchange|return)|\bpayback\b|\ba return\b/iu.test(question)) return undefined;
  // "what does Microsoft get Anthropic to use in return for its money?": what is got in return
  // is the question itself; only a giving asked is the way back.
  const leading = IN_RETURN_LEADING_EN.exec(question)?.[1];
  if (leading) return GIVES_EN.test(leading) && bothSides(leading) ? leading : undefined;
  const trailing = IN_RETURN_TRAILING_EN.exec(question)?.[1];
  return trailing && GIVES_EN.test(trailing) && bothSides(trailing) ? `${trailing}?` : undefined;
}

/**
 * A figure of one party given as the premise, then another party's asked: "if microsoft put in 5
 * billion, how much did nvidia put in?", "microsoft's in for five bil, so what's nvidia in for?".
 * The premise is the asker's footing; the question after it asks of its own party.
 */
const PREMISE_THEN_ASK_EN =
  /^\s*(?:(?:so|ok|okay|and)[,\s]+)?(?:(?:if|given|since|assuming|suppose|say)\s+)?([^,?;]*?(?:\d|\bbillion\b|\bbil\b|\bbn\b|\bmillion\b)[^,?;]*)[,;]\s*(?:(?:so|then|and)\s+)?((?:how much|how many|what|what's|whats|which)\b[^,]*)$/iu;
/** The premise opens with "if", "given", "since", or the question after it with "so" / "then". */
const PREMISE_MARK =
  /^\s*(?:(?:so|ok|okay|and)[,\s]+)?(?:if|given|since|assuming|suppose|say)\s|[,;]\s*(?:so|then)\s+(?:how|what|which)\b/iu;

/**
 * The question after a premise that gives one party's figure, when it asks of a party the premise
 * does not name ("…, how much did nvidia put in?"); undefined otherwise, or when it points back
 * at the premise ("…, what's that in won?").
 */
export function askAfterPremise(
  question: string,
  partiesOf: (text: string) => ReadonlySet<string>,
): string | undefined {
  if (!PREMISE_MARK.test(question)) return undefined;
  const found = PREMISE_THEN_ASK_EN.exec(question);
  const premise = found?.[1];
  const ask = found?.[2];
  if (!premise || !ask || /\b(?:that|this|it|those|these)\b/iu.test(ask)) return undefined;
  const given = partiesOf(premise);
  const asked = [...partiesOf(ask)];
  return asked.length > 0 && asked.every((party) => !given.has(party)) ? ask : undefined;
}

/** The question without its circumstance, or undefined when it has none. */
export function withoutCircumstance(
  question: string,
  /** Whether a clause names both sides of a payment (the story's parties: storyPartiesNamed). */
  bothSides: (text: string) => boolean = () => true,
): string | undefined {
  const price = withoutPriceGiven(question, bothSides);
  if (price) return price;
  const trailing = TRAILING_EN.exec(question);
  if (trailing?.[1]) return `${trailing[1]}?`;
  const leading = LEADING_EN.exec(question) ?? LEADING_KO.exec(question);
  if (leading?.[1]) return leading[1];
  const heard = HEARD_KO.exec(question) ?? HEARD_EN.exec(question);
  return heard?.[1] && WHY.test(heard[1]) ? heard[1] : undefined;
}
