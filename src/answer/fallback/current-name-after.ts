/**
 * The name claimed as the current one when it is written after the words that ask for it: "기사엔
 * Azure AI Foundry라고 돼 있는데 지금 이름은 Microsoft Foundry 맞지?", "the article says X but
 * the current name is Microsoft Foundry, right?". The name the article uses, written before, is the
 * premise; the claim is the name after. It is the record's current name when the word before the
 * thing's own name ("Microsoft", "마이크로소프트") is in the fact check's statement, by itself or
 * by the display name of the party it names.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";

/**
 * Whether the words after the current-name ask write the record's current name (true), another
 * name of the thing (false), or no name of it with a word before (undefined: read as before).
 */
export function currentNameWrittenAfter(
  knowledge: Knowledge,
  fact: Fact,
  after: string,
  formerForms: readonly string[],
): boolean | undefined {
  if (formerForms.some((form) => after.includes(form))) return false;
  const thingForms = knowledge.concepts
    .filter((concept) => fact.subject.includes(concept.id))
    .flatMap((concept) => concept.forms.map((form) => form.toLowerCase()));
  let at = -1;
  for (const form of thingForms) {
    const found = after.indexOf(form);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  if (at < 0) return undefined;
  // The word before the thing's name: "은 microsoft foundry" -> "microsoft".
  const before = after.slice(0, at).trim().split(/\s+/u).pop() ?? "";
  if (!/^[\p{L}\p{N}]{2,}$/u.test(before) || PARTICLE_OR_VERB.test(before)) return undefined;
  const statement = `${fact.statement.en} ${fact.statement.ko}`.toLowerCase();
  if (statement.includes(before)) return true;
  // "마이크로소프트 파운드리": a party's name in another script, by its display names.
  return (
    knowledge.concepts.some(
      (concept) =>
        concept.entity !== undefined &&
        concept.forms.some((form) => form.toLowerCase() === before) &&
        Object.values(knowledge.scope.names.get(concept.entity) ?? {}).some((name) =>
          statement.includes(String(name).toLowerCase()),
        ),
    ) || false
  );
}

/** A particle or a verb word standing before the name ("은", "is", "called"): no name of its own. */
const PARTICLE_OR_VERB =
  /^(?:은|는|이|가|을|를|도|이제|지금|현재|is|are|was|now|just|called|named|still|the|a|an|be)$/u;
