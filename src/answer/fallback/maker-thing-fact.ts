/**
 * "엔비디아 H100으로 돌리는 거 맞지?", "Anthropic runs on Nvidia H100s, right?": a product name the
 * facts do not give, written right after its maker. The slot it is claimed for is the one the
 * facts fill with a thing of that same maker (the glossary's `owner` entries: "blackwell" is
 * NVIDIA's), so that fact is the one to answer with, not the maker's first-ranked fact (its
 * investment).
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { ownersOf } from "./claim-maker.ts";
import { factText } from "./claim-marks.ts";
import type { QuestionScope } from "./scope.ts";

/** How far (in characters) the maker's name may stand before the product's: "nvidia h100s". */
const MAKER_GAP = 16;

/** Owner entity -> the lower-cased forms of the things it owns, built once. */
const thingsOf = oncePerKnowledge((knowledge): ReadonlyMap<string, readonly string[]> => {
  const owners = ownersOf(knowledge);
  const map = new Map<string, string[]>();
  for (const concept of knowledge.concepts) {
    const owner = owners.get(concept.id);
    if (!owner) continue;
    const forms = map.get(owner) ?? [];
    for (const form of concept.forms) if (form.length >= 3) forms.push(form.toLowerCase());
    map.set(owner, forms);
  }
  return map;
});

/** The first candidate that names a thing of the maker written right before `name`. */
export function factOfMakersThing(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  name: string,
  candidates: readonly Fact[],
): Fact | undefined {
  const at = analysis.normalized.indexOf(name);
  if (at < 0) return undefined;
  let maker: QuestionScope["entities"][number] | undefined;
  for (const entity of scope.entities) {
    if (entity.outside || entity.position >= at || at - entity.position > MAKER_GAP) continue;
    if (!maker || entity.position > maker.position) maker = entity;
  }
  const things = maker ? thingsOf(knowledge).get(maker.id) : undefined;
  if (!things || things.length === 0) return undefined;
  return candidates.find((fact) => {
    const text = factText(fact);
    return things.some((form) => text.includes(form));
  });
}
