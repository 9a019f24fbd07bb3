/**
 * "What does Anthropic get from NVIDIA besides money?", "MS가 앤트로픽으로부터 얻는 것은? 클라우드
 * 매출 외에요": what one party gets from another, money set aside. The facts that join the two
 * across a fact's sides (one the subject, the other the object: a partnership, a product made
 * available) answer it; the money (the flows' facts, facts of a flow's relation or with a dollar
 * figure) and the corrections do not.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";
import { wordAt } from "./word-at.ts";
import { writtenPosition } from "./written-position.ts";

/** Money set aside: "besides money", "apart from the Azure money", "돈 말고", "매출 외에". */
export const MONEY_SET_ASIDE =
  /\b(?:besides|apart from|aside from|other than|except(?: for)?|beyond|excluding|not counting)\b|(?:외에|외엔|말고|빼고|제외하고|이외)/u;
/** Getting something: "get", "gain", "receive", "얻", "받", "챙기". */
const GETS = /\b(?:gets?|getting|got|gain\w*|receiv\w*|obtain\w*)\b|얻|받|챙기/u;
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
  if (confirmation || !MONEY_SET_ASIDE.test(asWritten) || !GETS.test(asWritten)) {
    return undefined;
  }
  const scope = scopeOf();
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  const parties = scope.entities.filter((entity) => knowledge.scope.names.has(entity.id));
  const [first, second] = parties;
  if (!first || !second || parties.length !== 2 || first.id === second.id) return undefined;
  const givesFirst = isGiver(normalized, first);
  const givesSecond = isGiver(normalized, second);
  if (givesFirst === givesSecond) return undefined;
  const [receiver, giver] = givesFirst ? [second, first] : [first, second];
  const joining = factsJoining(knowledge, receiver.id, giver.id);
  return joining.length > 0 ? joining : undefined;
}

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
