/**
 * The name of Anthropic's AI asked in English ("what's anthropic's chatbot called", "the name of
 * anthropic's model") is Claude: the article's sentence naming its model answers. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the name of Anthropic's AI", () => {
  it("is Claude", () => {
    says("what's anthropic's chatbot called btw", /AI model Claude/u);
    says("what was the name of anthropic's model again", /AI model Claude/u);
  });
});
