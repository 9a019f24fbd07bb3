/**
 * When the piece was published, asked with the asker's own verb ("When did they publish this
 * blog post?"): the article gives no date of its own; the announcement's date is another answer.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

const noDateOfItsOwn = (question: string) =>
  turnsAwaySaying(question, /doesn't say who wrote it or when/u);

describe("when the piece was published", () => {
  it("says the article gives no date of its own", () => {
    noDateOfItsOwn("When did the site put up this write-up?");
    noDateOfItsOwn("so when'd they post the article, roughly?");
  });

  it("still dates the announcement", () => {
    says("When did they publish the announcement?", /18 November 2025/u);
  });
});
