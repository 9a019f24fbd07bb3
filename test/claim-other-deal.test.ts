/**
 * claims16: this deal taken for another pair's ("the Microsoft-OpenAI deal again") is a no with
 * what this deal is; a restatement after the tag opening on "이", "this" is no second question.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("this deal claimed to be another pair's", () => {
  it("is a no that says whom this deal's money goes to", () => {
    for (const question of [
      "so this is the OpenAI investment all over again, right?",
      "it's basically a carbon copy of Microsoft's OpenAI deal, yeah?",
      "Isn't this one just Microsoft funding OpenAI again?",
    ]) {
      expect(lead(question), question).toMatch(/^No\b.*Anthropic/);
    }
    for (const question of [
      "이거 마소가 오픈에이아이에 돈 넣은 거랑 똑같은 얘기지?",
      "이번 거래 오픈AI 투자 재탕 맞죠?",
      "결국 이번 딜도 MS 오픈AI 딜 복붙 아님?",
    ]) {
      expect(lead(question), question).toMatch(/^아니에요.*앤트로픽/);
    }
  });

  it("is a yes when the claim denies the sameness", () => {
    expect(lead("this isn't the same as the OpenAI deal, right?")).toMatch(/^Yes\b.*Anthropic/);
  });

  it("leaves comparisons of size, differences and other companies alone", () => {
    expect(lead("Microsoft remains OpenAI's top investor, same as before, right?")).not.toMatch(
      /^No\b/,
    );
    expect(lead("this is different from Microsoft's OpenAI deal, correct?")).not.toMatch(/^No\b/);
  });
});

describe("a restatement after the tag opening on 'this'", () => {
  it("leaves the claim before it checked", () => {
    expect(lead("엔비디아가 오픈AI에 100억 달러 넣는 거 맞지? 이 글에서")).toMatch(
      /^아니에요.*앤트로픽/,
    );
    expect(lead("NVIDIA is putting $10B into OpenAI, right? this article")).toMatch(
      /^No\b.*Anthropic/,
    );
  });
});
