/**
 * A claim written as a path of money ("순환 투자가 앤트로픽→마소→엔비디아→앤트로픽 고리 맞아?",
 * "Anthropic -> Microsoft -> NVIDIA, right?"): each step, one party to the next, must be a flow
 * of the knowledge (flows.json), in that direction. Yes with the loop's fact when the path is
 * the loop; else yes with the steps' facts, or no with the first step that is not a flow.
 */

import { factOfFlow } from "../../knowledge/flow-fact.ts";
import { flowParties } from "../../knowledge/flow-parties.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { hasQuestionWord } from "../../search/confirmation.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { ARROW, ARROWS } from "./arrows.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import type { QuestionScope } from "./scope.ts";

export function checkPathClaim(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  // "nvda + msft -> anthropic, how much in total?" asks for something along the path.
  if (!ARROW.test(text) || hasQuestionWord(text)) return undefined;
  const arrows = matchesOf(ARROWS, text).map((match) => match.index ?? 0);
  const { flows, loop } = knowledge.flows;
  const parties = flowParties(knowledge);
  // The parties in the order written (a name written twice, "앤트로픽→…→앤트로픽", both times).
  const path: string[] = [];
  let from = 0;
  for (const end of [...arrows, text.length]) {
    const segment = text.slice(from, end);
    const named = scope.entities.filter(
      (entity) => parties.has(entity.id) && namedIn(segment, entity.name, knowledge, entity.id),
    );
    // "nvda + msft -> anthropic": several at one step is no path of one party to the next.
    if (new Set(named.map((entity) => entity.id)).size > 1) return undefined;
    const last = named.at(-1);
    const first = named[0];
    // Before the first arrow the party written last; after it, the one written first.
    const party = path.length === 0 ? last : first;
    if (!party) return undefined;
    path.push(party.id);
    from = end;
  }
  if (path.length < 2) return undefined;
  const facts: Fact[] = [];
  for (let at = 0; at + 1 < path.length; at++) {
    const step = flows.find((flow) => flow.from === path[at] && flow.to === path[at + 1]);
    const fact = knowledge.facts.find((candidate) => candidate.id === step?.fact);
    if (!step || !fact) {
      const back = flows.find((flow) => flow.from === path[at + 1] && flow.to === path[at]);
      const shown = knowledge.facts.find((candidate) => candidate.id === back?.fact);
      return { agrees: false, facts: shown ? [shown] : facts.slice(0, 1), reversed: !!back };
    }
    facts.push(fact);
  }
  const loopFact = loop && sameCycle(loop.path, path) ? factOfFlow(knowledge, loop) : undefined;
  return { agrees: true, facts: loopFact ? [loopFact] : [...new Set(facts)], reversed: false };
}

/** Whether the text names the party (its concept's forms, or its display names). */
function namedIn(
  segment: string,
  name: { en: string; ko: string },
  knowledge: Knowledge,
  id: string,
): boolean {
  const concept = knowledge.concepts.find((candidate) => candidate.entity === id);
  const forms = [name.en.toLowerCase(), name.ko, ...(concept?.forms ?? [])];
  return forms.some((form) => form.length >= 2 && segment.includes(form.toLowerCase()));
}

/** Whether two closed paths are the same cycle, from whichever party they start. */
function sameCycle(loop: readonly string[], path: readonly string[]): boolean {
  if (loop.length !== path.length || path[0] !== path.at(-1)) return false;
  const ring = loop.slice(0, -1);
  const claimed = path.slice(0, -1);
  return ring.some((_, shift) =>
    claimed.every((id, at) => id === ring[(at + shift) % ring.length]),
  );
}
