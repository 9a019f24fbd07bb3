/**
 * The next leg of the money: "where does the money go after Anthropic pays Microsoft?", "once A
 * pays B, what happens to the money?", "앤트로픽이 마소에 돈 내면 그 돈은 어디로 가?". One payment
 * is named, payer first; what is asked is where its payee's money goes on from there: the payee's
 * own payments (not back to the payer), and the loop when the named payment is one of its steps.
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import type { Answer } from "../types.ts";
import { flowStep } from "./shapes.ts";
import { composeAnswer } from "./text.ts";

/** A payment named in English, payer then payee: "after A pays B", "once A has paid B". */
const PAID_EN =
  "\\b(?:after|once|when|if)\\s+(?:the\\s+)?[\\p{L}\\d]+(?:\\s+(?:has|had|have))?\\s+(?:pays?|paid|gives?|gave|given|sends?|sent|hands?|handed|transfers?|transferred|wires?|wired|invests?\\s+in|invested\\s+in)\\b(?:\\s+(?:the|its|that|this|all)(?:\\s+(?:the|that))?\\s+(?:money|cash|funds?))?(?:\\s+(?:to|over\\s+to))?\\s+[\\p{L}\\d]+";
/** Where that money goes: "where does the money go", "what happens to it", "where next". */
const WHERE_EN =
  "\\bwhere\\s+(?:does|do|did|will|would|is|'s)\\s+(?:the\\s+|that\\s+|this\\s+|all\\s+(?:the\\s+|that\\s+)?)?(?:money|cash|funds?|it|they)\\b(?:\\s+\\w+){0,3}?\\s+(?:go|goes|going|flow|flows|flowing|head|heads|heading|end\\s+up|move|moves)\\b|\\bwhat\\s+happens\\s+(?:to|with)\\s+(?:the\\s+|that\\s+|this\\s+)?(?:money|cash|funds?|it)\\b|\\bwhere\\s+(?:does|do|will)\\s+it\\s+go\\s+(?:next|from\\s+there|after\\s+that)\\b|\\bwho\\s+(?:gets|receives)\\s+(?:it|the\\s+money|that\\s+money)\\s+(?:next|after\\s+that)\\b";
/**
 * A payment named in Korean, payer then payee, as a condition or a time before ("A가 B에 돈 내면",
 * "A가 B한테 지불한 다음", "A가 B에 낸 돈은").
 */
const PAID_KO =
  "\\S+(?:이|가|은|는)\\s\\S+?(?:에게|한테|께|에)\\s(?:(?:돈|대금|금액|\\S+값)(?:을|를|이)?\\s)?(?:(?:내|주|지불하|지급하|보내|송금하)(?:면|고\\s?나면|고\\s?나서|고\\s?난\\s(?:뒤|후|다음))|(?:낸|준|지불한|지급한|보낸|송금한)\\s(?:뒤|후|다음|이후|돈))";
/** Where it goes on: "어디로 가", "어디에 써", "그 다음엔", "어떻게 돼". */
const WHERE_KO =
  "어디로|어디에\\s?(?:써|쓰|가|들어)|어디\\s?가|(?:그\\s?)?다음(?:엔|에는|은)?\\s\\S*(?:누구|어디)|어떻게\\s?(?:돼|되|쓰)";

const NEXT_LEG = new RegExp(
  `(?<paid>${PAID_EN}).*(?:${WHERE_EN})|(?:${WHERE_EN}).*(?<paid2>${PAID_EN})|(?<paid3>${PAID_KO}).*(?:${WHERE_KO})`,
  "u",
);

/**
 * Where the payment a question names starts, when the question asks where its money goes next;
 * undefined otherwise. A cheap word test first: no payment word, no regular expression run.
 */
export function nextLegAsked(normalized: string): number | undefined {
  if (!CHEAP.test(normalized)) return undefined;
  const match = NEXT_LEG.exec(normalized);
  if (!match?.groups) return undefined;
  const paid = match.groups.paid ?? match.groups.paid2 ?? match.groups.paid3;
  if (paid === undefined) return undefined;
  return normalized.indexOf(paid, match.index);
}
const CHEAP = /where|happens|gets|receives|어디|다음|어떻게/u;

/**
 * The payee's own payments onward (not back to the payer), and the loop when payer → payee is
 * one of its steps; undefined when the payee pays no one else.
 */
export function nextLegAnswer(
  knowledge: Knowledge,
  language: Language,
  payer: string,
  payee: string,
): Answer | undefined {
  const { flows, loop } = knowledge.flows;
  const onward = flows.filter(
    (flow) => flow.from === payee && flow.to !== payer && flow.kind !== "compute",
  );
  if (onward.length === 0) return undefined;
  const step = loop?.path.findIndex((id, at) => id === payer && loop.path[at + 1] === payee);
  const onLoop = loop !== undefined && step !== undefined && step >= 0;
  // The loop closes on its first party: after its last step comes its first again.
  const next = onLoop
    ? loop.path[(((step as number) + 1) % (loop.path.length - 1)) + 1]
    : undefined;
  // The loop's own next step first.
  const legs = [...onward].sort((a, b) => Number(b.to === next) - Number(a.to === next));
  const loopFact = onLoop ? factOfFlow(knowledge, loop) : undefined;
  const facts: Fact[] = legs.flatMap((flow) => {
    const fact = factOfFlow(knowledge, flow);
    return fact ? [fact] : [];
  });
  if (loopFact) facts.push(loopFact);
  const quoted = facts
    .flatMap((fact) => (fact.quote ? sentencesHolding(knowledge, fact.quote) : []))
    .filter(
      (quote, at, all) =>
        all.findIndex((other) => other.sentence.index === quote.sentence.index) === at,
    )
    .slice(0, 2);
  const steps = legs.map((flow) => flowStep(knowledge, language, flow)).join("; ");
  const head = `${steps}.${loopFact ? ` ${loopFact.statement[language]}` : ""}`;
  return composeAnswer(knowledge, language, facts, quoted, head);
}
