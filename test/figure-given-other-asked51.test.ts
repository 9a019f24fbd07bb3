/**
 * One party's figure given in its currency, another's asked ("MS 쪽이 $5,000,000,000 이라면 NVIDIA
 * 쪽은 얼마야?", "엔비디아가 100억 달러 넣는다 치면 마소는?"): the currency is the figure's own, no
 * payment between the two, so their figures answer. A copula written apart after a figure
 * ("$5,000,000,000 이면") is the figure's, not a word of the topic. Money paid between the two
 * still has no figure. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("one party's figure given in its currency, another's asked", () => {
  it("answers with the parties' figures", () => {
    says("MS 쪽이 $5,000,000,000 이라면 NVIDIA 쪽은 얼마야?", /최대 100억/u);
    says("엔비디아가 100억 달러 넣는다 치면 마소는 얼마 넣음?", /최대 50억/u);
  });

  it("reads a copula written apart after a figure as the figure's", () => {
    const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
    const words = index.analyze("마소가 $5,000,000,000 이면 엔비는").terms.map((term) => term.text);
    expect(words).not.toContain("이면");
  });

  it("still has no figure for money paid between the two", () => {
    turnsAwaySaying("how much money does microsoft pay nvidia in dollars", /no figure/u);
  });
});
