/**
 * Advice asked as a judgement of the asker's trade or a pick between the parties' shares (also
 * with the asker's own sum or a reason), and details the record never gives asked beside covered
 * words: when money or systems arrive, how long a contract runs, investor protections. The
 * covered cousins keep their answers. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksAgainForKind } from "../src/answer/fallback/asked-again.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, turnsAwayEach, answersEach } = askProbe(knowledgeDir);
const asksForAdvice = (question: string) => index.analyze(question).asksForAdvice;

describe("advice asked as a judgement or a pick between shares", () => {
  it("is advice in either language", () => {
    for (const question of [
      "이번 딜 보고 엔비디아 주식 사는 게 현명할까요?",
      "마소랑 엔비 중에 어디에 투자하는 게 더 이득이에요?",
      "이 발표 근거로 마소 매수하는 게 타당한가요?",
      "제가 엔비디아에 투자하는 게 유리할까요?",
      "엔비 마소 중에 뭐가 더 오를 것 같음?",
      "둘 중에 더 오를 종목 하나만 골라줘",
      "엔비랑 마소 중 하나만 산다면 어디?",
      "마소 엔비 어느 거 사야 돼요?",
      "저 돈 300만원 있어요 엔비 마소 뭐 사요?",
      "I have $5,000, nvidia or microsoft?",
      "is it rational to invest in nvidia because of this deal",
      "reasonable for me to load up on microsoft after this?",
      "just pick one for me: nvidia or microsoft",
      "nvidia vs microsoft, which one's gonna pump harder",
      "my dad wants to know whether he should sell before the loop unwinds",
      "should we hedge our nvda position given the circular deals",
    ]) {
      expect(asksForAdvice(question), question).toBe(true);
    }
  });

  it("leaves a party's act, its viewpoint and the story's sums alone", () => {
    for (const question of [
      "엔비디아와 마이크로소프트 중 어느 쪽이 더 많이 투자했나요?",
      "마소랑 엔비 중 누가 더 많이 넣었어?",
      "엔비디아 입장에선 앤트로픽에 100억 넣는 게 이득이야?",
      "마이크로소프트가 앤트로픽에 투자하는 게 합리적인 이유를 기사는 뭐라고 해?",
      "which is the bigger investor, nvidia or microsoft?",
      "what's the rationale behind microsoft's investment?",
      "With $30 billion of Azure, how much compute does Anthropic get?",
      "어느 쪽이 더 오른 거예요, 기업가치요?",
    ]) {
      expect(asksForAdvice(question), question).toBe(false);
    }
    answersEach([
      "엔비디아와 마이크로소프트 중 어느 쪽이 앤트로픽에 더 많은 돈을 투자하나요?",
      "NVIDIA or Microsoft, who put in more?",
      "엔비디아 vs 마소 투자금 누가 더 큼?",
    ]);
  });
});

describe("when money or systems arrive, how long a contract runs, investor protections", () => {
  it("are not covered", () => {
    turnsAwayEach([
      "엔비디아 돈은 언제쯤 앤트로픽에 들어가나요?",
      "그레이스 블랙웰 시스템은 언제 공급돼요?",
      "베라 루빈 납품 시점이 언제예요?",
      "루빈 시스템 도착 일정 나왔어?",
      "when does microsoft's money actually get to anthropic",
      "what date do the systems reach anthropic?",
      "how long's the azure commitment, five years or what",
      "the azure deal, how long does it last?",
      "마소 투자에 청산 우선권 붙어 있어요?",
      "did nvidia get anti-dilution protection on its stake?",
      "앤트로픽 투자 조건에 희석 방지 조항 있나요?",
    ]);
  });

  it("leave the announcement and the covered figures answered", () => {
    answersEach([
      "딜은 언제 발표됐나요?",
      "When was the partnership announced?",
      "앤트로픽은 어떤 시스템을 쓰나요?",
      "엔비디아는 얼마를 투자하나요?",
      "How much Azure compute did Anthropic commit to buy?",
    ]);
  });
});

describe("a part that only names the kind of answer wanted", () => {
  it("asks the uncovered part before it again", () => {
    turnsAwayEach([
      "When does the Vera Rubin capacity come online? need a date",
      "when does nvidia's money land? i just need the exact date for my notes",
    ]);
    expect(asksAgainForKind("need a number for my spreadsheet", "how much did it cost?")).toBe(
      true,
    );
    expect(asksAgainForKind("정확한 날짜로 알려줘", "언제 들어와?")).toBe(true);
  });

  it("is read only after a question of that kind, and leaves covered answers alone", () => {
    expect(asksAgainForKind("need a date", "how much did nvidia invest?")).toBe(false);
    expect(asksAgainForKind("and who else invested?", "when was it announced?")).toBe(false);
    answersEach([
      "when was it announced? need a date",
      "how much did nvidia invest? need a number for my slide",
    ]);
  });
});
