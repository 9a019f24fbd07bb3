/**
 * "Why would NVIDIA fund its own customer?", "why would Microsoft invest in a company that then
 * buys its cloud?", "엔비디아는 왜 자기 칩 살 회사한테 돈을 대?": why one party puts money into
 * another that buys from it. The money both ways between the two (the stake, and what comes back
 * as purchases, from `flows.json`) leads; the article's reading of the motive is quoted after.
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { QuestionScope } from "./scope.ts";

/**
 * The one funded said to buy back from the funder: "its own customer", "a company that then buys
 * its chips", "spend $30B with it", "pays Microsoft back", "자기 고객", "칩 사 줄 회사".
 */
const BUYS_BACK = new RegExp(
  [
    String.raw`\b(?:its|their) (?:own )?(?:customers?|clients?|buyers?)\b`,
    String.raw`\b(?:then|turns? (?:a)?round and|(?:is|are) going to|will|that|which|who)\b[^?.!]{0,30}\b(?:buy|buys|buying|spend|spends|spending|pay|pays|paying)\b`,
    String.raw`\bpays? \w+ back\b`,
    "(?:자기|지|자사|제) ?(?:고객|칩 ?사)|(?:사 ?줄|살|사는) (?:회사|고객|곳)",
  ].join("|"),
  "u",
);

/** The funder's stake and what the funded buys back from it, or undefined when not so asked. */
export function fundedCustomerFacts(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): Fact[] | undefined {
  if (!analysis.asksForReason || analysis.asksToConfirm) return undefined;
  if (!BUYS_BACK.test(analysis.normalized)) return undefined;
  const named = new Set(
    scope.entities.filter((entity) => !entity.outside).map((entity) => entity.id),
  );
  const { flows } = knowledge.flows;
  // A stake one way and a purchase back, between parties the question names (the funded one may
  // go unnamed: "its own customer").
  const pairs = flows.flatMap((stake) => {
    if (stake.purchase || !named.has(stake.from)) return [];
    const back = flows.filter(
      (flow) => flow.purchase && flow.from === stake.to && flow.to === stake.from,
    );
    return back.length > 0 ? [{ stake, back }] : [];
  });
  const [pair, ...more] = pairs;
  if (!pair || more.length > 0) return undefined;
  const facts = [pair.stake, ...pair.back].flatMap((flow) => {
    const fact = factOfFlow(knowledge, flow);
    return fact ? [fact] : [];
  });
  return facts.length > 0 ? facts : undefined;
}
