/**
 * A comparison asked "together" with the part before ("…? 마소랑 엔비랑 셋 다 비교해줘", "…? X랑 같이
 * 비교해 주세요", "…? compare it with X"): the part before is one side, so when it is not covered
 * the comparison is not either, though it names two sides of its own. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("another company's sum, compared together with the deal's", () => {
  it("is not covered, and says what is", () => {
    for (const question of [
      "아마존은 앤트로픽에 얼마 넣었어? 마소랑 엔비랑 셋 다 비교해줘",
      "메타가 앤트로픽에 투자한 금액은? 마소, 엔비랑 같이 비교해 주세요",
      "How much has Google invested in Anthropic? Compare it with NVIDIA's.",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).toMatch(/아마존|메타|Google/u);
    }
  });

  it("leaves a covered sum compared together answered", () => {
    const answer = ask("엔비디아는 얼마 투자했어? 마소 투자랑 같이 비교해줘");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억 달러/u);
  });
});
