/**
 * Newfoundland and Irish English spellings read as the plain words: "inta", "outta", "de", "dere",
 * "anyting", and "den" as "than" after a comparison. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("dropped-h and run-together spellings", () => {
  it("answers what they ask", () => {
    says("what is de valuation of anthropic now?", /\$350 billion/u);
    says("what does nvidia get outta dis?", /NVIDIA/u);
  });

  it("reads 'more den' as a comparison to confirm", () => {
    says("is nvidia investin more den microsoft?", /^Yes\b.*\$10 billion/u);
  });
});
