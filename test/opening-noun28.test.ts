/**
 * The article's opening is its intro, but "opened" is a verb: "the FTC has opened a review of
 * this, right?" asks of a review the knowledge lacks, not of the intro's wrong figure.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the opening and the verb open", () => {
  it("turns away what was opened", () => {
    turnsAway("the EU opened an antitrust case on this, right?");
    turnsAway("an investigation was opened, right?");
  });

  it("still reads the article's opening as its intro", () => {
    says("Is the article's opening accurate?", /intro/u);
    says("what's wrong with the opening paragraph?", /intro/u);
  });
});
