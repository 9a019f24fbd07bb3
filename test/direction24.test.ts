/**
 * Round twenty-four's money both ways: the net of it asked open, a side claimed as a deal that
 * leaves a party more ("남는 장사"), a doubt about which of two ways named holds (both do), and
 * "walk away with" as getting. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the net of money both ways", () => {
  it.each([
    [
      "which way does the money net out between microsoft and anthropic?",
      /^Net: at least \$25 billion more goes from Anthropic to Microsoft/,
    ],
    [
      "마소랑 앤트로픽 사이에 순액으로 돈이 어느 쪽으로 더 가?",
      /^순액으로는 앤트로픽에서 마이크로소프트로 최소 250억 달러가 더 갑니다/,
    ],
    [
      "받는 게 15bn이고 나가는 게 30bn이면 net으로 어느 쪽으로 더 가?",
      /^순액으로는 앤트로픽에서 나가는 돈이 최소 150억 달러 더 많습니다/,
    ],
  ])("%s", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it("reads a deal that leaves a party more as a claimed side", () => {
    expect(ask("엔비디아랑 거래에서 앤트로픽이 남는 장사야?").text).not.toMatch(/^맞아요/);
    expect(ask("앤트로픽 입장에선 밑지는 장사 아님?").text).toMatch(
      /^맞아요, 앤트로픽은 최대 150억 달러를 받고 300억 달러를/,
    );
  });

  it("leaves a net claimed of one side to its yes or no", () => {
    expect(ask("Is Anthropic a net receiver?").text).toMatch(/^No/);
  });
});

describe("a doubt about which of two ways holds", () => {
  it.each([
    [
      "microsoft invested in anthropic but anthropic pays microsoft too?? which is it",
      /^Both ways: Microsoft → Anthropic/,
    ],
    [
      "so the 5 goes to anthropic and the 30 comes from anthropic, or did i mix it up",
      /^Both ways: .*In total: up to \$15 billion in, \$30 billion out/,
    ],
    [
      "엔비디아한테 투자 받은 앤트로픽이 엔비디아 칩을 사는 건 모순 아냐?",
      /^양쪽 다예요: 엔비디아 → 앤트로픽/,
    ],
  ])("%s", (question, expected) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it("leaves one way named with no doubt to the claim's check", () => {
    expect(ask("Anthropic invested in Microsoft, right?").text).not.toMatch(/^Both ways/);
  });
});

describe("walking away with something is getting it", () => {
  it("answers what a party walks away with besides the cash", () => {
    const answer = ask("apart from the money, what does microsoft walk away with?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Foundry/);
  });
});
