/**
 * Regional Korean (경상, 전라, 충청) and texting shorthand read as the standard forms
 * (src/search/korean-dialect.ts, the 충청 copula in korean-register.ts, run-together English in
 * latin-segment.ts, chat tags in the glossary). Phrasings here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { segmentHangul } from "../src/search/hangul-segment.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { foldKoreanRegister } from "../src/search/korean-register.ts";
import { segmentLatin } from "../src/search/latin-segment.ts";
import { knowledgeDir } from "./helpers/paths.ts";

describe("regional Korean words and endings", () => {
  it.each([
    // 전라 당가 / 랑가: a question, after a noun, a verb's stem, its past or its present.
    ["몸값은얼마당가", "몸값은얼마인가요"],
    ["그게 사실이당가?", "그게 사실인가요?"],
    ["애저도 쓰는당가", "애저도 쓰나요"],
    ["벌써 계약했당가?", "벌써 계약했나요?"],
    ["그 숫자 맞당가", "그 숫자 맞나요"],
    ["언제 공개한당가", "언제 공개하나요"],
    ["더 오를랑가", "더 오를까요"],
    // 경상 question words and tags, inside an unspaced run too.
    ["클로드는어데서돌아가노", "클로드는어디서돌아가냐"],
    ["투자목적이머꼬", "투자목적이뭐야"],
    ["이게뭐꼬그래서", "이게뭐야 그래서"],
    ["엔비디아가 낸거 아이가?", "엔비디아가 낸거 아니야?"],
    ["애저 쓴다카던데", "애저 쓴다고 하던데"],
    ["뭐라캤노", "뭐라고 했냐"],
    ["누가 더 마이 넣었노?", "누가 더 많이 넣었냐?"],
    ["지분 가치 얼마고?", "지분 가치 얼마야?"],
    ["그 말 한 사람 누고?", "그 말 한 사람 누구야?"],
    ["우째 그리 됐노", "어떻게 그리 됐냐"],
    ["칩은 머 쓰노?", "칩은 뭐 쓰냐?"],
    ["애저 씁니꺼", "애저 씁니까"],
    ["계약 맞십니꺼", "계약 맞습니까"],
    ["돈 냈남?", "돈 냈나?"],
    ["맞제잉?", "맞지?"],
    ["지분은얼매고?", "지분은얼마야?"],
    ["을매나 넣었당가", "얼마나 넣었나요"],
    ["칩은 뭣을 쓰는디?", "칩은 뭘 쓰는데?"],
    ["대표가 누구여?", "대표가 누구야?"],
    // 전라 and 충청.
    ["앤트로픽이 엠에스헌티 주는 돈", "앤트로픽이 엠에스한테 주는 돈"],
    ["그라고 칩은?", "그리고 칩은?"],
    ["오십억 넣었다던디", "오십억 넣었다던데"],
    ["그거 맞제?", "그거 맞지?"],
    ["발표 끝났제?", "발표 끝났지?"],
    ["계약 끝났슈?", "계약 끝났어요?"],
    ["맞어?", "맞아?"],
  ])("%s", (dialect, standard) => {
    expect(foldKoreanDialect(dialect)).toBe(standard);
  });

  it("reads the 충청 copula and polite 유 at a word's end", () => {
    expect(foldKoreanRegister("투자발표는언제여유")).toBe("투자발표는언제예요");
    expect(foldKoreanRegister("지분은몇퍼센트여유")).toBe("지분은몇퍼센트예요");
    expect(foldKoreanRegister("총액은얼마짜리 계약여유")).toBe("총액은얼마짜리 계약이에요");
    expect(foldKoreanRegister("칩도 산대유?")).toBe("칩도 산대요?");
  });

  it("leaves standard words that only look regional", () => {
    for (const text of [
      "경제 문제",
      "아이가 물었다 그래서",
      "여유 자금",
      "이유가 뭐야",
      "카지노 얘기 아님",
      "마이크로소프트 투자",
      "이슈가 뭐야",
      "데이터센터 어디에 있어",
      "어느 카지노?",
      "무슨 문제?",
      "강남 최고?",
      "머신러닝 얘기",
    ]) {
      expect(foldKoreanDialect(text)).toBe(text);
    }
    expect(foldKoreanRegister("여유")).toBe("여유");
  });
});

describe("words typed together", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

  it("cuts a Korean run at a known word rather than reading it as endings and tails", () => {
    // 지 (ending) + 금 (compound tail) + 도 must not swallow 지금도.
    const pieces = segmentHangul("이름지금도", index.lexicon)?.map((piece) => piece.text);
    expect(pieces).toEqual(["이름", "지금도"]);
    // A tail right after a word still rides on it.
    const amount = segmentHangul("엔비디아투자액은", index.lexicon)?.map((piece) => piece.text);
    expect(amount).toEqual(["엔비디아", "투자액은"]);
  });

  it("splits a run that opens with a question word and holds one word of the knowledge", () => {
    expect(segmentLatin("whenwasitannounced", index.lexicon)).toEqual([
      "when",
      "was",
      "it",
      "announced",
    ]);
  });

  it("reads x between two parties as their pairing, and nowhere else", () => {
    expect(segmentLatin("microsoftxnvidia", index.lexicon)).toEqual(["microsoft", "x", "nvidia"]);
    expect(segmentLatin("xanthropic", index.lexicon)).toBeUndefined();
  });
});

describe("dialect and shorthand questions are answered like plain ones", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it.each([
    ["앤트로픽기업가치는얼마당가?", "3500억"],
    ["마소가넣는돈이얼마여유", "50억"],
    ["엔비디아가 오십억 넣은거 아이가?", "100억"],
    ["클로드모델은 어데서 쓸 수 있노?", "Azure"],
    ["애저 쓴다카던데 맞제?", "300억"],
    ["엔비디아 투자금 월매여?", "100억"],
    ["삼성 행사에서 발표했당가?", "Ignite"],
    ["msftxanthropic how big is the azure deal", "30 billion"],
    ["howmuchdidmicrosoftpay for its stake lah", "5 billion"],
    ["Satya's lot put in how much izzit?", "5 billion"],
    ["Huang's mob invest 10bn ah?", "10 billion"],
    ["eh how much msft put in alr", "5 billion"],
    ["wen n whr was the tie-up announced", "18 November"],
  ])("%s", (question, needle) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(needle);
  });
});
