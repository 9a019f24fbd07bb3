/**
 * "…, true or is that hype", "…, right or am I mixing things up": the tag with a doubt as its
 * other choice, with no question mark, still asks to check the claim. Phrasings not in any eval
 * set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("'true or <doubt>' after a claim", () => {
  it("says yes or no first", () => {
    says("nvidia put in 5b, true or is that wrong", /^No\b[^\n]*\$10 billion/u);
    says("microsoft put in 5 bil, right or am i mixing things up", /^Yes\b[^\n]*\$5 billion/u);
  });
});
