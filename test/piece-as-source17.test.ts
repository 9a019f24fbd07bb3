/**
 * How much to trust the piece as a source, beside what kind of piece it is ("blog or news? how
 * much weight should I give it as a source?"): a question about the source, not advice on the
 * asker's money; the piece's kind answers. A trade asked with "should I" is still advice.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, answersEach, turnsAwayEach } = askProbe(knowledgeDir);

describe("the piece as a source", () => {
  it("gives the piece's kind", () => {
    for (const question of [
      "how much weight should i give this post, is it a proper news article?",
      "is this a column or a blog? how much credence should I give it as a source",
      "newspaper article or blog post? how far should we rely on it as a source?",
    ]) {
      says(question, /blog/iu);
    }
  });

  it("is no advice when trust in the source is asked", () => {
    answersEach(["should I trust this blog post as a source for my essay?"]);
  });

  it("still turns away a trade", () => {
    turnsAwayEach(["should I buy nvidia after reading this?", "should we sell msft now?"]);
  });
});
