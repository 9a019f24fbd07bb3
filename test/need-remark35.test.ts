/**
 * A need told after the question without its "I" or its full stop ("…? need it for the IC memo",
 * "…? need attribution before I repeat it"): a remark about the asker, not an ask of its own.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a need after the question", () => {
  it("is no ask of its own", () => {
    says("is amazon still anthropic's main cloud? need to confirm before the FT piece", /^Yes/u);
    says("what did nvidia commit? needed for the LP update", /^NVIDIA committed to invest/u);
  });
});
