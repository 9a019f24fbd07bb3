/**
 * Round 24's parts of a question (blind109/110, val23): asks typed with slashes between them, a
 * closing line after a bulleted list, "N개만 답해줘" after the asks; and the words that ask of a
 * figure or a list ("정체가 뭐", "확인 요청", "continue having", "sz"). Phrasings not in any eval
 * set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("asks with slashes between them", () => {
  it("answers each slashed ask", () => {
    const text = answer(
      "엔비디아 얼마 투자 / 발표 언제 / 앤트로픽이 쓰는 클라우드 어디 — 세 개만 알려줘",
    ).text;
    expect(text).toMatch(/100억/);
    expect(text).toMatch(/11월 18일/);
    expect(text).toMatch(/Azure/);
  });

  it("answers each English slashed ask", () => {
    const text = answer("how much did microsoft put in / when was it announced").text;
    expect(text).toMatch(/5 billion/);
    expect(text).toMatch(/18 November|November 18/);
  });

  it("keeps alternatives joined by slashes as one ask", () => {
    const text = answer("who pays for the grace blackwell / vera rubin systems?").text;
    expect(text).not.toMatch(/^“/);
  });
});

describe("a closing line after a bulleted list", () => {
  it("is no item of the list", () => {
    const text = answer("- 마이크로소프트 투자 규모\n- 발표 날짜\n위 두 건 회신 바랍니다").text;
    expect(text).toMatch(/50억/);
    expect(text).toMatch(/11월 18일/);
    expect(text).not.toMatch(/다루지 않는/);
  });
});

describe("words asking of a figure or a list", () => {
  it("reads '정체가 뭐' of a figure as what it is", () => {
    const text = answer("150억은 정체가 뭐임?").text;
    expect(answer("150억은 정체가 뭐임?").abstained).toBe(false);
    expect(text).toMatch(/150억/);
  });

  it("reads '확인 요청' of a list as asking for it", () => {
    const reply = answer("클로드 계속 쓰이는 코파일럿 목록 확인 요청드립니다");
    expect(reply.abstained).toBe(false);
    expect(reply.text).toMatch(/GitHub Copilot/);
  });

  it("reads 'continue to offer' as keep", () => {
    const reply = answer("Which Copilot products continue to offer Claude?");
    expect(reply.abstained).toBe(false);
    expect(reply.text).toMatch(/Copilot Studio/);
  });

  it("reads 'sz' as size in a numbered list", () => {
    const text = answer("1) MSFT sz 2) when announced?").text;
    expect(text).toMatch(/5 billion/);
  });
});

describe("the article's product name asked as old or wrong", () => {
  it("answers with the fact check of the former name, the product not named", () => {
    const en = answer("which product name in the article is out of date?");
    expect(en.text).toMatch(/Microsoft Foundry/);
    const ko = answer("기사에 나온 예전 제품 이름이 뭐였지?");
    expect(ko.text).toMatch(/^기사의 .Azure AI Foundry.는 예전 이름/);
  });
});

describe("what someone said parties would become", () => {
  it("reads 'will become' as what was said", () => {
    const reply = answer("What did Nadella say Microsoft and Anthropic will become?");
    expect(reply.abstained).toBe(false);
    expect(reply.text).toMatch(/customers of each other/);
  });
});
