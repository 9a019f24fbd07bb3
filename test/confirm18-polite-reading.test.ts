/**
 * confirm18: polite Korean confirmations read as claims. "맞는건지요" / "맞는 것인지요" / "맞는거지요"
 * are tags; a text emoticon after the tag ("^^", "^^;") is no word of the claim; a negation typed
 * onto its predicate ("안중요하다고", "안했다던데") denies the claim; whether a sum "해당하는" /
 * "의미하는" / "상당하는" something is a claim to check, not the asker's move, and "아니라면서요" is
 * no "니라면" (if it were you). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { firstSentence } from "../src/eval/evaluate.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { spaceGluedNegation } from "../src/search/negation-spacing.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAwayEach } = askProbe(knowledgeDir);
const lead = (question: string) => firstSentence(ask(question).text);

describe("polite Korean tags", () => {
  it("reads 맞는건지요, 맞는 것인지요 and 맞는거지요 as tags", () => {
    for (const question of [
      "엔비디아가 100억 달러까지 넣기로 한 게 맞는건지요?",
      "마소가 앤트로픽에 50억 달러 넣는 게 맞는거지요?",
      "앤트로픽이 애저를 300억 달러어치 사기로 한 거 맞는 것인지요?",
    ]) {
      expect(asksToConfirm(question), question).toBe(true);
      expect(lead(question), question).toMatch(/^맞아요/);
    }
  });

  it("drops a text emoticon after the tag", () => {
    expect(lead("엔비디아가 최대 100억 달러 투자하는 거 맞는 건지^^")).toMatch(/^맞아요/);
    expect(lead("엔비디아가 100억 달러 투자 한거 맞죠^^;")).toMatch(/^맞아요/);
  });
});

describe("a negation typed onto its predicate", () => {
  it("is spaced off it, and a noun opening on 안 stays whole", () => {
    expect(spaceGluedNegation("투자 안했다던데")).toBe("투자 안 했다던데");
    expect(spaceGluedNegation("오픈ai는 안중요하다고")).toBe("오픈ai는 안 중요하다고");
    expect(spaceGluedNegation("안전하게 안내 안에서 안정")).toBe("안전하게 안내 안에서 안정");
    // The asker's remark, which the glossary reads whole.
    expect(spaceGluedNegation("이해가 안되네")).toBe("이해가 안되네");
  });

  it("makes the claim a denied one", () => {
    expect(lead("엔비디아는 앤트로픽에 투자 안했다던데 사실인가요?")).toMatch(/^아니에요/);
    expect(lead("앤트로픽이 애저 컴퓨팅을 안샀다는데 맞나요?")).toMatch(/^아니에요/);
  });
});

describe("a sum said to be something is a claim, not advice", () => {
  it("checks 해당하는 / 의미하는 / 상당하는 게 맞나", () => {
    expect(lead("그 300억 달러가 지분 투자를 의미하는 게 맞나요?")).toMatch(/^아니에요/);
    expect(lead("300억 달러는 마이크로소프트 투자금에 해당하는 게 맞는지요")).toMatch(/^아니에요/);
    expect(lead("100억 달러가 엔비디아 투자분에 상당하는 것이 맞습니까?")).toMatch(/^맞아요/);
  });

  it("answers a question after 아니라면서요", () => {
    const answer = ask("300억이 투자가 아니라면서요 그러면 실제 투자액은 모두 얼마예요");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/150억/);
  });

  it("still turns away the asker's own trade", () => {
    turnsAwayEach([
      "엔비디아 주식 지금 사는 게 맞나요?",
      "너라면 마소 주식 살래?",
      "내가 엔비디아 주식 더 사는 게 맞을까?",
    ]);
  });
});
