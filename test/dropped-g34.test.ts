/**
 * Chat's dropped g on any word the knowledge knows ("payin'", "throwin'"), not only on frame words;
 * and "paying msft for azure compute", where the verb comes before both names: the first is paid
 * by someone unnamed and the second is what the money buys. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a dropped g on a word of the knowledge", () => {
  it("reads payin' as paying", () => {
    says("so who's payin' who in this whole thing?", /Microsoft → Anthropic[\s\S]*\$30 billion/u);
  });
});

describe("money paid to a party for its product", () => {
  it("is the product's price, not money between the party and its product", () => {
    says("how much do they pay microsoft for azure compute?", /\$30 billion/u);
    says(
      "How much money gives NVIDIA to Anthropic?",
      /^NVIDIA committed to invest up to \$10 billion/u,
    );
  });
});
