/**
 * "What is Anthropic buying?", "what does microsoft purchase?", "앤트로픽은 뭘 구매해?": what the
 * party named buys. Read by its words alone, "buy" finds any purchase, another party's included;
 * the buyer is the party asked, so only the facts with it as subject, of a relation some purchase
 * flow rests on (Azure compute, a commitment to spend on systems), answer. Asked of a seller too
 * ("from NVIDIA", "엔비디아한테"), the question names the flow: the flows answer it (buys-from-asked
 * and the direction rules), with the arrow from buyer to seller.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import { sellerMarkedEn, sellerMarkedKo } from "./buys-from-asked.ts";
import type { QuestionScope } from "./scope.ts";

/** Buying: the cheap test before anything else. */
const BUYS = /\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing))\b|구매|구입/u;
/** The cheapest test: a word of buying is in the question at all. */
function mayBuy(text: string): boolean {
  return (
    text.includes("buy") ||
    text.includes("bought") ||
    text.includes("purchas") ||
    text.includes("구매") ||
    text.includes("구입")
  );
}
/** What is asked, as the thing itself: "what is", "what does", "뭐", "뭘", "무엇". */
const WHAT =
  /\bwhat(?:'s| (?:does|do|did|will|would|is|are|was|were|has|have))\b|뭐|뭘|무엇|무슨|어떤/u;
/** Another thing asked: an amount, a reason, a yes or no, a comparison. */
const OTHER_ASK =
  /\bhow much\b|\bhow many\b|\bwhy\b|\bwho\b|\bwhom\b|\bwhen\b|\bfor how\b|얼마|몇|왜|누가|누구|언제/u;

/** The facts that say what the party asked buys, or undefined when not of that shape. */
export function whatPartyBuys(
  knowledge: Knowledge,
  /** The question as read: the parties' positions are in it. */
  normalized: string,
  scopeOf: () => QuestionScope,
  confirmation: boolean,
): Fact[] | undefined {
  if (confirmation || !mayBuy(normalized)) return undefined;
  if (!BUYS.test(normalized) || !WHAT.test(normalized)) return undefined;
  if (OTHER_ASK.test(normalized)) return undefined;
  const scope = scopeOf();
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  const buyers = purchaseSubjects(knowledge);
  const parties = scope.entities.filter((entity) => knowledge.scope.names.has(entity.id));
  // A seller named: the flow rules answer, with the arrow from buyer to seller.
  const sellerNamed = parties.some(
    (party) =>
      sellerMarkedKo(normalized, party.position) || sellerMarkedEn(normalized, party.position),
  );
  if (sellerNamed) return undefined;
  const [buyer] = parties;
  if (!buyer || parties.some((party) => party.id !== buyer.id)) return undefined;
  if (!buyers.has(buyer.id)) return undefined;
  const relations = purchaseRelations(knowledge);
  const facts = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      fact.relation !== undefined &&
      relations.has(fact.relation) &&
      (fact.subject as readonly string[]).includes(buyer.id),
  );
  return facts.length > 0 ? facts : undefined;
}

/** The relations some purchase flow's fact has. */
const purchaseRelations = oncePerKnowledge((knowledge: Knowledge): ReadonlySet<string> => {
  const facts = new Set(
    knowledge.flows.flows.filter((flow) => flow.purchase).map((flow) => flow.fact),
  );
  return new Set(
    knowledge.facts.filter((fact) => facts.has(fact.id)).flatMap((fact) => fact.relation ?? []),
  );
});

/** The parties that are subjects of a purchase relation's facts: the buyers there are. */
const purchaseSubjects = oncePerKnowledge((knowledge: Knowledge): ReadonlySet<string> => {
  const relations = purchaseRelations(knowledge);
  return new Set(
    knowledge.facts
      .filter(
        (fact) =>
          fact.kind !== "correction" && fact.relation !== undefined && relations.has(fact.relation),
      )
      .flatMap((fact) => fact.subject as readonly string[]),
  );
});
