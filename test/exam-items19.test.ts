/**
 * Questions phrased as reading-comprehension or exam items: the text called "윗글", "지문", "the
 * passage"; a statement offered for checking ("True, false or not given: …", "이 선지 맞나요?");
 * a list of claims after a "which is true / not true" stem, each option checked as a claim; a
 * choice of how the text is written. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { findAmounts } from "../src/search/numbers.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a list of claims after a true / not true stem", () => {
  it("names the option that does not hold, with its check", () => {
    says(
      "다음 중 기사 내용과 맞지 않는 것은? ① 엔비디아는 최대 100억 달러를 투자한다 ② 마이크로소프트는 최대 50억 달러를 투자한다 ③ 앤트로픽은 애저에 300억 달러를 약정했다 ④ 클로드는 애저에서만 쓸 수 있다",
      /^답은 ④번이에요[^\n]*일치하지 않아요\.\n아니에요/u,
    );
    says(
      "Which statement is NOT supported by the text? a) Microsoft invests up to $5 billion b) NVIDIA invests up to $10 billion c) Amazon is no longer Anthropic's primary cloud d) Anthropic commits $30 billion to Azure",
      /^The answer is c\)[^\n]*does not hold[^\n]*\nNo:/u,
    );
    says(
      "윗글 내용이랑 안맞는거 고르면? ① 마소는 최대 50억 달러 투자 ② 엔비디아는 최대 100억 달러 투자 ③ 엔비디아 투자액 200억 달러 ④ 앤트로픽 애저 약정 300억 달러",
      /^답은 ③번이에요/u,
    );
  });

  it("names the option that holds", () => {
    says(
      "According to the article, which one is correct? 1) NVIDIA invests $50 billion 2) Microsoft invests up to $5 billion 3) Claude is only on AWS",
      /^The answer is 2\)[^\n]*holds/u,
    );
    says(
      "지문과 일치하는 것을 고르시오. (1) 엔비디아가 300억 달러를 투자했다 (2) 앤트로픽은 애저 컴퓨팅 300억 달러어치를 구매한다 (3) 아마존은 더 이상 앤트로픽의 파트너가 아니다",
      /^답은 \(2\)번이에요[^\n]*일치해요/u,
    );
    says(
      "According to the passage, which of the following is accurate?\n(A) Microsoft is putting in $10 billion\n(B) NVIDIA is putting in up to $10 billion\n(C) Claude is available only on AWS",
      /^The answer is \(B\)/u,
    );
  });

  it("reads an option that only points from one party to another with the stem's noun", () => {
    says(
      "지문에 나온 돈의 흐름으로 옳지 않은 것은? ① 엔비디아 → 앤트로픽 ② 앤트로픽 → 마이크로소프트 ③ 마이크로소프트 → 앤트로픽 ④ 앤트로픽 → 오픈AI",
      /^답은 ④번이에요/u,
    );
  });

  it("leaves a list of questions, or options it cannot judge, to the rest", () => {
    const listed = ask("1) How much did NVIDIA invest? 2) How much did Microsoft invest?");
    expect(listed.text).not.toMatch(/^The answer is/u);
    const unjudged = ask(
      "Which of the following is true according to the passage? (A) The weather was sunny (B) The author likes tea (C) The office has a cat",
    );
    expect(unjudged.text).not.toMatch(/^The answer is/u);
  });
});

describe("a choice of how the text is written", () => {
  it("names the option in the story's own words", () => {
    says(
      "윗글의 전개 방식으로 가장 적절한 것은? ① 두 작가의 문체를 비교한다 ② 기업들의 투자와 전략을 소개하고 우려를 분석한다 ③ 실험 결과로 가설을 검증한다 ④ 인물의 일생을 시간 순서로 서술한다",
      /^② [^\n]*글은 이렇게 쓰였어요/u,
    );
    says(
      "Which of the following best describes how the passage is organized? (A) It compares two poems (B) It introduces the deal between Microsoft, NVIDIA and Anthropic and weighs the companies' strategies and concerns (C) It tells a childhood story (D) It reviews a film",
      /^\(B\) [^\n]*how the article is written/u,
    );
  });
});

describe("the passage, the text, 윗글 and 지문 are the article", () => {
  it("answers the main idea of the passage with the summary", () => {
    says("what's the main idea of the text?", /partnership/iu);
    says("Summarize the passage above in one line", /partnership/iu);
  });

  it("reads a statement offered for checking as a confirmation", () => {
    says(
      "True, false or not given: according to the passage, NVIDIA is investing up to $10 billion.",
      /^Yes/u,
    );
    says("Yes, no or not given: Microsoft invests up to $10 billion in Anthropic.", /^No/u);
    says("엔비디아는 최대 200억 달러를 약속했다, 지문과 일치함?", /^아니에요/u);
    says("참/거짓: 엔비디아는 최대 200억 달러를 투자했다", /^아니에요/u);
    says("OX퀴즈 마이크로소프트는 최대 100억 달러 투자함", /^아니에요/u);
    says("T/F: Microsoft invests up to $5 billion in Anthropic.", /^Yes/u);
    says("t/f/ng - nvidia put in up to 10 billion", /^Yes/u);
    says(
      "'마이크로소프트는 최대 50억 달러를 투자한다' 이 선지 윗글 내용과 일치하는 거 맞죠?",
      /^맞아요/u,
    );
  });
});

describe("a name asked whether it still holds", () => {
  it("gives the name now, not a yes", () => {
    for (const question of [
      "the text calls it Azure AI Foundry, do they still call it that these days?",
      "is Azure AI Foundry even the name anymore",
      "Azure AI Foundry라고 나오는데 요즘도 그렇게 불러?",
    ]) {
      says(question, /Microsoft Foundry/u);
      expect(ask(question).text, question).not.toMatch(/^(?:Yes|맞아요)/u);
    }
  });
});

describe("terawatts", () => {
  it("are read as a thousand gigawatts", () => {
    expect(findAmounts("2 terawatts").map((amount) => amount.key)).toEqual(["2000gw"]);
    expect(findAmounts("1tw of compute").map((amount) => amount.key)).toEqual(["1000gw"]);
    expect(findAmounts("1테라와트").map((amount) => amount.key)).toEqual(["1000gw"]);
    says("So Anthropic signed up for one terawatt of NVIDIA compute, yeah?", /^No/u);
  });
});
