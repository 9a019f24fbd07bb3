/**
 * "Reckon Claude's still in Copilot or did they pull it": the asker's "do you think" is no word of
 * the question; "…, I reckon?" still puts a claim forward, and what the writer reckons is still the
 * article's view. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("'reckon' opening a question", () => {
  it("asks the question after it", () => {
    says("reckon claude's still in copilot or did they pull it", /Copilot/u);
    says("do you reckon claude is still in github copilot or did they drop it", /Copilot/u);
  });
  it("leaves 'I reckon' a tag, and the writer's view the article's", () => {
    says("nvidia put in 10b i reckon?", /^Yes\b/u);
    says("does the author reckon the deal hurts competition?", /barrier/u);
  });
});
