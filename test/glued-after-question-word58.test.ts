/**
 * A run of English typed without spaces right after a question word ("when wasthisallannounced")
 * splits as a run that opens on the question word would; "whats" glued to its noun opens one
 * too. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a glued run after a question word", () => {
  it("splits into the words asked", () => {
    says("so when wasitallannounced exactly", /18 November 2025/u);
    says("whatsthevaluation after the deal", /\$350 billion/u);
  });

  it("leaves a run of everyday words unread", () => {
    turnsAway("when wasthisallhappeningforyou");
  });
});
