/**
 * The relations a question asks are looked up (scope.ts files the relations' forms by word, first
 * syllable and a phrase's first word) instead of testing every form: every form must still be
 * found where the question writes it.
 */
import { describe, expect, it } from "vitest";
import { readRelations } from "../src/answer/fallback/scope.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const { knowledge } = index;

/**
 * Multi-word Latin forms of the relations the knowledge does not cover (their only way to be
 * asked: they have no concepts), when no single word of the phrase is a form of its own.
 */
const latinPhrases = knowledge.scope.outside.relations.flatMap((relation) => {
  const forms = relation.forms.map((form) => form.toLowerCase());
  const words = new Set(forms.filter((form) => !form.includes(" ")));
  return (
    forms
      .filter(
        (form) =>
          form.includes(" ") &&
          /^[a-z]/.test(form) &&
          !/\p{Script=Hangul}/u.test(form) &&
          !form.split(" ").some((word) => words.has(word)),
      )
      // A relation that needs a word beside its form ("name" said of the expert) gets it.
      .map((form) => ({ relation: relation.id, form, beside: relation.with[0] }))
  );
});

describe("the relations a question asks", () => {
  it("are found from every Latin phrase of a relation, looked up by its first word", () => {
    let checked = 0;
    for (const { relation, form, beside } of latinPhrases) {
      const question = `so what about the ${form} here${beside ? ` of the ${beside}` : ""}?`;
      const analysis = index.analyze(question);
      // Only where the analyser keeps the phrase's words as written (not rewritten, and not a
      // phrase the knowledge knows, whose words ask nothing outside it).
      if (!analysis.normalized.includes(` ${form} `)) continue;
      if (analysis.terms.some((term) => term.kind === "concept" && term.text.includes(" ")))
        continue;
      checked++;
      const found = readRelations(knowledge, analysis).outsideRelations.map((r) => r.id);
      expect(found, question).toContain(relation);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("are not read from a phrase that is only part of a longer word", () => {
    const [first] = latinPhrases;
    if (!first) throw new Error("no Latin phrase in the scope");
    const glued = index.analyze(`what about x${first.form.replace(/ /g, "")}?`);
    expect(readRelations(knowledge, glued).outsideRelations.map((r) => r.id)).not.toContain(
      first.relation,
    );
  });
});
