/**
 * The companies and people outside the story are looked up by their forms' first characters
 * (scope.ts) instead of searching the text for every form: each form must still name its entity
 * where a question writes it, at the place it is written.
 */
import { describe, expect, it } from "vitest";
import { readNamed } from "../src/answer/fallback/scope.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const { knowledge } = index;
const HANGUL = /\p{Script=Hangul}/u;

describe("outside entities looked up by their forms' first characters", () => {
  it("finds every form of every outside entity, where it is written", () => {
    let checked = 0;
    for (const entity of knowledge.scope.outside.entities) {
      for (const written of entity.forms) {
        const form = written.toLowerCase();
        const text = HANGUL.test(form) ? `혹시 ${form} 쪽은 어때` : `so what about ${form} then`;
        const analysis = index.analyze(text);
        // A form the glossary or the typo reading rewrites is read as something else.
        const at = analysis.normalized.indexOf(form);
        if (at < 0) continue;
        const named = readNamed(knowledge, analysis, text, () => false).entities;
        const found = named.find(
          (one) =>
            one.id === entity.id || one.name.en.toLowerCase() === entity.name.en.toLowerCase(),
        );
        expect(found, `${entity.id}: ${text}`).toBeDefined();
        if (found?.id === entity.id) expect(found.position).toBeLessThanOrEqual(at);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("names none in a text without their names", () => {
    const analysis = index.analyze("so how much did they pay for it, in the end?");
    const named = readNamed(
      knowledge,
      analysis,
      "so how much did they pay for it, in the end?",
      () => false,
    );
    expect(named.entities.filter((entity) => entity.outside)).toEqual([]);
  });
});
