/**
 * "After the closing" is after the deal: a time the deal's figures are given for, not the closing
 * date asked. The closing date alone is still not covered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("after the closing", () => {
  it("asks the deal's figures", () => {
    says("클로징 이후 앤트로픽 밸류는 얼마로 나왔어요?", /3500억 달러/u);
    says("What is Anthropic's post-closing valuation?", /\$350 billion/u);
  });

  it("the closing date alone is not covered", () => {
    turnsAway("딜 클로징은 언제예요?");
  });
});
