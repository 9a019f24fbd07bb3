/**
 * "How do I say 300억 달러 in English?", "how should I cite it?": the asker asking for words is no
 * trade of theirs. "How should I invest in NVIDIA?" is still advice. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("'how do I' asking for words", () => {
  it("is no advice", () => {
    says("How do I say 300억 달러 in English?", /\$30 billion/u);
    says("how do I read 300억?", /\$30 billion/u);
  });
  it("leaves the asker's own trade advice", () => {
    turnsAway("how should I invest in nvidia?");
  });
});
