/**
 * A dash between two questions, each opening with its question word or helper verb, is a break
 * between two asks; a dash after a topic joins it to the question after it. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a dash between questions", () => {
  it("splits two questions", () => {
    expect(splitQuestion("When was it announced — was it at Build?")).toEqual([
      "When was it announced",
      "was it at Build?",
    ]);
    says("What did NVIDIA put in — is Amazon still the main cloud?", /\$10 billion.*Amazon/su);
  });

  it("keeps a topic with its question", () => {
    expect(splitQuestion("Microsoft's stake — how much?")).toEqual([
      "Microsoft's stake — how much?",
    ]);
    expect(splitQuestion("the loop the post describes — what does it call it?")).toHaveLength(1);
  });
});
