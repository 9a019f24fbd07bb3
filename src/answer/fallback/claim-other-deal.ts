/**
 * A claim that this deal is the same as another pair's ("Isn't this just the Microsoft-OpenAI
 * deal again?", "이번 건 MS가 오픈AI에 투자한 거랑 같은 딜이지?", "basically a rerun of Microsoft's
 * OpenAI investment, right?"): a party the story knows but that is none of its main parties is
 * named as the deal's other side. The facts say what this deal is: a no with the main parties'
 * joint sum (who pays it, and into whom). Denied ("this isn't the same as the OpenAI deal,
 * right?"), the same fact is a yes. Language-level patterns only: the parties come from the
 * manifest and the facts.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { type ConfirmationVerdict, claimDenies } from "./confirm.ts";
import { mainParties } from "./main-parties.ts";
import type { QuestionScope } from "./scope.ts";

/**
 * The deal being asked about as the claim's subject: "this (deal)", "it's", "이번 건", "이번 딜",
 * "이거", "이 거래".
 */
const THIS_DEAL_SUBJECT =
  /^(?:(?:so|and|but|wait|ok|okay|hmm|then|isn't|is|wasn't|was|basically)\s+)*(?:this|it|that|it's|this's|today's|the new|the latest)\b|^(?:그러니까\s|그럼\s|결국\s)*(?:이번|이거|이건|이게|이것|이\s(?:딜|거래|건|투자|계약|발표|뉴스))/u;

/**
 * The same as another, or that one again: "same", "again", "rerun", "rehash", "copy", "part two",
 * "같은", "똑같", "재탕", "반복", "판박이", "복붙".
 */
const SAME_AS =
  /\b(?:same|again|rerun|re-run|rehash\w*|repeat|redo|copy|carbon copy|part (?:2|two|ii)|sequel|remake|all over)\b|같은|똑같|재탕|반복|판박이|복붙|복사판|재방송|또 하나의/u;

/** "different from", "다른", "별개": a contrast, which this check does not read. */
const DIFFERENT =
  /\b(?:different|differs?|unlike|separate|distinct|unrelated)\b|다른|다르|별개|별도|\bsame (?:size|amount|scale|price|figure|number|valuation|level|magnitude|ballpark)\b|같은 (?:규모|금액|액수|크기|수준)|규모/u;

/** Sums paid into a main party by several main parties: what the deal is, most payers first. */
const jointSums = oncePerKnowledge((knowledge: Knowledge): readonly Fact[] => {
  const main = mainParties(knowledge);
  return knowledge.facts
    .filter(
      (fact) =>
        fact.kind !== "correction" &&
        fact.figure?.unit === "USD" &&
        fact.subject.length >= 2 &&
        fact.subject.every((id) => main.has(id)) &&
        (fact.object ?? []).some((id) => main.has(id)),
    )
    .sort((a, b) => b.subject.length - a.subject.length);
});

/** The verdict on a claim that this deal is another pair's, or undefined for anything else. */
export function otherDealClaimed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  if (!analysis.asksToConfirm) return undefined;
  const main = mainParties(knowledge);
  // A party the story knows (a fact names it), none of the deal's own: the other deal's side.
  const side = scope.entities.find(
    (entity) => !entity.outside && entity.id !== "article" && !main.has(entity.id),
  );
  // An outside company named beside ("Oracle's contract with OpenAI…") is its own story.
  if (!side || scope.entities.some((entity) => entity.outside)) return undefined;
  const text = analysis.normalized;
  if (!SAME_AS.test(text) || DIFFERENT.test(text) || !THIS_DEAL_SUBJECT.test(text)) {
    return undefined;
  }
  // A figure claimed is checked as such (a sum put on the wrong party).
  if (analysis.terms.some((term) => term.kind === "amount")) return undefined;
  if (
    !knowledge.facts.some(
      (fact) => fact.subject.includes(side.id) || fact.object?.includes(side.id),
    )
  ) {
    return undefined;
  }
  const [fact] = jointSums(knowledge);
  if (!fact) return undefined;
  return { agrees: claimDenies(text), facts: [fact], reversed: false };
}
