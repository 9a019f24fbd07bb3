/**
 * Worksheet items: a fill-in-the-blank sentence with its instruction, and the date the article
 * itself was written (which the knowledge does not give), asked with the date's noun after the
 * verb ("작성된 날짜"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutClozeInstruction } from "../src/answer/fallback/cloze.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a fill-in-the-blank item", () => {
  it("drops the instruction and asks a figure's gap", () => {
    expect(
      withoutClozeInstruction("다음 빈칸에 알맞은 수는? 마소는 최대 (    ) 달러를 넣는다."),
    ).toBe("마소는 최대 얼마 달러를 넣는다.");
    expect(withoutClozeInstruction('Fill in the gap: "NVIDIA puts in up to ___ billion."')).toBe(
      "NVIDIA puts in up to how much billion.",
    );
    expect(withoutClozeInstruction("빈 칸 채우기) 클로드는 ( )개 클라우드에 있다")).toBe(
      "클로드는 몇개 클라우드에 있다",
    );
    // A gap that asks no figure stays for the words around it to find the passage.
    expect(withoutClozeInstruction("빈칸에 맞는 회사는? (  )가 오픈AI 최대 투자자다")).toBe(
      "( )가 오픈AI 최대 투자자다",
    );
  });

  it("leaves questions with no gap, or only an instruction, alone", () => {
    for (const question of [
      "수능 빈칸 문제 푸는 법 알려줘",
      "is the blank cheque story true?",
      "빈칸에 들어갈 숫자는? (   )",
      "엔비디아 투자액 (최대치) 얼마야?",
    ]) {
      expect(withoutClozeInstruction(question), question).toBe(question);
    }
  });

  it("answers the gap from the passage the sentence holds", () => {
    for (const [question, expected] of [
      [
        "빈칸 알맞은 숫자 고르시오! 앤트로픽은 애저 클라우드에 (       ) 달러어치를 쓰기로 했다.",
        /300억/,
      ],
      ["what number goes in the blank? Anthropic gets up to ____ from NVIDIA.", /\$10 billion/],
      ["다음 문장의 빈칸을 채우세요. 엔비디아 칩 기반 컴퓨팅 용량은 최대 (   )이다.", /1기가와트/],
      ["마소가 앤트로픽에 최대 (   ) 달러 투자한대요. 빈칸 뭐예요?", /50억/],
    ] as const) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(expected);
      expect(answer.text, question).not.toMatch(/^(?:맞아요|아니에요|Yes|No)\b/);
    }
  });
});

describe("the date the article was written", () => {
  it("is not covered, however the date is put", () => {
    for (const question of [
      "이 글이 쓰인 날짜가 언제야?",
      "기사 게시된 날이 언제예요",
      "글 올라온 시점이 언제임",
      "이 블로그 글 작성된 연도는?",
      "the date the article was posted?",
      "what year was the blog post written",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).toMatch(/언제 게시됐는지|when it was published/);
    }
  });

  it("still gives the announcement's date", () => {
    for (const question of ["기사에 나온 발표 날짜는 언제야?", "앤트로픽 투자 발표된 날짜는?"]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/11월 18일/);
    }
  });
});

describe("the writer's judgement of the deal, named by its parties", () => {
  it("gives the article's own view", () => {
    for (const question of [
      "필자는 마이크로소프트의 앤트로픽 투자를 어떻게 보나요?",
      "글쓴이는 마소 투자를 전체적으로 좋게 보는 편이야?",
      "what does the author think of the Microsoft and NVIDIA investment in Anthropic overall?",
      "how does the writer feel about Nvidia putting money into Anthropic?",
      "기사는 엔비디아 투자를 어떻게 평가함",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/순환 투자 구조|circular investment structure/);
    }
  });

  it("leaves a party's figure, relation or motive to its own answer", () => {
    for (const [question, expected] of [
      ["기사는 엔비디아가 얼마 투자했다고 평가해?", /100억/],
      ["필자는 앤트로픽 기업가치를 어떻게 평가해?", /기업가치/],
      ["what's the article's take on Microsoft's reasons for investing?", /OpenAI/],
    ] as const) {
      const answer = ask(question);
      expect(answer.text, question).toMatch(expected);
      expect(answer.text, question).not.toMatch(/^(?:기사가 우려하는|The article's worry)/);
    }
  });
});

describe("a multiple-choice item on the text's topic", () => {
  it("names the option on the story, then the summary", () => {
    for (const [question, mark] of [
      [
        "이 글의 요지로 알맞은 것을 고르시오. 1) 구글의 검색 광고 2) 빅테크의 앤트로픽 투자와 순환 투자 우려 3) 클로드 요금제 비교",
        /^2\)/,
      ],
      [
        "Which of the following is the best title for the article? (A) A review of a new Claude model (B) Why Microsoft and NVIDIA are backing Anthropic (C) NVIDIA's quarterly earnings (D) OpenAI's leadership drama",
        /^\(B\)/,
      ],
      [
        "다음 중 이 글의 제목으로 가장 적절한 것은? ① 애플의 새 아이폰 ② 아마존 물류 혁신 ③ 엔비디아·MS, 앤트로픽에 대규모 투자",
        /^③/,
      ],
    ] as const) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(mark);
    }
  });

  it("leaves numbered parts and other choices to their own answers", () => {
    const parts = ask("(1) 엔비디아 투자액 (2) 마소 투자액 (3) 애저 구매액은?");
    expect(parts.text).not.toMatch(/글은 이 내용을 다뤄요/);
    // A choice that asks no topic ("which is true?") is not picked by the story's words.
    const truth = ask(
      "다음 중 옳은 것은? ① 엔비디아가 50억 투자 ② 마소가 50억 투자 ③ 앤트로픽이 100억 투자",
    );
    expect(truth.text).not.toMatch(/글은 이 내용을 다뤄요/);
  });
});
