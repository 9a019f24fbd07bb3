/**
 * Where the asker heard or read the story ("Saw it on Bloomberg TV…", "I read in the Guardian…")
 * names no party the question is about: the figure asked of the story's parties is given.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the outlet the asker heard it on", () => {
  it("is not read as a party", () => {
    says("Saw it on Bloomberg TV that Microsoft is investing. How much?", /\$5 billion/u);
    says("I read in the Guardian that nvidia put in money, how much?", /\$10 billion/u);
    says("Caught on Sky News last night that nvidia is investing. How much?", /\$10 billion/u);
  });
});
