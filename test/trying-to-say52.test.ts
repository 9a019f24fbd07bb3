/**
 * "the point the writer is trying to make", "what the author is trying to get across": the
 * attempt is no word of its own, and what the writer says is asked. "Trying to make" something
 * other than a point still asks what a company makes. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("what the writer is trying to say", () => {
  it("is what the writer says", () => {
    says("so what point is the blogger trying to make with this piece?", /Anthropic/u);
    says("what's the author trying to get across about OpenAI?", /OpenAI/u);
  });

  it("leaves what a company tries to make to the story", () => {
    turnsAwaySaying("is Microsoft trying to make its own chips, then?", /own chips/u);
  });
});
