/**
 * Whom the asker names in Korean, typed with or without spaces: who asked them ("조카가물어봐서요")
 * or whom they must tell ("아버지께 설명드려야 해서"). The person is a word of the unspaced split (no
 * 손 + 주가 out of 손주가), and the person and the verb of telling are no topic. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { askerNames } from "../src/search/asker-names.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { readQuestion } from "../src/search/read-question.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);
const words = (question: string) =>
  readQuestion(question, index.lexicon).tokens.map((token) => token.text);

describe("a person is a word of the unspaced split", () => {
  it.each([
    ["엔비디아얼마냈는지손주가궁금해해요", "손주가"],
    ["손녀가물어보는데마소는얼마투자함", "손녀가"],
    ["사촌이보내준기사인데순환투자가뭐임", "사촌이"],
  ])("%s keeps %s whole", (question, person) => {
    expect(words(question)).toContain(person);
  });
});

describe("askerNames reads whom the asker must tell", () => {
  it.each([
    ["순환 투자가 뭔가요 아버지께 설명드려야 해서", ["아버지께", "설명드려야", "설명드려야해서"]],
    ["마소 투자액 부장님께 보고 드려야 함", ["부장님께", "보고", "보고드려야"]],
    ["엔비디아 얼마 넣었어 후배한테 알려주려고", ["후배한테", "알려주려고"]],
  ])("%s", (question, names) => {
    for (const name of names) expect(askerNames(question)).toContain(name);
  });

  it("reads a teller glued to the question once the run is split", () => {
    expect(
      askerNames(
        "엔비디아얼마냈나요조카가물어봐서요",
        () => "엔비디아 얼마 냈나요 조카가 물어봐서요",
      ),
    ).toContain("조카가");
  });

  it("names nobody when no one is told anything", () => {
    expect([...askerNames("엄마 회사는 이번 딜이랑 상관없지?")]).toEqual([]);
  });
});

describe("answers with a person named in Korean", () => {
  it.each([
    "엔비디아는앤트로픽에얼마투자했나요조카가물어봐서요",
    "양사투자합계가얼마인지궁금합니다손녀가물어봐서요",
    "순환 투자가 뭔 뜻인지 아버지께 설명드려야 해서요",
    "마이크로소프트 투자 금액 부장님께 보고해야 돼서요",
    "순환투자가무슨말인지후배한테얘기해줘야해요",
  ])("%s is answered", (question) => {
    expect(ask(question).abstained).toBe(false);
  });

  it("a share price asked by a grandchild is still turned away", () => {
    expect(ask("손주가 마소 주가 얼마냐고 물어봐요").abstained).toBe(true);
  });
});
