/**
 * A difference asked in more words: a rise of a named measure ("how much has Anthropic's value
 * gone up"), 몇 억 달러나 뛴, one figure taken away from another ("subtract", "what's left") and
 * 전라 -블믄 (빼블믄: 빼버리면). A rate per period is still a measure the totals never give, and a
 * sum asked first stays a sum. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("differences in more words", () => {
  it("works out the rise of a named measure", () => {
    says("How much has the company's valuation climbed since the September round?", /167/u);
    says("앤트로픽 몸값 9월보다 몇 억 달러나 뛴 건가요?", /1670억/u);
  });

  it("works out one figure taken away from another", () => {
    says("Subtract what Anthropic gets invested from its Azure bill", /\$15 billion more/u);
    says(
      "Take NVIDIA's stake money away from the Azure number, what's left?",
      /\$20 billion more/u,
    );
    says("애저 300억에서 두 회사 투자금 빼블믄 월매 남소?", /150억 달러 더/u);
  });

  it("turns away a rise per period", () => {
    turnsAway("how much did the valuation climb per week on average?");
  });

  it("still adds up when a sum is asked first", () => {
    says(
      "add up MS and NVIDIA, then take that away from the Azure spend",
      /add up to \$15 billion/u,
    );
  });
});
