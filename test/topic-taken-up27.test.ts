/**
 * A topic said first and taken up by a pronoun ("Azure commit 30 bil, that one is how many times
 * MS investment?") is the subject of the question after it, not a part of its own. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a topic taken up by a pronoun", () => {
  it("is the subject of the question after it", () => {
    says("the azure spend, that one is how many times nvidia's investment?", /3 times/u);
    says("NVIDIA's 10 billion, this is how many times Microsoft's?", /2 times|twice/u);
  });
});
