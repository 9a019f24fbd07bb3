/**
 * What each party named gets, asked without a claim: two parties asked together get each one's
 * own answer (its motive, from its section), and a gain asked after a condition ("A가 B에
 * 투자하면 A는 뭘 얻어?") gets what comes back to it, never a "yes" to the condition. Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("each party's gain", () => {
  it.each([
    ["마소랑 엔비디아가 각자 얻는 건 뭐야?"],
    ["what do microsoft and nvidia each get?"],
    ["엔비디아하고 마이크로소프트는 각각 뭘 얻나요"],
    ["so what do msft & nvda both get out of it"],
  ])("%s: one answer for each party", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    // Each party's own part, its motive from the section about it.
    expect(answer.text).toMatch(/의존|dependence|depend/u);
    expect(answer.text).toMatch(/생태계|ecosystem|수요|demand|반도체|semiconductor/u);
  });

  it.each([
    ["마이크로소프트가 앤트로픽에 투자하면 마이크로소프트는 뭘 얻어?", /300억/],
    ["ms는 투자해서 뭘 얻나요", /300억/],
    ["엔비디아가 돈 넣으면 엔비디아는 뭐 얻음?", /Grace Blackwell|1기가와트/],
    ["if Microsoft invests in Anthropic, what does Microsoft get?", /\$30 billion/],
  ])("%s: what comes back after the condition, no yes", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).not.toMatch(/^(?:맞아요|네|Yes)/u);
    expect(answer.text).toMatch(expected);
  });

  it("leaves one party investing in another to the flows' reading", () => {
    const answer = answerFromKnowledge(
      index,
      "NVIDIA 10B INTO ANTHROPIC, WHAT DOES NVIDIA GET BACK?",
    );
    expect(answer.text).not.toMatch(/^“/u);
  });
});
