/**
 * "Did NVIDIA give Anthropic 15 billion?": the name between a verb of giving and the money is who
 * gets it, so one payer claimed with the pair's figure is a no with its own. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("give someone money", () => {
  it("one payer with the pair's figure is a no", () => {
    says("so microsoft handed anthropic $15 billion?", /^No: Microsoft[^\n]*\$5 billion/u);
    says("Nvidia sent Anthropic 15 billion dollars, correct?", /^No: NVIDIA[^\n]*\$10 billion/u);
  });
  it("its own figure is a yes", () => {
    says("nvidia handed anthropic 10 billion, right?", /^Yes: NVIDIA[^\n]*\$10 billion/u);
  });
});
