/**
 * A part after one not covered that only asks the same kind again ("… 날짜 알려 주세요") or states
 * the article's words as the asker's premise ("기사에 최대 투자자라고 했어요") adds no ask of its
 * own: the answer stays "not covered", the nearby fact at most as what is covered (uncovered21).
 * No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { addsNoAskOfItsOwn } from "../src/answer/fallback/restating-half.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a part that asks again or states the premise, after one not covered", () => {
  it.each([
    "엔비디아 돈 언제 입금돼요? 정확한 날짜 좀",
    "When does Microsoft actually wire the money? Exact date please",
    "when do the tranches get paid, what date?",
    "마소가 오픈AI에 총 얼마 넣었어? 기사에 최대 투자자라고 나와 있던데",
    "How much has Microsoft put into OpenAI in total? The article said it's the largest investor",
    "마이크로소프트 오픈AI 투자 총액 얼마예요? 기사에 최대 투자자라고 하던데",
  ])("%s", (question) => {
    expect(answerFromKnowledge(index, question).abstained).toBe(true);
  });

  it.each([
    ["날짜 알려 주세요", "돈 언제 들어와요"],
    ["what date exactly?", "when is it paid"],
    ["기사에 최대 투자자라고 했어요", "얼마 투자했어요"],
    ["the article says they are the biggest backer", "how much did they put in"],
  ])("%s adds no ask of its own", (part, before) => {
    expect(addsNoAskOfItsOwn(part, before)).toBe(true);
  });

  it.each([
    ["엔비디아는 얼마 투자했어요?", "돈 언제 들어와요"],
    ["when was it announced", "when is the money paid"],
    ["what did the article say about OpenAI?", "how much did they put in"],
  ])("%s still asks", (part, before) => {
    expect(addsNoAskOfItsOwn(part, before)).toBe(false);
  });
});

describe("a covered part asking something else is still answered", () => {
  it.each([
    ["How much did Microsoft invest, and what date?", /\$5 billion/u],
    ["Microsoft's investment figure, and the exact day each tranche is paid?", /\$5 billion/u],
  ])("%s", (question, found) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(found);
  });
});
