/**
 * Voice typing puts spaces at random: a name broken by a space with the rest of it glued to the
 * next word ("앤트로 픽이애저", "마이크로 소프트는얼마") is read as the name and that word.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { readQuestion } from "../src/search/read-question.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const features = (question: string) => [...index.analyze(question).features.keys()].sort();
const { says } = askProbe(knowledgeDir);

describe("a name broken by a space, its tail glued to the next word", () => {
  it("reads the name and the next word", () => {
    expect(features("마이크로 소프트는얼마 넣음")).toEqual(features("마이크로소프트는 얼마 넣음"));
    expect(features("엔비 디아가투자한 돈")).toEqual(features("엔비디아가 투자한 돈"));
    expect(features("앤트 로픽이랑엔비디아 관계")).toEqual(features("앤트로픽이랑 엔비디아 관계"));
    expect(features("앤트로 픽기업가치 얼마")).toEqual(features("앤트로픽 기업가치 얼마"));
  });

  it("leaves two words alone when no known word runs across the space", () => {
    const words = (question: string) =>
      readQuestion(question, index.lexicon).tokens.map((token) => token.text);
    expect(words("진짜 엔비디아가 냄")).toContain("진짜");
    expect(words("투자 규모가 얼마")).toEqual(["투자", "규모가", "얼마"]);
  });

  it("answers the question", () => {
    says("마이크로 소프트는얼마 넣음", /50억/);
    says("앤트로 픽이구글 클라우드도 쓰나", /Google|구글/);
  });
});
