/**
 * "What does Anthropic get from NVIDIA besides money?", "MS가 앤트로픽으로부터 얻는 것은? 클라우드
 * 매출 외에요": what one party gets from another, money set aside. The facts that join the two
 * across a fact's sides (one the subject, the other the object: a partnership, a product made
 * available) answer it; the money (the flows' facts, facts of a flow's relation or with a dollar
 * figure) and the corrections do not.
 * The money itself named as set aside ("besides the cash", "money aside", "돈 말고", "투자 빼고") is
 * a restriction on any "what" asked of the parties ("뭐 하기로 했어?", "what's in it for NVIDIA?",
 * "현금 외에 뭐가 오가?"), with or without a giver: the same facts, of the parties named, or of
 * each pair of the flows' parties when one or none is named.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";
import { wordAt } from "./word-at.ts";
import { writtenPosition } from "./written-position.ts";

/** Money set aside: "besides money", "apart from the Azure money", "money aside", "돈 말고", "매출 외에". */
export const MONEY_SET_ASIDE =
  /\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond|excluding|not counting)\b|\b(?:money|cash|funding|investments?|dollars)\s+aside\b|(?:외에|외엔|말고|빼고|제외하고|이외)/u;
/**
 * The money itself set aside: "besides the cash", "other than funding", "money aside", "돈 말고",
 * "투자 빼고", "현금 외에". Read only after MONEY_SET_ASIDE, which most questions fail.
 */
const MONEY_NAMED_ASIDE =
  /\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond|excluding|not counting|outside of)\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?)?(?:money|cash|funding|funds|investments?|dollars|capital|checks?)\b|\b(?:money|cash|funding|investments?|dollars)\s+aside\b|(?:돈|현금|자금|투자금|투자액|투자)\s?(?:은|는)?\s?(?:외에|외엔|말고|말구|빼고|제외하고|이외)/u;
/**
 * Asked with no getting word, only the cash itself set aside restricts the answer ("돈 말고 기술
 * 쪽으로"): "besides the investment" leaves the money going the other way ("투자 말고 반대로 가는
 * 돈"), and money asked besides ("pay", "흐름", "구매") is asked, not set aside.
 */
const CASH_NAMED_ASIDE =
  /\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond|excluding|not counting|outside of)\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?)?(?:money|cash|funding|funds|dollars|capital)\b|\b(?:money|cash|funding|dollars)\s+aside\b|(?:돈|현금|자금|투자금)\s?(?:은|는)?\s?(?:외에|외엔|말고|말구|빼고|제외하고|이외)/u;
const MONEY_ASKED_TOO =
  /\b(?:pay\w*|paid|spend\w*|spent|flows?|revenue|buy\w*|bought|purchas\w*|direction)\b|흐름|지불|(?<!\p{Script=Hangul})(?:내는|사는)|매출|구매|방향|돈도/u;
/** A "what" asked: "what", "뭐", "뭘", "무엇", "무슨", "어떤". */
const WHAT_ASKED = /\bwhat\b|뭐|뭘|뭔|무엇|무슨|어떤/u;
/** Another thing asked, which these facts do not answer: an amount, a reason, a time, a person. */
const OTHER_ASK =
  /\bhow much\b|\bhow many\b|\bwhy\b|\bwhen\b|\bwho\b|\bvaluation\b|\bworth\b|얼마|몇|왜|언제|누가|누구|가치|밸류/u;
/** Getting something: "get", "gain", "receive", "walk away with", "얻", "받", "챙기". */
const GETS =
  /\b(?:gets?|getting|got|gain\w*|receiv\w*|obtain\w*|(?:walk|walks|walking|walked|come|comes|came) away with)\b|얻|받|챙기/u;
/** A Korean name marked as where something comes from: "앤트로픽으로부터", "엔비디아한테서". */
const KOREAN_GIVER = /(?:으로부터|로부터|에서|한테서|에게서|한테|에게)$/u;
/** An English name after "from" or "out of". */
const ENGLISH_GIVER = /\b(?:from|out of)\s+(?:the\s+)?$/u;

/**
 * The facts that answer what the receiver gets from the giver beside money, or undefined when
 * the question is not of that shape or no such fact joins the two.
 */
export function getsBesidesMoney(
  knowledge: Knowledge,
  /** The question as read: the parties' positions are in it. */
  normalized: string,
  /** As written: the glossary may have turned "얻는 게 뭐", "get out of" into a motive. */
  written: string,
  /** Read only when the words ask it: most questions never need it here. */
  scopeOf: () => QuestionScope,
  confirmation: boolean,
): Fact[] | undefined {
  const asWritten = written.toLowerCase();
  if (confirmation || !MONEY_SET_ASIDE.test(asWritten)) return undefined;
  if (!GETS.test(asWritten)) {
    if (!CASH_NAMED_ASIDE.test(asWritten) || MONEY_ASKED_TOO.test(asWritten)) return undefined;
    return moneyNamedAside(knowledge, asWritten, scopeOf, 2);
  }
  const scope = scopeOf();
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  const parties = scope.entities.filter((entity) => knowledge.scope.names.has(entity.id));
  const [first, second] = parties;
  // "돈 말고 마소가 얻는 게 뭐야?": one party, what it gets from the others.
  if (!second) return moneyNamedAside(knowledge, asWritten, () => scope);
  if (!first || parties.length !== 2 || first.id === second.id) return undefined;
  const givesFirst = isGiver(normalized, first);
  const givesSecond = isGiver(normalized, second);
  // No giver marked: "besides the cash, what does Microsoft get out of backing Anthropic?" is
  // asked of the two all the same when the money itself is named as set aside.
  if (givesFirst === givesSecond) {
    return givesFirst ? undefined : moneyNamedAside(knowledge, asWritten, () => scope);
  }
  const [receiver, giver] = givesFirst ? [second, first] : [first, second];
  const joining = factsJoining(knowledge, receiver.id, giver.id);
  return joining.length > 0 ? joining : undefined;
}

/**
 * With the money itself named as set aside and a "what" asked: the facts joining the parties
 * named, one party with each other flow party, or, none named, each pair of the flows' parties.
 */
function moneyNamedAside(
  knowledge: Knowledge,
  asWritten: string,
  scopeOf: () => QuestionScope,
  /** How many parties must be named: with no getting word, one at least. */
  fewest = 0,
): Fact[] | undefined {
  if (!MONEY_NAMED_ASIDE.test(asWritten) || !WHAT_ASKED.test(asWritten)) return undefined;
  if (OTHER_ASK.test(asWritten)) return undefined;
  const scope = scopeOf();
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  const named = [
    ...new Set(
      scope.entities.map((entity) => entity.id).filter((id) => knowledge.scope.names.has(id)),
    ),
  ];
  if (named.length > 2 || named.length < fewest) return undefined;
  const flowParties = partiesOfFlows(knowledge);
  const pairs: [string, string][] =
    named.length === 2
      ? [[named[0] as string, named[1] as string]]
      : flowParties.flatMap((one, at) =>
          flowParties
            .slice(at + 1)
            .map((other): [string, string] => [one, other])
            .filter((pair) => named.length === 0 || pair.includes(named[0] as string)),
        );
  const found = new Set(pairs.flatMap(([one, other]) => factsJoining(knowledge, one, other)));
  return found.size > 0 ? [...found] : undefined;
}

/** Every party a flow runs from or to, in the flows' order. */
const partiesOfFlows = oncePerKnowledge((knowledge: Knowledge): readonly string[] => [
  ...new Set(knowledge.flows.flows.flatMap((flow) => [flow.from, flow.to])),
]);

/** The facts that join two parties beside the money (a partnership, a product made available). */
export function factsJoining(knowledge: Knowledge, one: string, other: string): Fact[] {
  const money = moneyFacts(knowledge);
  return knowledge.facts.filter(
    (fact) => fact.kind !== "correction" && !money.has(fact.id) && crosses(fact, one, other),
  );
}

export function isGiver(text: string, entity: NamedEntity): boolean {
  const at = writtenPosition(text, entity);
  const word = wordAt(text, at);
  return /\p{Script=Hangul}/u.test(word)
    ? KOREAN_GIVER.test(word)
    : ENGLISH_GIVER.test(text.slice(Math.max(0, at - 9), at));
}

/** One party among the fact's subjects and the other among its objects, either way. */
function crosses(fact: Fact, one: string, other: string): boolean {
  const subject = fact.subject as readonly string[];
  const object = (fact.object ?? []) as readonly string[];
  return (
    (subject.includes(one) && object.includes(other) && !subject.includes(other)) ||
    (subject.includes(other) && object.includes(one) && !subject.includes(one))
  );
}

/** The facts about money: each flow's, any of a flow's relation, any with a dollar figure. */
const moneyFacts = oncePerKnowledge(findMoneyFacts);

function findMoneyFacts(knowledge: Knowledge): ReadonlySet<string> {
  const flowFacts = new Set(knowledge.flows.flows.map((flow) => flow.fact));
  const relations = new Set(
    knowledge.facts.filter((fact) => flowFacts.has(fact.id)).map((fact) => fact.relation),
  );
  return new Set(
    knowledge.facts
      .filter(
        (fact) =>
          flowFacts.has(fact.id) || relations.has(fact.relation) || fact.figure?.unit === "USD",
      )
      .map((fact) => fact.id),
  );
}
