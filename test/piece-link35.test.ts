/**
 * The piece's own link ("a link to the original article?", "기사 출처 링크"): where it was
 * published, which it does not say; a link to the announcement is still the announcement's page.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the piece's own link", () => {
  it("is where it was published, not given", () => {
    turnsAway("got the url for this blog post?");
    turnsAway("do you have the original article link");
  });

  it("of the announcement is its page", () => {
    says("do you have a link to the official announcement?", /blogs\.microsoft\.com/u);
  });
});
