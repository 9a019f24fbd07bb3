/**
 * "she" for a thing, as Newfoundland and Australian English say it ("how much did she climb
 * after?" of a valuation): read as "it", so the part points back to the figure before.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("'she' for a thing", () => {
  it("points back to the figure asked before", () => {
    says(
      "what was anthropic worth in september, and how much did she climb after?",
      /\$167 billion/u,
    );
  });
});
