/**
 * "Wouldn't you agree…", "don't you agree that…": a claim put up to be confirmed, not a party
 * agreeing to a deal. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("wouldn't you agree", () => {
  it("reads the claim after it", () => {
    says(
      "Don't you agree that NVIDIA wants to lower its dependence on any one model developer?",
      /dependence on any one AI model developer/u,
    );
    says("Wouldn't you agree Microsoft is trying to rely less on OpenAI?", /dependence on OpenAI/u);
  });
});
