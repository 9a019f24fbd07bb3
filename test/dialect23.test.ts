/**
 * Regional Korean read as standard (korean-dialect.ts, korean-register.ts): 전라 머시 / 먼 / 인자 /
 * 지라 / 랑께 / 당께, 경상 기가 / 기고 closing a clause, a quotative 카 spaced off its quote, 머라;
 * 충청 유 after a verb's 어 form, 구유, 쥬. Only roughly (대충만, 대강만), 얼마 쓰나
 * as spending, and 장비 as hardware (the glossary and aliases). Phrasings here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { foldKoreanRegister } from "../src/search/korean-register.ts";
import { readQuestion } from "../src/search/read-question.ts";
import { knowledgeDir } from "./helpers/paths.ts";

describe("more regional words and endings read as standard ones", () => {
  it.each([
    // 전라 머시 (뭐), 먼 (뭔) before what a word means, 인자 (이제), 지라 (죠), 랑께 / 당께.
    ["그거 머시여?", "그거 뭐야?"],
    ["이게 먼 소리여", "이게 뭔 소리야"],
    ["그 회사는 인자 발 뺐당가", "그 회사는 이제 발 뺐나요"],
    ["인자 다 끝났당가?", "이제 다 끝났나요?"],
    ["벌써 다 끝난 거지라?", "벌써 다 끝난 거죠?"],
    ["한 번 더 설명해보랑께", "한 번 더 설명해보세요"],
    ["그건 내가 봤당께", "그건 내가 봤다"],
    // 경상 기가 / 기고 closing a clause after a verb's adnominal form, spaced or glued.
    ["발표 끝난 기가?", "발표 끝난 거야?"],
    ["어디서 할기고?", "어디서 할 거야?"],
    ["계속 쓰는 기가, 안 쓰는 기가?", "계속 쓰는 거야, 안 쓰는 거야?"],
    // 경상 머라 (뭐라) and a quotative 카 typed apart from its quote.
    ["머라고 했노?", "뭐라고 했냐?"],
    ["회장이 뭐라 카면서 웃었노?", "회장이 뭐라고 하면서 웃었냐?"],
  ])("%s -> %s", (dialect, standard) => {
    expect(foldKoreanDialect(dialect)).toBe(standard);
  });

  it("reads the 충청 polite 유 after a verb's 어 form, 구유 and 쥬", () => {
    expect(foldKoreanRegister("얼른 알려줘유")).toBe("얼른 알려줘요");
    expect(foldKoreanRegister("한번 봐유")).toBe("한번 봐요");
    expect(foldKoreanRegister("얼마 투자하구유, 언제 했슈?")).toBe("얼마 투자하고요, 언제 했어요?");
    expect(foldKoreanRegister("그거 맞쥬?")).toBe("그거 맞죠?");
    expect(foldKoreanRegister("구유")).toBe("구유");
  });

  it("leaves standard words that only look like these", () => {
    for (const text of [
      "먼 미래 얘기야?",
      "유전 인자 얘기 아님",
      "주요 인자 중 하나",
      "인자가 뭐야",
      "몇 기가?",
      "전력은 몇 기가 정도야?",
      "앤트로픽은 기가와트 단위로 계약했어?",
      "다 카드로 결제했어?",
      "머리 아프다",
      "지라시 기사야?",
    ]) {
      expect(foldKoreanDialect(text)).toBe(text);
    }
  });
});

describe("roughness, spending and equipment words", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("drops how rough an answer the asker wants", () => {
    const read = readQuestion("엔비디아 투자금 대충만 알려줘요", index.lexicon);
    expect(read.normalized).not.toContain("대충");
    expect(readQuestion("대강만 말해줘요", index.lexicon).normalized).not.toContain("대강");
    expect(readQuestion("대충 얼마야", index.lexicon).normalized).toContain("대충");
  });

  it.each([
    ["앤트로픽은 애저에 얼마 쓰나?", "300억"],
    ["엔비디아 장비는 누가 사요?", "엔비디아"],
  ])("%s", (question, needle) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain(needle);
  });
});

describe("office Konglish requests read as the Korean ones", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const ask = (question: string) => answerFromKnowledge(index, question);

  it("reads 컨펌 as 확인, so a claim asked to be confirmed is checked", () => {
    const answer = ask("MS 투자 50억 맞는지 컨펌해 주세요");
    expect(answer.abstained).toBe(false);
    expect(answer.text.startsWith("맞아요")).toBe(true);
  });

  it("reads a value asked to be checked, shared or reminded of as asked for", () => {
    const answer = ask("마소 투자 규모 확인 좀 해주세요");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain("50억");
    expect(readQuestion("발표일 리마인드 부탁드려요", index.lexicon).normalized).toContain("알려");
    const detail = readQuestion("엔비디아 투자 디테일 공유 부탁드려요", index.lexicon).normalized;
    expect(detail).not.toContain("디테일");
    expect(detail).toContain("알려");
  });
});

describe("where the asker is while asking", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

  it.each([
    ["앤트로픽 기업가치 얼마인지 알려주시면 감사하겠습니다 콜 중이라서요", "콜"],
    ["마소 투자금 얼마예요? 회의 중이라서 짧게요", "회의"],
    ["엔비디아 몇 기가 계약했어요? 미팅 들어가기 전이라", "미팅"],
  ])("%s", (question, scene) => {
    expect(readQuestion(question, index.lexicon).normalized).not.toContain(scene);
  });
});
