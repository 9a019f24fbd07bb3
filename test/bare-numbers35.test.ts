/**
 * Small bare numbers with nothing else the story knows ("what's 3/4 + 2/3", "12 x 3?") are
 * arithmetic, not the story's figures; beside a name or a unit they still are. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("small bare numbers alone", () => {
  it("are turned away", () => {
    turnsAwayEach(["quick one: 2/3 minus 1/4?", "3 더하기 4는?", "what is 3 times 3"]);
  });

  it("beside the story's names still count", () => {
    says("were there 3 clouds with claude on them?", /AWS, Google Cloud and Microsoft Azure/u);
  });
});
