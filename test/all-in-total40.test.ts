/**
 * "all in" after a question about a total ("the total they're putting in together, all in?") is
 * the total asked, not the asker going all in; alone ("NVDA all in?") it stays advice. Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("all in", () => {
  it("after a total is the total", () => {
    says("how much are the two of them putting in altogether, all in?", /\$15 billion/u);
  });

  it("alone is the asker's move", () => {
    turnsAway("microsoft shares all in?");
  });
});
