/**
 * Idioms of two parties being close ("thick as thieves with", "joined at the hip with", "tight
 * with"): partners, so the partnership fact answers. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("idioms of closeness", () => {
  it("read as partners", () => {
    says(
      "Isn't Microsoft already tight with OpenAI?",
      /^Yes: according to the article, Microsoft is already OpenAI's key partner/u,
    );
    says("Microsoft's joined at the hip with OpenAI, no?", /key partner/u);
  });
});
