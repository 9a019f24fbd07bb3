/**
 * misc18b: plain asks in a formal register. A deal's "main components" / "key elements" / "구성
 * 요소" are its summary (a chip's parts are not); "구분하여" / "구분해서" / "respectively" only lay
 * the answer out; the asker's own age ("이 나이에는", "제 나이에") is no party's age; and
 * Microsoft's "main / key partner" (주요·핵심 파트너) is OpenAI; "…해 주시겠습니까?" is a request ending. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("a deal's components are its summary", () => {
  it("answers with the deal's figures", () => {
    for (const question of [
      "Could you list the key elements of the arrangement?",
      "What were the core components of this arrangement?",
      "main building blocks of this deal pls",
      "이번 거래의 핵심 요소를 정리해 주시겠습니까?",
      "이 거래의 핵심 요소가 뭔지 알려줘",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/\$?15|150억/u);
      expect(answer.text, question).toMatch(/\$?30|300억/u);
    }
  });

  it("leaves a chip's components alone", () => {
    const answer = ask("What are the main components of a Blackwell chip in this deal?");
    expect(answer.text).not.toMatch(/Combined investment/u);
  });
});

describe("a formal request ending", () => {
  it("asks nothing of its own", () => {
    for (const question of [
      "요약해 주시겠어요?",
      "이번 건 정리해 주시겠습니까",
      "기사 내용을 요약해 주시겠는지요?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/150억/u);
    }
  });
});

describe("layout words ask nothing", () => {
  it("answers both figures when they are to be told apart", () => {
    for (const question of [
      "50억 달러와 100억 달러가 각각 누구 돈인지 구분해서 알려 주십시오.",
      "마이크로소프트 투자액과 엔비디아 투자액을 구분하여 적어 주세요.",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/50억/u);
      expect(answer.text, question).toMatch(/100억/u);
    }
  });

  it("keeps 나눠서 as a question about instalments", () => {
    const answer = ask("마소 50억은 몇 번에 나눠서 들어가나요?");
    expect(answer.text).toMatch(/다루지 않/u);
  });
});

describe("the asker's own age", () => {
  it("is no party's age", () => {
    for (const question of [
      "엔비디아가 앤트로픽에 얼마 넣었는지 알려 주세요. 제 나이에는 숫자가 헷갈려서요.",
      "앤트로픽이 애저에 얼마 쓰기로 했나요? 나이가 들어서 영어 이름은 잘 모릅니다.",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).not.toMatch(/개인 정보/u);
    }
  });
});

describe("Microsoft's main partner", () => {
  it("is OpenAI", () => {
    for (const question of [
      "Who's been Microsoft's key partner in AI up to now?",
      "Microsoft's closest partner before Anthropic - which lab?",
      "마이크로소프트의 기존 핵심 파트너는 어느 회사였습니까?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/OpenAI|오픈AI/u);
    }
  });
});
