/**
 * An amount asked by "얼마 / how much" after a part that asks a thing by a question word of its
 * own ("…뭐 같이 한대요? 돈은 얼마고") is a second ask beside it, not the part before's answer as
 * an amount; "…, dollar figure?" still joins the part before. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("an amount asked beside a question of a thing", () => {
  it("answers both the thing and the amount", () => {
    for (const question of [
      "엔비디아랑 앤트로픽 뭐 같이 하는 거야? 돈은 얼마고",
      "엔비디아랑 앤트로픽 둘이 뭐 같이 한대? 돈은 얼마야",
    ]) {
      const answer = ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.text).toMatch(/공동 설계|최적화/u);
      expect(answer.text).toContain("100억");
    }
  });

  it("still reads an amount asked of a figure as that figure's", () => {
    const answer = ask("엔비디아는 앤트로픽에 얼마 투자했어? 돈은 얼마고");
    expect(answer.text).toContain("100억");
    expect(answer.text).not.toMatch(/공동 설계/u);
  });
});
