/**
 * Tags of Singlish ("…hor?", "…izzit") and of German speakers' English ("…, ja?", "…, genau?")
 * ask to confirm, as "…, yeah?" already did; a closing "genau." is "exactly" and asks nothing.
 * "…hor? just check" keeps its tag before the remark. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Singlish and German tags", () => {
  it("hor, with a remark after it", () => {
    says("NVIDIA put in 10 bn hor? just check", /^Yes\b/u);
  });

  it("izzit", () => {
    says("Microsoft put in 10 bn izzit", /^No\b/u);
  });

  it("ja?", () => {
    says("Anthropic buys 30 Milliarden of Azure, ja?", /^Yes\b/u);
  });

  it("a closing genau. is no tag", () => {
    says(
      "Which models do Foundry customers get? Please name them genau.",
      /^(?!Yes|No)[\s\S]*Opus 4\.1/u,
    );
  });
});
