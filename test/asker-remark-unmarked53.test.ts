/**
 * A remark about the asker typed after the question with no mark at its end ("…? I've a fade to
 * finish", "…? on my break"): no ask of its own, so the question before it is answered alone. A
 * sentence that names a party or a figure is not read as such a remark. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutClosingRemark } from "../src/answer/fallback/closing-remark.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);
const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const remarkDropped = (question: string) => withoutClosingRemark(index, question) !== undefined;

describe("a remark about the asker with no mark", () => {
  it("leaves the question before it answered alone", () => {
    says("what's the main point of the article? my lunch is nearly over", /circular/u);
    says("what's the gist of the article? I'm on a break", /circular/u);
    says("what's the main point of the article? I've a haircut to finish", /circular/u);
    says("whit's the main point o' the piece? Ah've a fade tae finish", /circular/u);
  });

  it("is not a sentence that names a party or a figure", () => {
    expect(remarkDropped("how much did microsoft put in? my lunch is nearly over")).toBe(true);
    expect(remarkDropped("how much did microsoft put in? Ah've a fade tae finish")).toBe(true);
    expect(remarkDropped("how much did microsoft put in? i need the nvidia number too")).toBe(
      false,
    );
    expect(remarkDropped("how much did microsoft put in? i heard it was ten billion")).toBe(false);
  });
});
