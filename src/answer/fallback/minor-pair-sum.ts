/** A sum asked of a pair of parties no fact joins: that pair's own deal, which the knowledge lacks. */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import { isFigureOfAFact } from "./figure-key.ts";
import { mainParties } from "./main-parties.ts";
import { involves, type QuestionScope } from "./scope.ts";

/**
 * "오픈AI랑 엔비디아 1000억 달러 딜은?": a sum of money no fact has (a million or more), written
 * beside a party the story knows but that is none of its main parties and that no fact joins to
 * the other party named, is that pair's own deal's figure, asked of them.
 */
export function minorPairSum(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): boolean {
  const main = mainParties(knowledge);
  const named = scope.entities.filter((entity) => !entity.outside && entity.id !== "article");
  if (named.length !== 2) return false;
  const minor = named.find((entity) => !main.has(entity.id));
  const other = named.find((entity) => entity !== minor);
  if (!minor || !other || !main.has(other.id)) return false;
  const joined = knowledge.facts.some(
    (fact) => involves(fact, minor.id) && involves(fact, other.id),
  );
  return (
    !joined &&
    analysis.terms.some(
      (term) =>
        term.kind === "amount" &&
        /^\d{7,}$/u.test(term.text) &&
        !isFigureOfAFact(knowledge, term.text),
    )
  );
}
