/**
 * English typed without spaces (slang9, latin-segment.ts): a long unknown Latin run is split into
 * the knowledge's words and English function words, only when it splits cleanly. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { segmentLatin, splitUnspacedLatin } from "../src/search/latin-segment.ts";
import { readQuestion } from "../src/search/read-question.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir, miniEnglishKnowledgeDir } from "./helpers/paths.ts";

const { index, says, turnsAway } = askProbe(knowledgeDir);
const { lexicon } = index;

describe("English without spaces", () => {
  it("splits a run into the knowledge's words and function words", () => {
    expect(splitUnspacedLatin("whatdidnvidiapay?", lexicon)).toBe("what did nvidia pay?");
    expect(splitUnspacedLatin("anthropicvaluationnow pls", lexicon)).toBe(
      "anthropic valuation now pls",
    );
    expect(segmentLatin("howbigistheazurepurchase", lexicon)).toEqual([
      "how",
      "big",
      "is",
      "the",
      "azure",
      "purchase",
    ]);
  });

  it("leaves words, typos and glued real words whole", () => {
    for (const word of [
      "investments",
      "anthropc",
      "microsfot",
      "keyboard",
      "microchip",
      "overvalued",
      "supercomputer",
      "investigation",
      "became",
      "somewhere",
      "paycheck",
      "properties",
      "confirmation",
    ]) {
      expect(splitUnspacedLatin(word, lexicon), word).toBe(word);
    }
  });

  it("needs a name to split a run in two, and a word of the knowledge in any split", () => {
    expect(segmentLatin("microsoftfunding", lexicon)).toEqual(["microsoft", "funding"]);
    // Function words alone ("in to the"), or two everyday words, are not worth a split.
    expect(segmentLatin("intothewhere", lexicon)).toBeUndefined();
    expect(segmentLatin("breakthrough", lexicon)).toBeUndefined();
  });

  it("answers questions typed without spaces", () => {
    says("whatdidmicrosoftinvest", /5 billion/);
    says("whomadetheazurecommitment??", /30 billion/);
    says("whichnvidiasystemsdoesanthropicuse", /Grace Blackwell/);
    says("explainthecircularinvestmentsimply", /loop|circular/i);
  });

  it("still turns away questions about something else typed without spaces", () => {
    turnsAway("howmuchdidgoogleinvestinanthropic");
    turnsAway("bestpizzaplacenearme");
    turnsAway("whatstheweathertomorrow");
  });

  it("reads the words of any knowledge folder (the English mini one)", () => {
    const mini = buildKnowledgeIndex(loadKnowledge(miniEnglishKnowledgeDir), { cache: false });
    expect(readQuestion("whopaidforthetramline", mini.lexicon).normalized).toBe(
      "who paid for the tram line",
    );
  });
});
