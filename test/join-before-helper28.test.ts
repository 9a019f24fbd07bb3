/**
 * "Claude on Azure also can?": a join before a last helper word alone ends its clause; it opens
 * no second ask (which would leave "can" as a part with no words, and the question read whole).
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a join before a last helper word", () => {
  it("does not split there", () => {
    expect(splitQuestion("Claude on Azure also can? And how much did NVIDIA put in?")).toEqual([
      "Claude on Azure also can",
      "And how much did NVIDIA put in?",
    ]);
  });

  it("answers both asks", () => {
    says("Claude on Azure also can? And how much did NVIDIA put in?", /Azure[\s\S]*\$10 billion/u);
  });

  it("still splits before a question word alone at the end", () => {
    expect(splitQuestion("when was it announced, and where?")).toEqual([
      "when was it announced",
      "where?",
    ]);
  });

  it("still splits before a helper word that opens a clause", () => {
    expect(splitQuestion("how much did NVIDIA invest and is it cash?")).toEqual([
      "how much did NVIDIA invest",
      "is it cash?",
    ]);
  });
});
