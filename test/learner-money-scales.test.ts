/**
 * Spanish and Portuguese speakers writing English keep their own scale words: "5 mil millones",
 * "10 bilhões", "5 bi" are billions, "300 millones" millions. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { findAmounts as findRaw } from "../src/search/numbers.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);
// Questions reach the number reader normalised (lower case, accents off).
const findAmounts = (text: string) => findRaw(normalizeText(text));

describe("Spanish and Portuguese scale words", () => {
  it("reads them as billions and millions", () => {
    expect(findAmounts("son 30 mil millones de dolares")[0]?.key).toBe("30000000000");
    expect(findAmounts("nvidia gives 10 bilhões")[0]?.key).toBe("10000000000");
    expect(findAmounts("uns 5 bilhão")[0]?.key).toBe("5000000000");
    expect(findAmounts("like 15 bi total")[0]?.key).toBe("15000000000");
    expect(findAmounts("about 300 millones")[0]?.key).toBe("300000000");
    expect(findAmounts("quase 200 milhões")[0]?.key).toBe("200000000");
  });

  it("leaves bi- words and a bare mil alone", () => {
    expect(findAmounts("2 bi-weekly reports")[0]?.key).toBe("2");
    expect(findAmounts("5 mil")[0]?.key).toBe("5000000");
  });
});

describe("a learner's figure in those words", () => {
  it("is checked and answered in billions", () => {
    for (const [question, wanted] of [
      ["nvidia put 10 bilhoes in anthropic, is true?", /10 billion/u],
      ["the azure purchase is of 30 mil millones, no?", /30 billion/u],
      ["microsoft invest 5 bi or 50 bi? i mix them", /5 billion/u],
      ["how many bi microsoft gives to anthropic", /5 billion/u],
      ["5 bi plus 10 bi is how many bi in total?", /15 billion/u],
      ["Microsoft entra com quanto? 5 bi?", /5 billion/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(wanted);
    }
  });
});
