/**
 * Emoji closing a chat message do not hide the tag before them ("…right?? 😭", "맞지? 🙏"): the
 * claim is still checked. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a tag followed by emoji", () => {
  it("is still a tag", () => {
    for (const text of [
      "nvidia put in ten billion right?? 💀💀",
      "엔비디아가 백억 넣은 거 맞지? 🙏🙏",
      "ms invested 5b correct 👍🏻",
      "마소 오십억 맞음?? 😂 😂",
    ]) {
      expect(asksToConfirm(text), text).toBe(true);
    }
    expect(asksToConfirm("how much did nvidia put in?? 😭")).toBe(false);
  });

  it("gets the verdict first", () => {
    const yes = answerFromKnowledge(index, "nvidia invested 10b right 👍🏻");
    expect(yes.text).toMatch(/^Yes/u);
    const no = answerFromKnowledge(index, "ms is done with openai now fr?? 💀💀");
    expect(no.text).toMatch(/^No/u);
  });
});
