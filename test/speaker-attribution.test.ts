/**
 * Who said the words quoted: a claim that names the wrong speaker of a quoted line is a no, with
 * the fact that says who did. The quoted words are found by the article sentence they lie in,
 * and are not checked as a claim of their own. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { attributesQuote } from "../src/answer/fallback/claim-speaker.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { claimFrameWords } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a quoted line said to be someone's", () => {
  it("is a no with the speaker the facts name", () => {
    for (const question of [
      'Quote check: "customers of each other" was Jensen Huang\'s remark, correct?',
      '"서로 고객이 된다"는 말, 젠슨 황이 한 거죠?',
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/^(?:No|아니)/u);
      expect(answer.text, question).toMatch(/Nadella|나델라/u);
    }
  });

  it("is a no with the unnamed expert when the line is the loop", () => {
    for (const question of [
      "\"Anthropic pays Microsoft, then Microsoft pays NVIDIA\" is Dario Amodei's line, isn't it?",
      "순환 구조를 꼬집은 그 말, 사티아 나델라가 한 말이죠?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/^(?:No|아니)/u);
      expect(answer.text, question).toMatch(/unnamed|이름 없는/u);
    }
  });

  it("is a yes when the speaker named is the one the facts name", () => {
    const answer = ask('Nadella\'s line was "OpenAI remains a critical partner", right?');
    expect(answer.text).toMatch(/^Yes/u);
  });
});

describe("attributesQuote", () => {
  it("reads words in quotes said to be someone's", () => {
    expect(attributesQuote('the "a pays b, b pays c" line is x\'s, yes?')).toBe(true);
    expect(attributesQuote("'서로 고객이 된다'는 말은 누가 한 거야?")).toBe(true);
  });

  it("reads no quote in an apostrophe, nor a quote no one is said to have said", () => {
    expect(attributesQuote("is that amodei's line, isn't it?")).toBe(false);
    expect(attributesQuote('is "a pays b, b pays c" how the money goes?')).toBe(false);
  });
});

describe("a label of the check asked", () => {
  it("is the asker's words, no word of the claim", () => {
    const frame = claimFrameWords('source check: "a pays b" is x\'s line, right?');
    expect(frame.has("source")).toBe(true);
    expect(frame.has("check")).toBe(true);
    expect(frame.has("pays")).toBe(false);
  });
});

describe("the unnamed expert's name asked with 누구", () => {
  it("is not covered: the article gives no name", () => {
    for (const question of [
      "순환 구조 꼬집은 그 분석가 이름은 누구야?",
      "인용된 전문가 이름이 누구예요",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/Stratechery/u);
    }
  });
});

describe("the expert's quote in Korean", () => {
  it("says the expert is anonymous", () => {
    const answer = ask("순환 투자 발언, 나델라가 한 거 맞지?");
    expect(answer.text).toMatch(/^아니/u);
    expect(answer.text).toMatch(/익명/u);
  });
});

describe("a person's take asked beside a yes/no", () => {
  it("asks what they make of it: not covered when the facts quote none of their words", () => {
    const answer = ask("Amodei's take on the Azure news? anything quoted?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).not.toMatch(/unnamed|Nadella/u);
  });
});

describe("the expert's name asked", () => {
  it("is not covered, and the answer says the article gives no name", () => {
    const english = ask("could you give me the expert's real name?");
    expect(english.abstained).toBe(true);
    expect(english.text).toMatch(/does not name them/u);
    const korean = ask("인용된 그 전문가 실명이 뭐예요");
    expect(korean.abstained).toBe(true);
    expect(korean.text).toMatch(/이름을 밝히지 않아요/u);
    expect(korean.text).not.toMatch(/Stratechery/u);
  });
});

describe("did someone call it that", () => {
  it("keeps the saying and the person: a no with the unnamed expert", () => {
    for (const question of [
      "Did Jensen Huang call it circular investment, then?",
      "Sam Altman calls it circular investment, correct?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/^No/u);
      expect(answer.text, question).toMatch(/unnamed/u);
    }
  });
});
