/**
 * The length a summary is asked in ("in a couple of sentences", "couple lines", "in 3 bullet
 * points") and "sum it up" with its object between ask for the summary, like "in one line" and
 * "sum up" did. A count of lines without "in" is a length only with "couple" or "few" ("two lines
 * of business" is not). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a summary asked with its length", () => {
  it("gives the summary", () => {
    says("explain the whole thing in a couple of sentences", /\$5 billion/u);
    says("article gist, few lines pls", /\$5 billion/u);
    says("break it down in 3 bullet points", /\$5 billion/u);
    says("can you sum it all up?", /\$5 billion/u);
  });
});
