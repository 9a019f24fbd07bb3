/**
 * conf13: confirmations asked by quiz teams and older readers. A verdict asked after a label of
 * the quiz's own ("Round two, right or wrong: …"); a sentence after the question saying why the
 * asker asks. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutAfterword } from "../src/answer/fallback/preamble.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm, claimFrameWords } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a quiz's verdict asked after a label of its own", () => {
  it("is a confirmation whose label is frame, not claim", () => {
    expect(asksToConfirm("bonus round, right or wrong: nvidia put in ten billion.")).toBe(true);
    expect(asksToConfirm("pub quiz - fact or fiction: amazon is out.")).toBe(true);
    const frame = claimFrameWords("bonus round, right or wrong: nvidia put in ten billion.");
    expect(frame.has("bonus")).toBe(true);
    expect(frame.has("nvidia")).toBe(false);
  });

  it("answers yes or no first", () => {
    expect(lead("Team question, true or false: NVIDIA put in up to $20 billion.")).toMatch(/^No/);
    expect(lead("Round three, right or wrong: Microsoft invested up to $5 billion.")).toMatch(
      /^Yes/,
    );
  });

  it("leaves a label with no verdict asked alone", () => {
    expect(asksToConfirm("quick question: how much did nvidia put in?")).toBe(false);
  });
});

describe("a sentence after the question that says why the asker asks", () => {
  it("is dropped when it asks nothing and is off topic by itself", () => {
    expect(
      withoutAfterword(
        index,
        "엔비디아가 200억 달러 냈다던데 맞소? 눈이 침침해 신문을 잘못 봤나 해서요.",
      )?.text,
    ).toBe("엔비디아가 200억 달러 냈다던데 맞소");
    expect(
      lead("엔비디아가 200억 달러 냈다던데 맞는지요? 눈이 침침해 신문을 잘못 봤나 해서요."),
    ).toMatch(/^아니에요/);
  });

  it("keeps a sentence that holds a figure or asks", () => {
    expect(withoutAfterword(index, "엔비디아가 냈다던데 맞소? 200억이라 들었소.")?.text).not.toBe(
      "엔비디아가 냈다던데 맞소",
    );
    expect(withoutAfterword(index, "how much did NVIDIA pay? and when?")).toBeUndefined();
  });
});
