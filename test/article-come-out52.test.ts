/**
 * When the piece came out, asked in the present or by its verb ("when did the blog come out?",
 * "what day did the author post it?"): its publication date, which the piece does not give. When
 * a party posted the announcement is still the announcement's date. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("when the piece came out", () => {
  it("is its publication date, not given", () => {
    turnsAwaySaying("so when did that blog piece come out, roughly?", /when it was published/u);
    turnsAwaySaying("what day did the author post it up?", /when it was published/u);
  });

  it("leaves a party's post to the announcement", () => {
    says("when did microsoft post the announcement?", /18 November 2025/u);
  });
});
