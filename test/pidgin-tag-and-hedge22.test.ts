/**
 * Two readings of val21fix (round 22): the Nigerian Pidgin tag "abi?" (as "innit?", "right?")
 * asks to confirm the claim before it, and the Korean hedge "…인 것 같은데" ("I think I heard…")
 * is no word of the subject, so a question with a misremembered figure is still answered.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the Pidgin tag abi", () => {
  it("asks to confirm the claim before it", () => {
    expect(asksToConfirm("claude dey for all three clouds, abi?")).toBe(true);
    expect(asksToConfirm("claude dey for all three clouds, no be so?")).toBe(true);
    expect(ask("Claude dey for all three big clouds now, abi?").text).toMatch(/^Yes/u);
  });
});

describe("the hedge 것 같은데", () => {
  it("leaves a figure misremembered beside it answered", () => {
    const answer = ask("엔비디아 투자액 오천억 이라고 본 거 같은데 얼마예요?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억 달러/u);
  });
});
