/**
 * The competition authorities by any of their names ("competition watchdogs", "trustbusters",
 * "공정위") are the regulators the article does not cover; competition itself stays the article's.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("competition authorities", () => {
  it("are regulators, not covered", () => {
    turnsAwaySaying("would the EU competition commission block this?", /legal matters/u);
    turnsAwaySaying("공정거래위원회가 이거 들여다볼까요?", /소송·규제/u);
  });

  it("leave competition to the article", () => {
    says("does the article think this hurts competition?", /competition|경쟁/u);
  });
});
