/**
 * Money flow and many-part questions (round thirteen). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksForStructure } from "../src/answer/fallback/structure.ts";
import { flowsSummingTo } from "../src/answer/fallback/summed-flow.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { segmentHangul } from "../src/search/hangul-segment.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("whether the article is right, beside an ask of another kind", () => {
  it("answers both parts, not the review alone", () => {
    const english = answerFromKnowledge(
      index,
      "what is the writer worried about, and is the piece even accurate on the big number?",
    );
    expect(english.abstained).toBe(false);
    expect(english.text).toMatch(/circular investment/);
    expect(english.text).toMatch(/\$15 billion/);
    const korean = answerFromKnowledge(
      index,
      "도입부 금액 오류가 뭐고, 필자가 걱정하는 점은 뭐야?",
    );
    expect(korean.abstained).toBe(false);
    expect(korean.text).toMatch(/150억 달러/);
    expect(korean.text).toMatch(/우려하는 점/);
  });

  it("still reviews the article when every part asks whether it is right", () => {
    const answer = answerFromKnowledge(index, "is this post reliable, and what does it get wrong?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$15 billion/);
  });
});

describe("who pays whom, asked without a space", () => {
  it("reads 누가누구한테 as 누가 누구한테", () => {
    const answer = answerFromKnowledge(index, "100억은누가누구한테넣은거야");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/엔비디아 → 앤트로픽/);
  });
});

describe("the glossary's slang at the end of an unspaced run", () => {
  it("is split off and read as the slang", () => {
    const pieces = segmentHangul("얼마꼬라박", index.lexicon)?.map((segment) => segment.text);
    expect(pieces).toEqual(["얼마", "꼬라박"]);
    const answer = answerFromKnowledge(index, "엔비는 앤트한테 얼마박냐");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억 달러/);
  });

  it("is not cut out of the middle of a run", () => {
    const pieces = segmentHangul("박냐얼마", index.lexicon)?.map((segment) => segment.text);
    expect(pieces?.[0]).not.toBe("박냐");
  });
});

describe("a sum, then a second ask joined by 고", () => {
  it("answers the sum and the second ask", () => {
    const answer = answerFromKnowledge(
      index,
      "마소 50억이랑 엔비 100억 더하면 얼마고 언제 발표했어?",
    );
    expect(answer.text).toMatch(/150억 달러/);
    expect(answer.text).toMatch(/11월 18일/);
  });

  it("keeps a sum with nothing after it one question", () => {
    const answer = answerFromKnowledge(index, "마소 50억이랑 엔비 100억 더하면 얼마고");
    expect(answer.text).toMatch(/150억 달러/);
  });
});

describe("a total asked after parties joined by a plus", () => {
  it("is the sum, not a claim of legs", () => {
    const answer = answerFromKnowledge(
      index,
      "microsoft + nvidia money going to anthropic, total?",
    );
    expect(answer.text).toMatch(/\$15 billion/);
    expect(answer.text).not.toMatch(/^Yes/);
  });

  it("leaves a chain of payments with no total a claim of legs", () => {
    const answer = answerFromKnowledge(index, "nvidia pays anthropic, anthropic pays microsoft?");
    expect(answer.text).toMatch(/^(?:Yes|No)/);
  });
});

describe("which way a figure goes that several flows add up to", () => {
  it("names the flows that make it and where it lands", () => {
    const korean = answerFromKnowledge(index, "150억 달러는 어느 쪽으로 흘러가요?");
    expect(korean.text).toMatch(/^150억 달러는 앤트로픽으로 가는 돈이에요/);
    expect(korean.text).toMatch(/마이크로소프트 → 앤트로픽/);
    expect(korean.text).toMatch(/엔비디아 → 앤트로픽/);
    const english = answerFromKnowledge(index, "is the $15B money anthropic receives or pays?");
    expect(english.text).toMatch(/\$15 billion goes to Anthropic/);
  });

  it("finds no sum for a figure no flows add up to", () => {
    const knowledge = index.knowledge;
    expect(flowsSummingTo(knowledge, new Set(["15000000000"]))?.to).toBe("anthropic");
    expect(flowsSummingTo(knowledge, new Set(["20000000000"]))).toBeUndefined();
  });
});

describe("what a party gets in return for its money", () => {
  it("is the money both ways between it and the party it pays", () => {
    const answer = answerFromKnowledge(
      index,
      "what does nvidia receive in exchange for backing anthropic?",
    );
    expect(answer.text).toMatch(/^Both ways: NVIDIA → Anthropic/);
    expect(answer.text).toMatch(/Anthropic → NVIDIA/);
  });

  it("leaves a measure the knowledge lacks not covered", () => {
    const answer = answerFromKnowledge(
      index,
      "What stake does Microsoft hold in return for its money?",
    );
    expect(answer.abstained).toBe(true);
  });
});

describe("where the asker saw the talk", () => {
  it("is no party of the question", () => {
    const answer = answerFromKnowledge(
      index,
      "what is this circular investment thing on my TL about?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).not.toMatch(/doesn't cover TL/);
  });
});

describe("the release that says something", () => {
  it("is the press release, not a product's release", () => {
    const answer = answerFromKnowledge(index, "does the release say how much NVIDIA puts in?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$10 billion/);
  });

  it("leaves the release of a product not covered", () => {
    const answer = answerFromKnowledge(index, "what date is the release of the next Claude model?");
    expect(answer.abstained).toBe(true);
  });
});

describe("a quiz team's frame", () => {
  it("asks nothing", () => {
    const answer = answerFromKnowledge(
      index,
      "for our answer sheet: which event was it announced at?",
    );
    expect(answer.text).toMatch(/Ignite/);
  });
});

describe("a minor name that a named party's flow is made of", () => {
  it("is that party's thing, not a party of its own", () => {
    const answer = answerFromKnowledge(
      index,
      "마이크로소프트가 넣은 돈이 애저 사용료로 다시 들어오는 거야?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/50억 달러/);
  });

  it("is still a party when it is named first, as the actor", () => {
    const answer = answerFromKnowledge(index, "How much did Azure invest in Anthropic?");
    expect(answer.abstained).toBe(true);
  });
});

describe("the name the article gives the deal's structure", () => {
  it("is asked, not the article's layout", () => {
    for (const question of [
      "so what does the post call the whole structure here?",
      "what is this whole structure called in the blog?",
    ]) {
      expect(asksForStructure(index.analyze(question).normalized)).toBe(false);
      expect(answerFromKnowledge(index, question).text).not.toMatch(/sections:/);
    }
  });

  it("leaves the layout asked of the article", () => {
    expect(asksForStructure("how is the blog post structured?")).toBe(true);
  });
});
