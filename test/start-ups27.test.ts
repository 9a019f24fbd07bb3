/**
 * "start-ups" with its hyphen (read as two words) is the startups the article's last section
 * speaks of, as "startups" is. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("start-ups with a hyphen", () => {
  it("finds the barrier-to-entry passage", () => {
    says("any word on start-ups in the piece?", /barrier to entry/u);
    says("what happens to the AI start-ups, per the article?", /barrier to entry/u);
  });
});
