/**
 * A comparison the asker frames a question with ("Is it like…", "It's like…", "pretend I'm 5",
 * "…으로 치면", "비유하자면", "…랑 비슷한 거여?") is framing; the question is what remains. A
 * comparison that names a party or a figure, or asks for advice, stays. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutAnalogy } from "../src/answer/fallback/analogy-frame.ts";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("a comparison the question is framed by", () => {
  it("is dropped when another sentence asks", () => {
    expect(
      withoutAnalogy(
        index,
        "Where does Google fit into all this? Is it like an ex who still has a key to the apartment?",
      ),
    ).toBe("Where does Google fit into all this?");
    expect(withoutAnalogy(index, "순환 투자가 뭐야? 비유하자면 돌려막기 같은 거임?")).toBe(
      "순환 투자가 뭐야?",
    );
    expect(
      withoutAnalogy(
        index,
        "동창회로 치면 누가 회비 얼마 낸 거임? 엔비디아가 앤트로픽에 얼마 넣었는지 알려줘",
      ),
    ).toBe("엔비디아가 앤트로픽에 얼마 넣었는지 알려줘");
  });

  it("loses only its lead or its pitch when it is the sentence that asks", () => {
    expect(withoutAnalogy(index, "Like a relay race, who hands the money to whom first?")).toBe(
      "who hands the money to whom first?",
    );
    expect(withoutAnalogy(index, "summarize the deal in two lines, pretend I'm a kid")).toBe(
      "summarize the deal in two lines",
    );
  });

  it("stays when the comparison is what is asked", () => {
    for (const question of [
      "Is that 1 GW like power or like storage?",
      "Is it like Microsoft is paying itself? How does the loop work?",
      "Is it like a store credit?",
      "클로드는 뭐야, 챗GPT 같은 거야? 누가 만들었어",
      "how much did NVIDIA invest?",
    ]) {
      expect(withoutAnalogy(index, question), question).toBe(question);
    }
  });

  it("answers the question it frames", () => {
    const cases: [string, RegExp][] = [
      [
        "Where does Google fit into all this? Is it like an ex who still has a key to the apartment?",
        /Google Cloud/,
      ],
      ["동창회로 치면 누가 회비 얼마 낸 거임? 엔비디아가 앤트로픽에 얼마 넣었는지 알려줘", /100억/],
      ["summarize the deal in two lines, pretend I'm a kid", /\$5 billion/],
      ["What's the circular thing? Kind of like a dog chasing its own tail?", /loop/],
    ];
    for (const [question, expected] of cases) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(expected);
    }
  });

  it("reads a role of the comparison asked as who pays whom", () => {
    for (const question of [
      "It's like a gym selling you a membership and then paying you to train there. Which company is the gym here?",
      "Is this like a casino lending you chips you can only use at its own tables? Which company is the casino here?",
      "여기서 건물주는 누구야? 건물주가 세입자 사업에 투자하는 거랑 비슷한 거지?",
    ]) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/Azure/);
    }
  });

  it("leaves off-topic, another company and advice as they were", () => {
    for (const question of [
      "who won the world cup? explain like I'm a toddler",
      "what's the population of Canada? pretend I'm five",
      "what's OpenAI worth? Like comparing two houses on one street",
      "When does the Azure capacity come online? Like a move-in date for an apartment",
      "고스톱으로 치면 누구 편에 붙어야 돈 버는 거임?",
      "장기로 치면 어느 쪽에 줄 서야 돈 되는 거냐? 마소냐 엔비냐",
    ]) {
      expect(answerFromKnowledge(index, question).abstained, question).toBe(true);
    }
  });

  it("reads where a party fits as its role, and a closing 봐 as no word", () => {
    const fits = answerFromKnowledge(index, "so how does Amazon fit in now?");
    expect(fits.abstained).toBe(false);
    expect(fits.text).toMatch(/^Amazon remains/);
    const tryTell = answerFromKnowledge(index, "마소가 얼마 넣었는지 좀 말해 봐");
    expect(tryTell.abstained).toBe(false);
    expect(tryTell.text).toMatch(/50억/);
  });

  it("reads capitals after a number as its unit, not a company", () => {
    const answer = answerFromKnowledge(
      index,
      "The piece says one gigawatt. Is that 1 GW like electricity, or 1 TB like disk space? gigas confuse me",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/1 gigawatt/);
    for (const question of [
      "Is 1 GW like electricity, or 1 GB like memory?",
      "is the gigawatt power, or is it like 100 GB of memory?",
    ]) {
      expect(answerFromKnowledge(index, question).text, question).not.toMatch(/GB's|TB's/);
    }
  });
});
