/**
 * "…? And also how many…": the question mark splits before "And" and the join "also" after it;
 * the word left between is no part, so each question is answered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a second question opened by 'And also'", () => {
  it("answers both questions", () => {
    says(
      "How much is Microsoft investing? And also how much is Anthropic paying for Azure?",
      /^Microsoft committed to invest up to \$5 billion[\s\S]*\$30 billion/u,
    );
    says(
      "How much is NVIDIA putting in? And also which chips will run the compute?",
      /^NVIDIA committed to invest up to \$10 billion[\s\S]*Grace Blackwell/u,
    );
  });
});
