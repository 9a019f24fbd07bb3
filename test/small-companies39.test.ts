/**
 * Small companies said in chat ("the little guys", "startup outfits", "minnows") and what befalls
 * them ("lose out", "get hurt") ask after the article's worry that new AI companies are squeezed
 * out. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("small companies and the article's worry", () => {
  it("the little guys", () => {
    says("according to the article, do the little guys get hurt by this?", /barrier/u);
  });

  it("minnows losing out", () => {
    says("does the writer reckon the minnows lose out here?", /barrier|circular/u);
  });

  it("hurt said of another company is still not covered", () => {
    turnsAway("did the deal hurt Google's cloud sales?");
  });
});
