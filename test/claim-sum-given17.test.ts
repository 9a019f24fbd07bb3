/**
 * A payment's sum claimed as given ("the amount Microsoft pays NVIDIA is disclosed, right?",
 * "마소가 엔비디아에 내는 금액 공개됐지?") where the record gives none: a no with the payment's fact,
 * which says no figure was given; a yes when the claim says none is given (claims17). Phrasings
 * in no set.
 */
import { describe, expect, it } from "vitest";
import { firstSentence } from "../src/eval/evaluate.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);
const lead = (question: string) => firstSentence(ask(question).text);

describe("a sum claimed as given", () => {
  it("is a no, not a turn-away, where no figure is given", () => {
    for (const question of [
      "is the amount Microsoft pays NVIDIA disclosed?",
      "Microsoft announced how much it pays NVIDIA, right?",
      "the price microsoft pays nvidia for the hardware is spelled out in the blog, correct?",
    ]) {
      expect(lead(question), question).toMatch(/^No/);
      expect(ask(question).text, question).toMatch(/no figure/);
    }
    expect(lead("MS가 엔비디아에 내는 금액 공개됐지?")).toMatch(/^아니/);
    expect(lead("마소가 엔비디아 쪽에 지불하는 액수가 발표에 적혀 있는 거 맞죠?")).toMatch(/^아니/);
  });

  it("is a yes when the claim says none is given", () => {
    expect(lead("the release doesn't give the amount Microsoft pays NVIDIA, right?")).toMatch(
      /^Yes/,
    );
  });

  it("leaves a payment with a figure to the figure checks", () => {
    expect(lead("the amount Anthropic pays Microsoft for Azure is $30 billion, right?")).toMatch(
      /^Yes/,
    );
  });
});
