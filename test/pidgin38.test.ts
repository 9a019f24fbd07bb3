/**
 * Pidgin and chat words read wherever they stand, not only beside money words: "dey" (an ongoing
 * verb, asking nothing), "dem" (they), "dem go" (they will), and the chat letters "d" (the) and
 * "n" (and), except where the letter names something ("series D", "n/a"). Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);
const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("pidgin and chat letters away from money words", () => {
  it("d article dey … asks what the article says", () => {
    says("d article dey talk say wetin be d worry", /circular investment/u);
  });

  it("dem go … together asks what the partners will do", () => {
    says("msft n nvidia — wetin dem go do for anthropic together?", /Microsoft|NVIDIA/u);
  });

  it("a letter that names something stays a letter", () => {
    expect(index.analyze("was this Anthropic's series D round?").normalized).toContain("series d");
    expect(index.analyze("is the valuation n/a in the article?").normalized).toContain("n/a");
  });
});
