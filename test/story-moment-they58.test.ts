/**
 * A clause dating the ask by the story's moment, with its subject "they" and an object ("when
 * they announced it", "when the companies unveiled the deal"), asks nothing. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the story's moment, said with 'they'", () => {
  it("asks nothing", () => {
    says("what did nadella actually say about openai when they unveiled it?", /critical partner/u);
  });
});
