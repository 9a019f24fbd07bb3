/**
 * A multiple asked of one side, the other side and the figures named in the sentence before ("MS
 * has five bil in, NVIDIA ten bil. How many times bigger is NVIDIA's piece?"): computed on both.
 * A share of the total is still the total's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a multiple asked of one side, the other named before", () => {
  it("compares the two", () => {
    says("MS has five bil in, NVIDIA ten bil. How many times bigger is NVIDIA's piece?", /twice/u);
    says(
      "Microsoft's five billion against NVIDIA's ten. So how many times bigger is NVIDIA's?",
      /bigger/u,
    );
  });

  it("leaves a share of the total to the total", () => {
    says("Microsoft put in 5 billion. What's NVIDIA's share of the total?", /two thirds/u);
  });
});
