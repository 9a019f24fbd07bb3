/**
 * English question words typed with a slip ("waht", "rigth", "artcle", "10 billon") are read as
 * meant (src/search/latin-slips.ts), while real other words keep their spelling. Phrasings here
 * are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { correctQuestionWordSlips, questionWordFor } from "../src/search/latin-slips.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("English question words with a slip", () => {
  it("reads swapped, missing and neighbouring letters", () => {
    const lexicon = index.lexicon;
    expect(questionWordFor("waht", lexicon)).toBe("what");
    expect(questionWordFor("wehre", lexicon)).toBe("where");
    expect(questionWordFor("rigth", lexicon)).toBe("right");
    expect(questionWordFor("artcle", lexicon)).toBe("article");
    expect(questionWordFor("billon", lexicon)).toBe("billion");
    expect(questionWordFor("milion", lexicon)).toBe("million");
  });

  it("never bends a real word", () => {
    const lexicon = index.lexicon;
    for (const word of [
      "eight",
      "tight",
      "fight",
      "wheat",
      "whet",
      "were",
      "story",
      "tree",
      "wait",
      "rally",
    ]) {
      expect(questionWordFor(word, lexicon), word).toBeUndefined();
    }
    expect(correctQuestionWordSlips("is it eight billion", lexicon)).toBe("is it eight billion");
  });

  it("answers the question as meant", () => {
    const where = ask("wehre was the deal announced");
    expect(where.abstained).toBe(false);
    expect(where.text).toMatch(/Ignite/);
    const amounts = ask("ms put in 5 billon or 10 billon");
    expect(amounts.abstained).toBe(false);
    expect(amounts.text).toMatch(/\$5 billion/);
  });
});
