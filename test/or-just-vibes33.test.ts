/**
 * "…or is it just vibes": a doubt tacked on as the other choice asks nothing of the article's
 * tone; the question before it is answered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("'or is it just vibes' after a question", () => {
  it("leaves the question asked", () => {
    says("does the blog post quote any real source or is it just vibes", /unnamed expert/u);
    says("what are the vibes of the article?", /tone/u);
  });
});
