/**
 * A claim that names an outside thing as what a covered fact runs on or is done with ("The 1 GW
 * runs on Google TPUs, right?", "1기가와트를 AMD 칩으로 돌리는 거 맞아?"): the fact names its
 * own, so the claim is a no, with that fact. Only when the outside name is in that place (after
 * "on", "with", "using"; before 으로, 로, 에서), not the one who acts or pays ("SoftBank invested
 * in Anthropic?" stays "not covered"), and only when one fact settles it: the fact whose figure
 * the claim gives, or the only fact of the relation asked.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";

/** English words before a thing used: "runs on", "built with", "using", "via". */
const ENGLISH_INSTRUMENT =
  /\b(?:on|with|using|uses?|used|via|through|onto)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$/u;
/** A Korean word (the name's own, or the next one: "AMD 칩으로") that says "with" or "on". */
const KOREAN_INSTRUMENT = /(?:으로|로|에서)(?:도|만)?$|^기반/u;
/** Money that comes from the name: the name pays, it is not a thing used. */
const MONEY_FROM = /\b(?:invest\w*|fund\w*|money|cash|stake|paid|pays?|from)\b|받|투자|돈|지분/u;

function inInstrumentPlace(text: string, entity: NamedEntity): boolean {
  const before = text.slice(Math.max(0, entity.position - 32), entity.position);
  if (ENGLISH_INSTRUMENT.test(before)) return true;
  return wordsFrom(text, entity).some(
    (word) => /\p{Script=Hangul}/u.test(word) && KOREAN_INSTRUMENT.test(word),
  );
}

/** The name's word and the two after it ("amd mi300 chips", "인텔 칩 기반이라며"). */
function wordsFrom(text: string, entity: NamedEntity): string[] {
  return text
    .slice(entity.position)
    .split(/\s+/u, 3)
    .map((word) => word.replace(/[^\p{L}\p{N}]+$/u, ""));
}

/**
 * The relation is named next to the outside name ("AMD chips", "인텔 칩"): the name is the
 * relation's thing, not something else the claim mentions.
 */
function relationNamedBeside(
  knowledge: Knowledge,
  text: string,
  entities: readonly NamedEntity[],
  conceptIds: readonly string[],
): boolean {
  const forms = knowledge.concepts
    .filter((concept) => conceptIds.includes(concept.id))
    .flatMap((concept) => concept.forms.map((form) => form.toLowerCase()));
  return entities.some((entity) =>
    wordsFrom(text, entity)
      .slice(1)
      .some((word) => forms.some((form) => word === form || word.startsWith(form))),
  );
}

/** The amounts of the claim as the facts write them ("1gw" -> 1 GW). */
function claimedFigure(analysis: Analysis, fact: Fact): boolean {
  const figure = fact.figure;
  if (!figure) return false;
  const suffix = figure.unit === "GW" ? "gw" : figure.unit === "percent" ? "%" : "";
  return analysis.terms.some(
    (term) => term.kind === "amount" && term.text === `${figure.value}${suffix}`,
  );
}

export function checkOutsideInstrument(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  const outside = scope.entities.filter((entity) => entity.outside);
  if (outside.length === 0 || MONEY_FROM.test(text)) return undefined;
  if (!outside.every((entity) => inInstrumentPlace(text, entity))) return undefined;
  const claims = knowledge.facts.filter((fact) => fact.kind !== "correction");
  const byFigure = claims.filter((fact) => claimedFigure(analysis, fact));
  const byRelation = scope.relations.flatMap((relation) => {
    const facts = claims.filter((fact) => fact.relation === relation.id);
    const beside = relationNamedBeside(knowledge, text, outside, relation.concepts);
    return facts.length === 1 && beside ? facts : [];
  });
  const [fact] = byFigure.length === 1 ? byFigure : byRelation;
  if (!fact) return undefined;
  const written = `${fact.statement.en} ${fact.statement.ko}`.toLowerCase();
  const named = outside.some((entity) =>
    [entity.name.en, entity.name.ko].some((name) => written.includes(name.toLowerCase())),
  );
  return named ? undefined : { agrees: false, facts: [fact], reversed: false };
}
