/**
 * A plus between two parties' names ("from MSFT + NVDA") lists them, wherever it stands: no
 * second ask. A known word and a particle joined by a hyphen that nothing knows as one word
 * ("stake-in") are the two words. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a plus between two parties", () => {
  it("is one ask about both", () => {
    says("how much did Microsoft + NVIDIA put into anthropic", /\$15 billion/u);
    says("what's the investment from MSFT+NVDA combined?", /\$15 billion/u);
  });
});

describe("a word and a particle joined by a hyphen", () => {
  it("is the two words", () => {
    says("what was microsoft's cash put-in?", /^Microsoft committed to invest up to \$5 billion/u);
  });
  it("is a compound noun after a determiner", () => {
    says("so what's the write-up about?", /partnership/u);
  });
});
