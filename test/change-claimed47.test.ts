/**
 * A change claimed ("did the deal get renegotiated / changed?") is held only by a fact that tells
 * of a change, not by one that merely names the same parties: no confident yes. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a change claimed", () => {
  it("gets no yes from a fact that tells of none", () => {
    expect(ask("Did Microsoft's OpenAI partnership change after this?").text).not.toMatch(
      /^Yes\b/u,
    );
  });

  it("leaves a claim the fact holds confirmed", () => {
    says("Is Microsoft still OpenAI's biggest investor?", /^Yes\b/u);
  });
});
