/**
 * claims16b: "팩트" before a tag ("…라는데 팩트 맞아?", "팩트임?") says the claim is to be
 * checked, as 진짜 and 정말 do; it is no word of the claim. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("팩트 as a tag word", () => {
  it("leaves the claim's own words to be checked", () => {
    expect(lead("클로드가 이제 본격 세 군데 클라우드 다 된다는데 팩트 맞아?")).toMatch(/^맞아요/);
    expect(lead("마소 파운드리에 클로드 본격 탑재됐다는 거 팩트 맞죠?")).toMatch(/^맞아요/);
    expect(lead("앤트로픽이 주력 클라우드는 여전히 아마존이라던데 팩트임?")).toMatch(/^맞아요/);
  });

  it("leaves a question about the article's errors alone", () => {
    expect(lead("이 기사에서 팩트 틀린 부분 어디야?")).not.toMatch(/^(?:맞아요|아니에요)/);
  });
});
