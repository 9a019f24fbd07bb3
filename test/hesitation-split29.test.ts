/**
 * A spoken hesitation set off by commas ("and second, um, which…") does not hide the join before
 * the next question. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a hesitation between a join and its question", () => {
  it("splits as it would without it", () => {
    expect(
      splitQuestion("Who is Anthropic's main cloud, and, uh, when was the deal announced?"),
    ).toEqual(["Who is Anthropic's main cloud", "when was the deal announced?"]);
    expect(splitQuestion("What did NVIDIA put in, and erm, what's Anthropic worth?")).toHaveLength(
      2,
    );
  });

  it("answers both parts", () => {
    says(
      "Okay so first, who is Anthropic's main cloud, and second, uh, what models do Foundry customers get?",
      /Amazon.*Sonnet 4\.5/su,
    );
  });

  it("leaves a question with no join whole", () => {
    expect(splitQuestion("Um, how much did Microsoft invest?")).toEqual([
      "Um, how much did Microsoft invest?",
    ]);
  });
});
