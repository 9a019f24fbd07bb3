/**
 * A role one party holds toward another claimed of a third: "Is Google the main cloud?", "구글이
 * 주요 클라우드야?". The role is a relation named by its own words (not a concept shared with
 * other relations: "cloud" alone is also where Claude is offered), held in one fact by one party
 * toward one other. A party named that the fact leaves out is claimed in the holder's place: a
 * no, with the fact. Language-level only: the roles and their words come from the knowledge.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact, Relation } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import { involves, type QuestionScope } from "./scope.ts";

interface Role {
  readonly relation: Relation;
  readonly fact: Fact;
}

/** Relations held in exactly one fact, by one party toward one other. */
const roles = oncePerKnowledge((knowledge: Knowledge): readonly Role[] =>
  knowledge.scope.relations.flatMap((relation) => {
    const facts = knowledge.facts.filter(
      (fact) => fact.kind !== "correction" && fact.relation === relation.id,
    );
    const [fact] = facts;
    return facts.length === 1 &&
      fact &&
      fact.subject.length === 1 &&
      fact.object?.length === 1 &&
      relation.forms.length > 0
      ? [{ relation, fact }]
      : [];
  }),
);

const LETTER = /[\p{L}\p{N}]/u;

/** Whether a form stands in the text as words of its own (Korean: at a word's start). */
function namesForm(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + form.length] ?? " ";
    const hangul = /\p{Script=Hangul}$/u.test(form);
    if (!LETTER.test(before) && (hangul || !LETTER.test(after))) return true;
  }
  return false;
}

/** A no when the claim puts a role on a party its one fact leaves out, else undefined. */
export function roleClaimRefuted(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  const named = scope.entities.filter((entity) => !entity.outside);
  for (const { relation, fact } of roles(knowledge)) {
    // A phrase names the role ("main cloud", "주요 클라우드"); one word ("primary") may be of
    // anything ("the primary source").
    if (!relation.forms.some((form) => /\s/u.test(form.trim()) && namesForm(text, form))) {
      continue;
    }
    // The holder named ("Is Amazon still the main cloud?") is another check's to settle.
    if (named.some((entity) => fact.subject.includes(entity.id))) continue;
    // A product named ("클로드는 3대 주요 클라우드 모두에서…") is offered there, holding no role.
    const left = named.filter(
      (entity) => !involves(fact, entity.id) && !knowledge.scope.makers.has(entity.id),
    );
    if (left.length === 1) return { agrees: false, facts: [fact], reversed: false };
  }
  return undefined;
}
