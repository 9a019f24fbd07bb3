/**
 * What one party gets from another with the money set aside: the facts that join the two across
 * a fact's sides, never a money fact or a correction. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("what a party gets from another, besides money", () => {
  it.each([
    ["엔비디아한테서 앤트로픽이 받는 건 돈 말고 뭐가 있어?", /기술 파트너십/],
    ["beyond the cash, what is nvidia getting from anthropic", /technology partnership/],
    ["마이크로소프트가 앤트로픽한테서 얻는 게 뭐야? 돈 말고", /Foundry/],
    ["other than the $5B what does anthropic receive from microsoft", /Foundry customers/],
    ["앤트로픽이 엔비디아로부터 챙기는 건 투자금 외에 뭐임", /기술 파트너십/],
  ])("%s", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
    // The money set aside is not what is answered.
    expect(answer.text).not.toMatch(/^(?:NVIDIA|Microsoft) committed to invest/);
    expect(answer.text).not.toMatch(/^(?:엔비디아|마이크로소프트)는 앤트로픽에 최대/);
  });

  it("is not a part of its own: the set-aside clause is no second question", () => {
    const answer = answerFromKnowledge(
      index,
      "엔비디아가 앤트로픽에게서 얻는 건? 컴퓨팅 매출 빼고요",
    );
    expect(answer.text).not.toMatch(/다루지 않아요/);
  });

  it("leaves a question with no giver marked to the other readings", () => {
    const answer = answerFromKnowledge(index, "besides money, what do microsoft and nvidia get?");
    expect(answer.text).not.toMatch(/^NVIDIA and Anthropic formed/);
  });

  // The cash itself named as set aside, with no giver marked, or with no getting word at all.
  it.each([
    ["Aside from the cash, what does Anthropic get out of teaming up with NVIDIA?", /co-design/],
    ["besides the money what is microsoft getting outta anthropic", /Foundry/],
    ["현금 말고 마이크로소프트가 앤트로픽한테 얻는 건 뭐임?", /Foundry/],
    ["엔비디아랑 앤트로픽은 현금 말고 뭘 같이 하는 거야?", /공동 설계/],
    ["other than the cash, what are nvidia and anthropic building together?", /co-design/],
    ["money aside, what's between microsoft and anthropic?", /Foundry/],
  ])("the money named as set aside: %s", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
    expect(answer.text).not.toMatch(/doesn't cover|다루지 않/);
    expect(answer.text).not.toMatch(/^(?:NVIDIA|Microsoft) committed to invest/);
  });

  it("leaves money asked besides the set-aside money to the money's readings", () => {
    const flows = answerFromKnowledge(
      index,
      "돈 말고 엔비디아랑 앤트로픽 사이에 오가는 돈 흐름은 뭐야?",
    );
    expect(flows.text).toMatch(/100억/);
    const amount = answerFromKnowledge(
      index,
      "besides money, how much does anthropic spend on azure?",
    );
    expect(amount.text).toMatch(/\$30 billion/);
  });
});
