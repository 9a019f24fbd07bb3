/**
 * Money flow and many-part questions (round twelve): the loop traced leg by leg, and requests to
 * be walked through something. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { flowThingClaimed } from "../src/answer/fallback/claim-flow-thing.ts";
import { loopTracedAnswer } from "../src/answer/fallback/loop-trace.ts";
import { readScope } from "../src/answer/fallback/scope.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the loop traced leg by leg", () => {
  it("is answered with every flow and the loop, not one party's flows", () => {
    const english = answerFromKnowledge(
      index,
      "Go round the cycle for me: who is Anthropic paying, who does Microsoft pay next, and who is paying Anthropic?",
    );
    expect(english.abstained).toBe(false);
    expect(english.text).toMatch(/Microsoft → NVIDIA/);
    expect(english.text).toMatch(/circular investment/);
    const korean = answerFromKnowledge(
      index,
      "순환 구조 순서대로: 앤트로픽은 누구한테 돈 내? 마소는 누구한테 돈 내? 앤트로픽한테는 누가 돈 줘?",
    );
    expect(korean.abstained).toBe(false);
    expect(korean.text).toMatch(/마이크로소프트 → 엔비디아/);
    expect(korean.text).toMatch(/순환 투자/);
  });

  it("leaves a part that asks something else to its own answer", () => {
    const question = "In the loop, who does Anthropic pay, and when was the deal announced?";
    expect(loopTracedAnswer(index, question, index.analyze(question), "en")).toBeUndefined();
  });
});

describe("a request to be walked through something", () => {
  it("asks to explain it", () => {
    const answer = answerFromKnowledge(index, "Can you talk me through the money loop here?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Microsoft pays NVIDIA/);
  });
});

describe("a claim naming what a payment buys", () => {
  it("is that payment's fact, whatever relation its other words name", () => {
    const english = answerFromKnowledge(
      index,
      "Microsoft is purchasing NVIDIA hardware so it can stand up that capacity, yeah?",
    );
    expect(english.text).toMatch(/^Yes: Microsoft buys NVIDIA systems/);
    const korean = answerFromKnowledge(
      index,
      "마소가 엔비디아 하드웨어 사들여서 용량 늘리는 거죠?",
    );
    expect(korean.text).toMatch(/^맞아요, 마이크로소프트는 .*엔비디아 시스템/);
  });

  it("is a no when denied, and not read for the payee written first", () => {
    const denied = answerFromKnowledge(
      index,
      "Microsoft isn't purchasing NVIDIA hardware for the capacity, right?",
    );
    expect(denied.text).toMatch(/^No: Microsoft buys NVIDIA systems/);
    const question = "NVIDIA is buying Microsoft hardware for that capacity, yeah?";
    const scope = readScope(index.knowledge, index.analyze(question), question, () => false);
    expect(flowThingClaimed(index, index.analyze(question), scope)).toBeUndefined();
  });

  it("holds as a leg of the loop", () => {
    const answer = answerFromKnowledge(
      index,
      "Anthropic pays Microsoft, and Microsoft buys NVIDIA hardware for the capacity, so that's the loop?",
    );
    expect(answer.text).toMatch(/^Yes: /);
  });
});

describe("a title beside a person's name", () => {
  it("is the person, not the title asked of another party", () => {
    const answer = answerFromKnowledge(index, "나델라 사장님은 오픈AI 얘기를 어떻게 하셨나?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/중요한 파트너/);
  });

  it("reads an old or honorific way of asking what was said", () => {
    const answer = answerFromKnowledge(index, "사티아 나델라 회장께서 무어라 말씀하신 건지요");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/사티아 나델라는/);
  });
});

describe("a figure asked of no party", () => {
  it("is the relation's total, which names each party's share", () => {
    const english = answerFromKnowledge(index, "How big is the equity funding, roughly?");
    expect(english.text).toMatch(/^Together the two companies invest up to \$15 billion/);
    const korean = answerFromKnowledge(index, "지분 투자 액수가 어느 정도야?");
    expect(korean.text).toMatch(/^두 회사의 앤트로픽 투자는 합쳐서 최대 150억 달러/);
  });

  it("is each party's own figure when who is asked", () => {
    const answer = answerFromKnowledge(index, "which companies put money in?");
    expect(answer.text).not.toMatch(/^Together/);
  });
});

describe("a list of one-way amounts written with arrows", () => {
  it("is answered item by item, a way with no figure said not covered", () => {
    const answer = answerFromKnowledge(
      index,
      "1) 엔비디아 → 앤트로픽 액수 2) 마소 → 엔비디아 액수, 각각요",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억/);
    expect(answer.text).toMatch(/마이크로소프트와 엔비디아의 금액에 대해서는 다루지 않아요/);
  });
});

describe("a thing a party's own flow is made of, named beside it", () => {
  it("is where that party's money goes, not a party of its own", () => {
    const answer = answerFromKnowledge(
      index,
      "앤트로픽이 받는 돈이랑 내는 돈(애저 쪽) 얼마씩이야?",
    );
    expect(answer.text).toMatch(/받는 돈 최대 150억 달러/);
  });
});

describe("the net of the money both ways", () => {
  it("is answered by the flows, not said not covered", () => {
    const answer = answerFromKnowledge(
      index,
      "NVIDIA's side: money out to Anthropic versus money in from it, what's the balance?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/NVIDIA → Anthropic/);
  });
});
