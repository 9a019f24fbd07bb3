/**
 * "From A to B or from B to A?", "…? Explain both directions.": both ways are asked, not the way
 * named first. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("both directions asked", () => {
  it("answers both ways", () => {
    says(
      "What goes from Anthropic to Microsoft, or from Microsoft to Anthropic?",
      /\$5 billion[\s\S]*\$30 billion|\$30 billion[\s\S]*\$5 billion/u,
    );
    says(
      "What flows from NVIDIA to Anthropic? Cover each direction please.",
      /\$10 billion[\s\S]*Grace Blackwell/u,
    );
  });
});
