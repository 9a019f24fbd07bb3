/**
 * A rise asked from the earlier figure written ("it was 183 billion in September; by how much
 * has it gone up?"): the earlier figure is one operand, the measure's own the other. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a rise from the earlier figure written", () => {
  it("computes the rise", () => {
    says(
      "Anthropic's valuation was 183 billion in September, by how much has it gone up?",
      /\$167 billion/u,
    );
    says("앤트로픽 몸값 1830억 달러에서 얼마나 뛰었어?", /1670억/u);
  });
});
