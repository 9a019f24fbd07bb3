/**
 * "reckon" is think, and "when the deal happened" asked inside another question is when it was
 * announced. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("reckon and when it happened", () => {
  it("are read as meant", () => {
    says("what does the writer reckon about startups?", /barrier to entry/u);
    says("does the piece tell you when this all happened?", /18 November 2025/u);
  });
});
