/**
 * claims16b: an outside maker's chip glued to a Korean topic when the words are run together
 * ("컴퓨팅은AMD칩으로"), and a name offered with others as the same choice ("on A100s / Ampere"):
 * a no with the systems the fact names. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("an outside maker glued to a Korean topic", () => {
  it("is a no with the systems the fact names", () => {
    expect(lead("추가컴퓨팅은인텔칩으로돌린다며?")).toMatch(/^아니에요/);
    expect(lead("1기가와트는AMD칩기반이라던데")).toMatch(/^아니에요/);
    expect(lead("하드웨어가AMD인스팅트라던디 맞제?")).toMatch(/^아니에요/);
  });

  it("leaves the fact's own maker a yes", () => {
    expect(lead("1기가와트는엔비디아칩으로돌린다던디맞어?")).toMatch(/^맞아요/);
  });
});

describe("a name offered with others as the same choice", () => {
  it("reads the words before the list as before the name", () => {
    expect(lead("the gigawatt is on A100s / Ampere, right?")).toMatch(/^No/);
    expect(lead("the 1gw runs on TPUs / Trainium chips, yeah?")).toMatch(/^No/);
  });

  it("leaves the fact's own systems a yes", () => {
    expect(lead("the 1GW is on Grace Blackwell / Vera Rubin, right?")).toMatch(/^Yes/);
  });
});
