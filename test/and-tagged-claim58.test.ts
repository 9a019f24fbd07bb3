/**
 * A second part joined by ", and" that is a claim closed by its tag ("…, and Claude is still in
 * Copilot or not?") is a part of its own, answered beside the first. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a tagged claim after ', and'", () => {
  it("is answered beside the first part", () => {
    says(
      "How much did NVIDIA put in, and Amazon stays the main cloud or not?",
      /\$10 billion[\s\S]*Amazon/u,
    );
  });
});
