/**
 * A boss called big brother right after his own name ("사티아형님", "젠슨이형"): the man when what
 * he said is asked, his company otherwise. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a boss as big brother", () => {
  it.each([
    "사티아형님은오픈AI를어떻다고봤대?",
    "나델라 형님은 오픈AI 두고 뭐라 하셨어?",
    "사티아형 오픈ai 얘기 한 거 있음?",
  ])("%s asks what the man said", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text).toContain("나델라");
    expect(answer.text).toMatch(/중요한 파트너/u);
  });

  it.each([
    ["사티아형 앤트로픽이랑 무슨 딜 했어?", "마이크로소프트"],
    ["젠슨이형 앤트로픽이랑 뭐함?", "엔비디아"],
    ["사티아 형님 얼마 넣었대?", "50억"],
  ])("%s asks about his company", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(false);
    expect(answer.text).toContain(expected);
  });
});
