/**
 * A "when…" clause that sets the scene before a question word of its own ("when NVIDIA invests in
 * Anthropic, how much goes in") asks the question, not a time. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a scene-setting when-clause", () => {
  it("leaves the question after it asked", () => {
    says("when nvidia invests in anthropic how much money goes in", /^NVIDIA committed/u);
  });

  it("a time asked is still a time", () => {
    turnsAway("when does the nvidia money land?");
  });
});
