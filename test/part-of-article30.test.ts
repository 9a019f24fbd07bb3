/**
 * Two-part questions whose second part asks of the article, or points back with "its", and money
 * named both ways with "from … to …". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a part asked of the article", () => {
  it("is not asked of the party named before, and 'raise' there raises no money", () => {
    says(
      "What did NVIDIA invest, and what point does the author raise about the money?",
      /\$10 billion[\s\S]*transparen/u,
    );
  });
});

describe("'its' in a later part", () => {
  it("is the one party named in the part before", () => {
    says(
      "How much money is going into Anthropic, and what is the total of its Azure spending?",
      /\$30 billion of Microsoft Azure/u,
    );
  });
});

describe("from A to B, from B to A", () => {
  it("asks which way the money goes, both ways answered", () => {
    says(
      "Does cash go from NVIDIA to Anthropic, from Anthropic to NVIDIA, or both?",
      /^Both ways/u,
    );
  });
});
