/**
 * When an investment is paid ("when is the NVIDIA 10 billion paid?", "when does the first payment
 * come?", "when comes the first one?"): a schedule the story does not give, whatever the figure
 * or party named beside it. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("when an investment is paid", () => {
  it("is a timing the article does not cover", () => {
    turnsAwayEach([
      "when is microsoft's 5 billion paid?",
      "When does the first Microsoft tranche arrive?",
      "In how many installments is microsoft's 5 billion paid, and when comes the first one?",
    ]);
  });

  it("leaves the amount itself answered", () => {
    says("how much did nvidia pay in?", /\$10 billion/u);
  });
});
