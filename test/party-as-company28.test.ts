/**
 * "Party" in a question about a deal is one of its sides, as "company" is: "from which party, to
 * which party" asks the direction of a flow, not about a party no one mentions. A party of
 * another kind still brings its own unknown words and is turned away. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a party to the deal", () => {
  it("reads 'party' as a side of the deal", () => {
    says("Which party is paying which party the thirty billion?", /Anthropic/u);
  });

  it("still turns away a party of another kind", () => {
    turnsAway("is there a party tonight?");
    turnsAway("what political party does Nadella support?");
  });
});
