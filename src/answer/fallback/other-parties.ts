/**
 * "Who else is in on the round besides A and B?", "A랑 B 말고 또 누가 투자했어?": the question asks
 * for parties other than the ones it names. When every fact of the relation asked has only the
 * named parties on that side, the knowledge has no other: not covered. Answered as usual, the
 * named parties' own facts would read as the others asked for.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { joinNames } from "../shared/phrases.ts";
import type { NamedEntity, NotCovered, QuestionScope } from "./scope.ts";

/** The word that leaves the parties after it out: "besides A", "other than A", "apart from A". */
const ENGLISH_LEAVING_OUT =
  /\b(?:besides|other than|apart from|aside from|except(?: for)?|excluding|not counting|beyond)\s/u;
/** The Korean one comes after the parties it leaves out: "A랑 B 말고", "A 외에", "A 빼고". */
const KOREAN_LEAVING_OUT = /(?:말고|외에|이외에|빼고|제외하고)(?![\p{L}])/u;
/** Who else is asked: "who", "which", "any", "other", "else", "누가", "어디", "다른", "또", "곳". */
const ASKS_WHO_ELSE =
  /\b(?:who|whom|which|any|anyone|anybody|other|others|else)\b|누가|누구|어디|어느|다른|(?<![\p{L}])(?:또|곳(?:도|이|은|을|들)?)(?![\p{L}])/u;
/** The end of the clause the parties left out are named in. */
const CLAUSE_END = /[?？.!;]/u;

export function otherPartiesNotCovered(
  knowledge: Knowledge,
  scope: QuestionScope,
  normalized: string,
): NotCovered | undefined {
  if (scope.relations.length === 0 || !ASKS_WHO_ELSE.test(normalized)) return undefined;
  const left = partiesLeftOut(scope.entities, normalized);
  if (left.length === 0 || left.some((entity) => entity.outside)) return undefined;
  const leftIds = new Set(left.map((entity) => entity.id));
  const named = scope.entities.filter((entity) => !leftIds.has(entity.id));
  if (named.some((entity) => entity.outside)) return undefined;
  const namedIds = new Set(named.map((entity) => entity.id));
  let sides = 0;
  for (const relation of scope.relations) {
    for (const fact of knowledge.facts) {
      if (fact.kind === "correction" || !ofRelation(fact, relation.id)) continue;
      if (![...namedIds].every((id) => partiesOf(fact).includes(id))) continue;
      // The side the parties left out stand on ("besides Azure": the clouds Claude is on).
      for (const side of [fact.subject, fact.object ?? []]) {
        if (!side.some((id) => leftIds.has(id))) continue;
        sides++;
        if (side.some((id) => !leftIds.has(id) && !namedIds.has(id))) return undefined;
      }
    }
  }
  if (sides === 0) return undefined;
  const label = (language: "en" | "ko") => {
    const names = joinNames(
      left.map((entity) => entity.name[language]),
      language,
    );
    return language === "en" ? `parties besides ${names}` : `${names} 외 다른 곳`;
  };
  const relation = { id: "other-parties", label: { en: label("en"), ko: label("ko") }, forms: [] };
  return { entities: [], relation, covered: [] };
}

/** The parties the question leaves out, in the order it names them. */
function partiesLeftOut(entities: readonly NamedEntity[], normalized: string): NamedEntity[] {
  const english = ENGLISH_LEAVING_OUT.exec(normalized);
  if (english) {
    const from = english.index + english[0].length;
    const end = normalized.slice(from).search(CLAUSE_END);
    const to = end === -1 ? normalized.length : from + end;
    return entities.filter((entity) => entity.position >= from && entity.position < to);
  }
  const korean = KOREAN_LEAVING_OUT.exec(normalized);
  if (!korean) return [];
  const before = normalized.slice(0, korean.index);
  const start = Math.max(...matchesOf(/[?？.!;]/gu, before).map((m) => (m.index ?? 0) + 1), 0);
  return entities.filter((entity) => entity.position >= start && entity.position < korean.index);
}

function ofRelation(fact: Fact, relation: string): boolean {
  return fact.relation === relation || fact.also.some((pair) => pair.relation === relation);
}

function partiesOf(fact: Fact): readonly string[] {
  return [...fact.subject, ...(fact.object ?? []), ...fact.also.flatMap((pair) => pair.subject)];
}
