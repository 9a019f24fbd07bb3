/**
 * A product the facts do not give, claimed as what the compute runs on, after a possessive maker
 * ("NVIDIA's Ampere systems") or listed after a right one ("Grace Blackwell and Volta chips"): a
 * no, with the fact's own systems. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an outside product in the compute's slot", () => {
  it("after a possessive maker", () => {
    says("So the gigawatt is on NVIDIA's Ampere systems, correct?", /^No: [^\n]*Grace Blackwell/u);
  });
  it("listed after one the fact names", () => {
    says(
      "Anthropic's compute runs on Grace Blackwell and Volta chips, right?",
      /^No: [^\n]*Vera Rubin/u,
    );
  });
});
