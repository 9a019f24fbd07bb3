/**
 * A verb's modifier form glued to the bound noun 거 and a polite ending ("돌리는거요", "넣는거죠") is
 * read as two words, so the verb is known and "거요" frames the ask (branch plainask). Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { spaceBoundNoun } from "../src/search/bound-noun-spacing.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("spaceBoundNoun", () => {
  it.each([
    ["애저에서 돌리는거요?", "애저에서 돌리는 거요?"],
    ["얼마 넣는거죠", "얼마 넣는 거죠"],
    ["벌써 발표된거니", "벌써 발표된 거니"],
  ])("%s", (text, spaced) => {
    expect(spaceBoundNoun(text)).toBe(spaced);
  });

  it.each(["선거요?", "근거죠", "사는거임", "돌려받는거야", "나가는거", "거요"])(
    "leaves %s as written",
    (text) => {
      expect(spaceBoundNoun(text)).toBe(text);
    },
  );
});

describe("answers with the bound noun glued on", () => {
  it.each([
    ["엔비디아 투자금은 얼마 들어가는거요", /100억/u],
    ["마소는 앤트로픽에 얼마 넣는거죠", /50억/u],
    ["앤트로픽이 애저에서 얼마어치 사는거요", /300억/u],
    ["그 일기가와트는 누구 칩으로 돌리는거죠", /엔비디아/u],
  ])("%s", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });
});
