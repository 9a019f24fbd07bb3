/**
 * "Does the writer name the expert?": "name" is the writer's verb, not the writer's name asked.
 * "author name?" still asks who wrote the article. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the writer naming someone", () => {
  it("asks whether the expert is named", () => {
    says("does the writer name the expert?", /^No\b[^\n]*unnamed expert/u);
    says("does the author name the tech expert they quote?", /unnamed expert/u);
  });
  it("leaves the author's name not covered", () => {
    turnsAway("what is the author name?");
  });
});
