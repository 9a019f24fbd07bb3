/**
 * Fillers and tags from other Englishes and tongues: South African "bru", "eish"; "ja or nee",
 * "oui ou non" as the yes-or-no tag; "valo" for valuation. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("fillers and tags of other tongues", () => {
  it("leave the question asked", () => {
    says("eish bru, how much is anthropic paying for azure", /\$30 billion/u);
    says("whats the valo of anthropic now?", /\$350 billion/u);
  });
  it("ask yes or no", () => {
    says("nvidia put in 5 bil, oui ou non?", /^No\b[^\n]*\$10 billion/u);
    says("anthropic valued at 350 bil after the deal, ja or nee?", /^Yes\b/u);
  });
});
