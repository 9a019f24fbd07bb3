/**
 * "How many millions / trillions…?" asks the figure in that scale, as "in millions" does; "how
 * many thousand millions" is billions, the scale figures are written in. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a scale asked with 'how many'", () => {
  it("writes the figure in millions or trillions", () => {
    says("NVIDIA is investing how many millions?", /10,000 million dollars/u);
    says("How many trillions is Anthropic valued at now?", /0\.35 trillion/u);
  });

  it("reads thousand millions as billions", () => {
    says("how many thousand millions of dollars did Microsoft commit?", /\$5 billion/u);
  });
});
