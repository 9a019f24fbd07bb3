/**
 * Where a person said something ("in the press release") is no thing of theirs asked about;
 * "precise" asks nothing of its own; a yes/no part then an open one naming no party are two asks.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the place of a saying", () => {
  it("asks what was said", () => {
    says("How did Nadella describe OpenAI in the press release?", /critical partner/u);
  });
});

describe("precise", () => {
  it("is no attribute asked", () => {
    says("What is the precise figure for NVIDIA?", /\$10 billion/u);
  });
});

describe("a yes/no part, then an open one", () => {
  it("answers both", () => {
    says(
      "Does Claude Haiku 4.5 come to Foundry, and what's that platform called these days?",
      /Haiku 4\.5[\s\S]*now Microsoft Foundry/u,
    );
  });
});
