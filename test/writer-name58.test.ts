/**
 * The writer's name asked, whatever else the words seem to ask: "got a name?" after "who wrote
 * this" and "does the writer have a name?" are the piece's byline (not given), never the product
 * name the article uses. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("the writer's name", () => {
  it("is not given", () => {
    turnsAwaySaying("who penned this story then, they got a name?", /who wrote it/u);
    turnsAwaySaying("does the author have a name or what", /who wrote it/u);
  });

  it("leaves a name asked of the story's own people to the story", () => {
    says("who's the expert in the piece? got a name?", /unnamed expert/u);
    says(
      "the lady who wrote this piece worries about circular investment, what does that mean?",
      /circular/u,
    );
  });
});
