/**
 * The board asked in more words ("board composition", "board representation"): seats the facts
 * never give. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAway } = askProbe(knowledgeDir);

describe("the board in more words", () => {
  it("turns away the board's make-up", () => {
    turnsAway("What will Anthropic's board composition look like after the investment?");
    turnsAway("Does Microsoft obtain board representation at Anthropic?");
  });
});
