/**
 * Yes/no claims about the covered figures and parties, said the ways people pass them on: a tag
 * closed by emoji or by who said it, a hedge ("correct me if I'm wrong"), a forwarded line in
 * capitals, parts of a sum named by who gave them, a party that received, an event named as the
 * place, a relation taken for the covered one ("bought", "인수"), a claim quoted against the
 * announcement, "X, not Y" about a figure, and a claim continued over two sentences. True claims
 * get yes with the figure, false ones no with the right one. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);
const YES = /^(?:Yes|맞아)/u;
const NO = /^(?:No|아니)/u;

function expectVerdict(cases: readonly (readonly [string, RegExp, RegExp])[]): void {
  for (const [question, verdict, figure] of cases) {
    const got = answer(question);
    expect(got.abstained, question).toBe(false);
    expect(got.text, question).toMatch(verdict);
    expect(got.text.split("\n\n")[0], question).toMatch(figure);
  }
}

describe("a tag closed by emoji, a hedge, or who said it", () => {
  it("still asks to confirm", () => {
    for (const question of [
      "nvidia put in 10b right? 🙏🙏",
      "마소 50억 넣은 거 맞죠? 😅",
      "anthropic is valued at $350 billion, correct me if i'm wrong",
      "nvidia invested 20 billion if i'm not mistaken?",
      "microsoft put in $5b, right? that's what my coworker told me",
      "엔비디아가 100억 넣은 거 맞죠? 친구가 그러더라고요",
    ]) {
      expect(asksToConfirm(question), question).toBe(true);
    }
  });

  it("is answered yes or no with the right figure; a hedge denies nothing", () => {
    expectVerdict([
      ["nvidia put in 10b right? 🙏🙏", YES, /\$10 billion/u],
      ["마소 50억 넣은 거 맞죠? 😅", YES, /50억/u],
      ["Anthropic is valued at $350 billion, correct me if I'm wrong", YES, /\$350 billion/u],
      ["NVIDIA invested 20 billion if I'm not mistaken?", NO, /\$10 billion/u],
      ["Microsoft put in $5B, right? That's what my coworker told me", YES, /\$5 billion/u],
    ]);
  });
});

describe("a sum and its parts named by who gave them", () => {
  it("reads a number word before 'from <party>' as that party's figure", () => {
    expectVerdict([
      ["So $15B overall: ten from NVIDIA and five from Microsoft, correct?", YES, /\$15 billion/u],
      ["$15B total, ten from Microsoft and five from NVIDIA, right?", NO, /\$15 billion/u],
    ]);
  });
});

describe("a forwarded line in capitals", () => {
  it("reads its flag word as no company, and 'biggest … ever' as no comparison", () => {
    expectVerdict([
      [
        "fwd:\n*EXCLUSIVE* NVIDIA PUTS 20 BILLION INTO ANTHROPIC!!! largest deal ever\nreal??",
        NO,
        /\$10 billion/u,
      ],
      [
        "my uncle sent this\nJUST IN: MICROSOFT POURS 5 BILLION INTO ANTHROPIC, biggest bet in history\ntrue?",
        YES,
        /\$5 billion/u,
      ],
    ]);
  });
});

describe("the party that received", () => {
  it("is the one the money goes to, however many words stand before the verb", () => {
    expectVerdict([
      ["기사 제목대로면 앤트로픽이 300억 달러를 투자받은 거지?", NO, /150억/u],
      ["앤트로픽이 두 회사한테서 150억 달러 투자 받은 거 맞아?", YES, /150억/u],
    ]);
  });
});

describe("an event named as where it was announced", () => {
  it("checks the name before '행사에서', '컨퍼런스에서'", () => {
    expectVerdict([
      ["마소 이그나이트 행사에서 발표한 거 맞죠?", YES, /Ignite/u],
      ["발표 마이크로소프트 빌드 컨퍼런스에서 한 거지?", NO, /Ignite/u],
    ]);
  });
});

describe("a relation taken for the covered one", () => {
  it("is a no with the investment between the two parties", () => {
    expectVerdict([
      ["Nvidia acquired Anthropic, right?", NO, /\$10 billion/u],
      ["엔비디아가 앤트로픽을 인수한 거 맞죠?", NO, /100억/u],
      ["so nvidia bought anthropic?", NO, /\$10 billion/u],
      ["MSFT didn't acquire Anthropic, correct?", YES, /\$5 billion/u],
    ]);
  });

  it("reads owning the company as the same mistaken relation", () => {
    expectVerdict([
      ["so NVIDIA owns Anthropic now, yeah?", NO, /\$10 billion/u],
      ["Anthropic is owned by Microsoft after this?", NO, /\$5 billion/u],
    ]);
    // Owning a thing of its own is no claim about the company.
    expect(answer("Does Anthropic run its own data centers for the 1 GW?").text).not.toMatch(NO);
  });

  it("leaves a party the knowledge lacks not covered, and products bought are no acquisition", () => {
    expect(answer("Did Oracle acquire Anthropic?").abstained).toBe(true);
    const systems = answer("Microsoft also buys NVIDIA systems for that capacity, right?");
    expect(systems.text).toMatch(YES);
  });
});

describe("a claim quoted against the announcement", () => {
  it("asks whether the record says it", () => {
    expectVerdict([
      ["보도자료에도 마소 투자가 애저 사용 조건이라고 적혀 있어요?", NO, /해석/u],
      ["공식 발표에 엔비디아 100억이라고 나와?", YES, /100억/u],
    ]);
  });
});

describe("a figure said to be one kind of money, not the other", () => {
  it("is a yes when the figure is of the kind claimed", () => {
    expectVerdict([
      ["300억은 앤트로픽이 애저 쓰는 돈이지 투자받은 돈이 아니죠?", YES, /300억/u],
      [
        "The $30 billion is Anthropic spending on Azure, not money it got as investment, right?",
        YES,
        /\$30 billion/u,
      ],
    ]);
  });
});

describe("a claim continued over two sentences", () => {
  it("is one claim with its tag", () => {
    expectVerdict([["엔비디아 투자도 최대 기준이지? 확정 금액 아니고. 맞아?", YES, /최대 100억/u]]);
  });
});
