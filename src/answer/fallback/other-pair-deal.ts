/**
 * Another pair's deal held up against this one: "How does NVIDIA's deal with OpenAI compare to
 * this one?", "openai's deal w/ nvda, same size?", "엔비디아랑 오픈AI 딜이랑 비교하면?". When no
 * fact or money flow of the knowledge joins the two parties named, that deal is not covered, and
 * the comparison with it is not either: answering with this deal's facts would pass them off as
 * the other's. Language-level patterns only: the parties come from the question's scope.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";

/** A name as the patterns below read it: a word, with dots, digits and dashes ("x.ai", "a16z"). */
const NAME = String.raw`([\p{L}\d.&-]+)`;
const DEAL = "(?:deal|agreement|partnership|investment|pact|tie-up|contract|arrangement)";

/**
 * "A's deal with B", "A's B deal", "the deal between A and B", "A랑 B 딜", "A의 B 투자", "A B 딜".
 */
const PAIR_DEALS: readonly RegExp[] = [
  new RegExp(
    `${NAME}(?:'s|s'|’s)\\s+(?:(?:own|big|huge|latest|new|recent|earlier|previous|old)\\s+)?${DEAL}\\s+(?:with|w/|in|into)\\s+${NAME}`,
    "u",
  ),
  new RegExp(`${NAME}(?:'s|s'|’s)\\s+${NAME}\\s+${DEAL}`, "u"),
  new RegExp(`${DEAL}\\s+between\\s+${NAME}\\s+and\\s+${NAME}`, "u"),
  /(\S+?)(?:이랑|랑|와|과|하고)\s(\S+?)(?:의|이|가)?\s?(?:딜|계약|거래|파트너십|제휴|투자)/u,
  /(\S+?)의\s(\S+?)\s?(?:딜|계약|거래|투자)/u,
  /(\S+)\s(\S+?)(?:의|이|가)?\s?(?:딜|계약|거래|파트너십|제휴)/u,
];

/** Words that hold one thing against another. */
const COMPARED =
  /\b(?:compare[sd]?|comparing|comparison|vs\.?|versus|similar|bigger|smaller|larger|same (?:size|structure|scale|terms|as))\b|비교|비해|보다|비슷|같은 ?(?:규모|구조|조건)/u;

/** The two parties of another deal compared, when nothing the knowledge has joins them. */
export function otherPairDealCompared(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): readonly NamedEntity[] | undefined {
  const text = analysis.normalized;
  if (!COMPARED.test(text)) return undefined;
  for (const pattern of PAIR_DEALS) {
    const found = pattern.exec(text);
    if (!found?.[1] || !found[2]) continue;
    const first = entityAt(scope, found.index, found[1]);
    const secondAt = found.index + found[0].indexOf(found[2], found[1].length);
    const second = entityAt(scope, secondAt, found[2]);
    if (!first || !second || first.id === second.id) continue;
    if (first.outside || second.outside) return undefined;
    return joined(knowledge, first.id, second.id) ? undefined : [first, second];
  }
  return undefined;
}

/** The party named at that place, or (where places are not read) the one its name spells. */
function entityAt(scope: QuestionScope, start: number, name: string): NamedEntity | undefined {
  const placed = scope.entities.filter(
    (entity) => entity.position >= start && entity.position < start + name.length,
  );
  if (placed.length === 1) return placed[0];
  const word = name.toLowerCase();
  return scope.entities.find((entity) =>
    [entity.name.en, entity.name.ko].some((spelled) => {
      const lower = spelled.toLowerCase();
      return word.includes(lower) || (word.length >= 2 && lower.includes(word));
    }),
  );
}

/** Whether a fact (not a correction) or a money flow joins the two parties. */
function joined(knowledge: Knowledge, a: string, b: string): boolean {
  const pairs = (one: readonly string[], other: readonly string[]) =>
    (one.includes(a) && other.includes(b)) || (one.includes(b) && other.includes(a));
  return (
    knowledge.facts.some(
      (fact) => fact.kind !== "correction" && pairs(fact.subject, fact.object ?? []),
    ) || knowledge.flows.flows.some((flow) => pairs([flow.from], [flow.to]))
  );
}
