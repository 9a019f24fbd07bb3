/**
 * Two party names side by side before a third ("마소 엔비 둘이 앤트로픽에 얼마", "msft nvda into
 * anthropic, how much each") are the pair paying the third: their investments, not money between
 * the two (which has no figure). Money asked between two names alone still is. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("two names side by side before a third", () => {
  it("asks the pair's money to the third", () => {
    says("마소 엔비 둘이 앤트로픽에 얼마 박았냐", /최대 50억.*최대 100억/u);
    says("MS NV 두 회사가 앤트에 넣은 돈 얼마", /150억/u);
    says("msft nvda anthropic how much money each", /up to \$5 billion.*up to \$10 billion/u);
  });

  it("still reads money between two names alone as theirs", () => {
    turnsAwaySaying("how much money does microsoft pay nvidia", /no figure|doesn't cover/u);
  });
});
