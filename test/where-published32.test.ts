/**
 * Where the piece was published is its outlet (not covered); where the deal was announced is
 * the announcement. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("where it was published", () => {
  it("of the piece: its outlet, not covered", () => {
    turnsAwayEach([
      "So where was this article published, anyway?",
      "where has the piece been posted?",
    ]);
  });
  it("of the deal: the announcement", () => {
    says("Where was the partnership announced?", /Ignite/u);
  });
});
