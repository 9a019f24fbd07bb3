/**
 * conf10: a confirmation's polarity and qualifiers decide the yes or no, not only its words. A
 * claim that denies what the fact holds is a no; one that denies what it does not hold is a yes.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a negated claim", () => {
  it("is a no when the fact holds what it denies, in any contraction", () => {
    expect(lead("You can't reach Claude through AWS, right?")).toMatch(/^No/);
    expect(lead("Claude won't be reachable on Azure, correct?")).toMatch(/^No/);
    expect(lead("아마존에선 클로드 이용 불가인 거 맞지?")).toMatch(/^아니에요/);
  });

  it("is a yes when the fact does not hold what it denies", () => {
    expect(lead("The partnership wasn't unveiled at Microsoft Build, right?")).toMatch(/^Yes/);
    expect(lead("Foundry customers won't get Opus 4.5, correct?")).toMatch(/^Yes/);
  });

  it("of winding down or drawing away is a no against a fact that goes on", () => {
    expect(lead("Microsoft is scaling back its OpenAI partnership, right?")).toMatch(/^No/);
    expect(lead("마이크로소프트가 오픈AI랑 점점 멀어지는 거 맞지?")).toMatch(/^아니에요/);
  });
});

describe("the kind of figure claimed", () => {
  it("is a no when a set amount is claimed of an 'up to' figure, each word read with its negation", () => {
    expect(lead("Microsoft's five billion is a firm number, not a maximum, right?")).toMatch(/^No/);
    expect(lead("마소 50억은 최대 그런 게 아니고 확정이지?")).toMatch(/^아니에요/);
    expect(lead("NVIDIA's ten billion is flat, no 'up to', yeah?")).toMatch(/^No/);
  });

  it("is a yes when the claim repeats the ceiling, or denies a set amount", () => {
    expect(lead("마소 투자는 최대 50억이고 고정된 금액은 아니죠?")).toMatch(/^맞아요/);
    expect(lead("The 1 GW is only a starting amount, right?")).toMatch(/^Yes/);
  });

  it("of 'each' against a joint figure is a no with each party's own", () => {
    expect(lead("They each put up fifteen billion, correct?")).toMatch(/^No.*5 billion/);
  });

  it("as an inclusive bound holds the figure itself", () => {
    expect(lead("The joint investment is fifteen billion or less, right?")).toMatch(/^Yes/);
    expect(lead("두 회사 투자 합계는 150억 달러를 넘지 않지?")).toMatch(/^맞아요/);
  });

  it("after 'not' is set aside, not claimed", () => {
    expect(lead("The investment total is up to 15 billion rather than 30, right?")).toMatch(/^Yes/);
  });
});

describe("a known place in the fact's own place", () => {
  it("is a no with the fact, not 'not covered'", () => {
    expect(lead("Anthropic's thirty billion buys Google Cloud capacity, right?")).toMatch(
      /^No.*Azure/,
    );
    expect(lead("1GW 용량은 AWS에서 운영되는 거 맞지?")).toMatch(/^아니에요/);
    expect(lead("앤트로픽이 구글 클라우드 300억 달러어치 구매하는 거지?")).toMatch(/^아니에요/);
  });

  it("is a yes where the fact names that place", () => {
    expect(lead("The gigawatt of compute is on Azure, right?")).toMatch(/^Yes/);
  });
});

describe("'not only' and 'one only'", () => {
  it("read 'not only … but also' and 뿐만 아니라 as one more, not a denial", () => {
    expect(lead("Claude works not just on Azure but also through Amazon, correct?")).toMatch(
      /^Yes/,
    );
    expect(lead("클로드는 애저뿐만 아니라 구글에서도 돌아가는 거지?")).toMatch(/^맞아요/);
  });

  it("read 'X 하나만' as X claimed alone", () => {
    expect(lead("파운드리 고객은 하이쿠 4.5 하나만 쓸 수 있지?")).toMatch(/^아니에요/);
  });
});

describe("a claim of a first start", () => {
  it("is a no against a fact that says it goes on, a yes when the start is denied", () => {
    expect(lead("Copilot Studio gets Claude for the first time now, right?")).toMatch(/^No/);
    expect(lead("클로드가 M365 코파일럿에 새로 들어가는 건 아니죠?")).toMatch(/^맞아요/);
  });
});

describe("a ratio claimed between two figures", () => {
  it("is checked, the first named over the second", () => {
    expect(lead("NVIDIA committed two times what Microsoft did, right?")).toMatch(/^Yes/);
    expect(lead("Microsoft's money is double NVIDIA's, correct?")).toMatch(/^No/);
    expect(lead("마소 투자금은 엔비디아의 절반이지?")).toMatch(/^맞아요/);
    expect(lead("애저 구매액이 투자 합계의 3배 맞아?")).toMatch(/^아니에요/);
  });
});

describe("a bare number word after a party", () => {
  it("takes the scale of the figure before it", () => {
    expect(lead("Microsoft up to five billion and NVIDIA up to ten, true?")).toMatch(/^Yes/);
    expect(lead("NVIDIA ten billion and Microsoft three, right?")).toMatch(/^No/);
  });
});

describe("a capacity claimed as money", () => {
  it("is a no: a gigawatt is not an amount invested", () => {
    expect(lead("Microsoft's investment amounts to one gigawatt, right?")).toMatch(/^No/);
    expect(lead("엔비디아 투자금이 1기가와트인 거지?")).toMatch(/^아니에요/);
    expect(lead("1기가와트 계약한 거 맞지?")).toMatch(/^맞아요/);
  });
});

describe("a relation word denied in a contrast", () => {
  it("is answered with the figure's own fact, not turned away", () => {
    expect(lead("삼백억 달러는 투자금이 아니라 애저 구매에 쓰는 돈이라며?")).toMatch(/^맞아요/);
    expect(lead("The thirty billion is no investment but spending on Azure, correct?")).toMatch(
      /^Yes/,
    );
  });
});
