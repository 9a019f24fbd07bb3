/**
 * A doubt tacked on after a claim ("or is that cope", "or is it just hype") asks whether the claim
 * holds, as "right?" does: a yes or a no, and the doubt's word is looked up nowhere. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claim with the asker's doubt after it", () => {
  it("is confirmed when it holds", () => {
    says("nvidia is putting in up to 10 billion, or is that just hype?", /^Yes: NVIDIA committed/u);
    says("amazon is still the main training partner or is that cap", /^Yes\b[\s\S]*Amazon/u);
  });
  it("is corrected when it does not", () => {
    says("microsoft is putting in 10 billion or is that a rumour", /^No\b[\s\S]*\$5 billion/u);
  });
});
