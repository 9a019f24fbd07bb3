/**
 * A request to cite the answer's source, and a company's wealth: neither is a question of the
 * story's own "source" fact (the quoted expert) or of the investment sizes. Asked of something the
 * knowledge does not cover, the answer says so and gives no nearby fact; asked of something it
 * covers, the answer is that fact. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksOnlySource } from "../src/answer/fallback/source-request.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAwayEach } = askProbe(knowledgeDir);

describe("a request for the source after something not covered", () => {
  it.each([
    "What was Google's total stake in Anthropic, with sources?",
    "How much did Amazon put into Anthropic overall? Please cite your source.",
    "anthropic yearly sales w/ source pls",
    "How big is OpenAI's revenue? And the source?",
    "xAI valuation? where's the source for that",
    "구글이 앤트로픽에 넣은 돈 얼마야? 출처도요",
    "앤트로픽 작년 매출 얼마였어? 출처 포함해서 알려줘",
    "오픈AI 기업가치 얼마임? 근거 좀",
  ])("turns it away without the quoted expert: %s", (question) => {
    const said = ask(question);
    expect(said.abstained, question).toBe(true);
    expect(said.text).not.toMatch(/unnamed expert|이름 없는 전문가|technology expert|기술 전문가/);
  });

  it("answers the covered figure and keeps its quote", () => {
    says("How much is NVIDIA putting into Anthropic, with the source?", /\$10 billion/);
    says("마소 투자 금액 얼마예요? 출처도 같이 알려주세요", /50억/);
    says("What did the press put Anthropic's valuation at? source please", /CNBC/);
  });

  it("still answers a question of the quote's own source", () => {
    says("Who is the source of the circular-money quote?", /unnamed expert/);
    says("순환투자 얘기한 전문가 출처 확인돼?", /전문가/);
  });
});

describe("asksOnlySource", () => {
  it.each([
    "And the source?",
    "source pls",
    "could you give me the link for that too?",
    "출처는 어디예요?",
    "근거도 같이 알려줘",
    "레퍼런스 좀",
  ])("is a request for the citation only: %s", (part) => {
    expect(asksOnlySource(part)).toBe(true);
  });

  it.each([
    "what's the source of the circular quote?",
    "who is the expert?",
    "출처 블로그 이름이 뭐야?",
    "and the valuation?",
    "",
  ])("names something of its own, or no source: %s", (part) => {
    expect(asksOnlySource(part)).toBe(false);
  });
});

describe("how rich a company is", () => {
  it("is not the size of its investment", () => {
    turnsAwayEach([
      "Is NVIDIA a wealthier company than Microsoft?",
      "which of the three has the deepest pockets",
      "so is anthropic richer than msft now lol",
      "엔비디아랑 마이크로소프트 중 어디가 더 부자야?",
      "앤트로픽 재산 얼마나 돼요?",
      "마소가 엔비보다 총자산 많음?",
    ]);
    const said = ask("who is richer, NVIDIA or Microsoft?");
    expect(said.text).toMatch(/wealth/);
    expect(said.text).not.toMatch(/\$10 billion|\$5 billion/);
  });

  it("leaves a comparison of the investments answered", () => {
    says("Who puts more into Anthropic, NVIDIA or Microsoft?", /\$10 billion/);
    says("엔비랑 마소 중 누가 앤트로픽에 더 많이 투자해?", /100억/);
  });
});
