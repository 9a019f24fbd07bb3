/**
 * near25: a stock said to rise or fall, hiring, a clawback, where a data centre is or that one is
 * built are not covered; "what did they say" after "who is X's CEO" the knowledge cannot name is
 * not covered either; a relation's `with` words count inside a known phrase ("data centre").
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { saidAfterWho } from "../src/answer/fallback/said-after-who.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("a share price said to move", () => {
  it("turns away a stock said to rise or fall", () => {
    expect(ask("did nvidia's stock fall after the deal was announced?").abstained).toBe(true);
    expect(ask("엔비디아 주가 이거 발표되고 올랐어?").abstained).toBe(true);
  });

  it("keeps a ticker's money, or a figure said to go up, answered", () => {
    const dropped = ask("msft dropped 5 billion on anthropic right?");
    expect(dropped.abstained).toBe(false);
    expect(dropped.text).toContain("$5 billion");
    expect(ask("앤트로픽 기업가치 올랐어?").abstained).toBe(false);
  });
});

describe("hiring and clawbacks", () => {
  it("turns away hiring as headcount", () => {
    expect(ask("is anthropic hiring a lot after getting this money?").abstained).toBe(true);
    expect(ask("엔비디아는 이 거래 이후 신규 채용 늘리나요?").abstained).toBe(true);
  });

  it("turns away a clawback as a contract term, and keeps the investment", () => {
    expect(ask("does microsoft have clawback rights on its investment?").abstained).toBe(true);
    expect(ask("how much is microsoft investing?").abstained).toBe(false);
  });
});

describe("the data centres' place and building", () => {
  it("turns away where a data centre is, or that one is built", () => {
    expect(ask("where are the new data centers going to be?").abstained).toBe(true);
    expect(ask("그 데이터센터 어디에 있어요?").abstained).toBe(true);
    expect(ask("엔비디아가 앤트로픽 전용 데이터센터 새로 짓나요?").abstained).toBe(true);
  });

  it("reads 'where is it' beside a data centre named in a known phrase", () => {
    const asked = ask("Will Microsoft set up a data centre for Anthropic, and where is it?");
    expect(asked.abstained).toBe(true);
  });

  it("keeps which cloud the compute runs on answered", () => {
    const cloud = ask("Where does the compute run: Anthropic's own data centers or Azure?");
    expect(cloud.abstained).toBe(false);
    expect(cloud.text).toContain("Azure");
    expect(ask("Does the compute run on Azure data centers?").abstained).toBe(false);
  });
});

describe("what was said, after a person the knowledge cannot name", () => {
  it("turns away the words of a CEO it lacks", () => {
    const ko = ask("엔비디아 대표 누구고 뭐래?");
    expect(ko.abstained).toBe(true);
    expect(ko.text).not.toContain("나델라");
    expect(ask("앤트로픽 대표 누구고 뭐라고 말했어?").abstained).toBe(true);
  });

  it("keeps the CEO the knowledge names", () => {
    const nadella = ask("마이크로소프트 대표 누구고 뭐라고 했어?");
    expect(nadella.abstained).toBe(false);
    expect(nadella.text).toContain("나델라");
  });

  it("needs a who before it, no party of its own, and a question of saying", () => {
    expect(saidAfterWho("뭐라고 했어요?", false, true)).toBe(true);
    expect(saidAfterWho("what did they say?", false, true)).toBe(true);
    expect(saidAfterWho("뭐라고 했어요?", false, false)).toBe(false);
    expect(saidAfterWho("나델라는 뭐라고 했어요?", true, true)).toBe(false);
    expect(saidAfterWho("얼마 투자했어?", false, true)).toBe(false);
  });
});
