/**
 * "msft's ceo" is Satya Nadella, as "microsoft's ceo" is: not OpenAI's chief when OpenAI is named
 * after it. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a company's chief by its ticker", () => {
  it("is the person the knowledge quotes", () => {
    says("what did msft's ceo say about openai?", /critical partner/u);
  });
});
