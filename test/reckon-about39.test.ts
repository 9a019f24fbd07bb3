/**
 * What someone "reckoned about" a thing is what they said of it: "what did the Microsoft boss
 * reckon about OpenAI?" asks Nadella's words, as "say about" did; the asker's own "reckon" still
 * asks nothing. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("reckon about", () => {
  it("what Microsoft's chief reckons about OpenAI", () => {
    says("so what does the Microsoft chief reckon about OpenAI now?", /critical partner/u);
  });

  it("the asker's own reckon", () => {
    says("reckon Claude's still in Copilot?", /^Yes\b/u);
  });
});
