/**
 * "Is Amazon paying Anthropic anything for Claude?", "What's Google Cloud paying Anthropic to host
 * Claude?", "구글이 앤트로픽한테 돈 줘?": money asked to go between two parties that no flow of
 * the knowledge joins, either way. Whatever else the knowledge says of them (Claude is on both
 * clouds) does not answer who pays whom; the payment is not covered.
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { NamedEntity, NotCovered, QuestionScope } from "./scope.ts";

/** A payment, in either language: "pay(s/ing)", "paid", "돈 내", "돈 줘", "지불". */
const PAYMENT =
  /\b(?:pay|pays|paying|paid)\b|지불|지급|돈(?:을|은)?\s?(?:내|낸|냄|줘|줌|주|준|받)|(?:내는|주는|받는)\s?돈/u;

/** What the answer says it lacks. */
const PAYMENT_LABEL = { id: "payment", label: { ko: "돈 거래", en: "payments" }, forms: [] };

/**
 * The two parties named first, when the text asks about money between them and no flow joins
 * them (and one of them is not one of the story's main companies), as not covered.
 */
export function paymentBetweenNotCovered(
  knowledge: Knowledge,
  scope: QuestionScope,
  text: string,
): NotCovered | undefined {
  if (!PAYMENT.test(text)) return undefined;
  const parties = scope.entities.filter((entity) => !entity.outside && entity.id !== "article");
  if (parties.length < 2) return undefined;
  const [a, b] = parties as [NamedEntity, NamedEntity];
  const main = knowledge.manifest.entities;
  if (main.some((entity) => entity.id === a.id) && main.some((entity) => entity.id === b.id)) {
    return undefined;
  }
  // A flow's parties are its payer and payee, and those its fact names ("Azure" for Microsoft).
  const joined = knowledge.flows.flows.some((flow) => {
    const fact = factOfFlow(knowledge, flow);
    const parties = [flow.from, flow.to, ...(fact?.subject ?? []), ...(fact?.object ?? [])];
    return parties.includes(a.id) && parties.includes(b.id);
  });
  return joined ? undefined : { entities: [a, b], relation: PAYMENT_LABEL, covered: [] };
}
