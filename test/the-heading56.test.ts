/**
 * One heading, the piece's own ("as per the heading", "what does the heading say"), is its
 * headline, whose $30B claim is checked; headings in the plural, or a section's, are still the
 * layout. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the heading", () => {
  it("is the headline", () => {
    says("according to the heading they invested 30 billion, correct?", /^No/u);
    says("what is the article's heading claiming", /\$30 billion/u);
  });

  it("leaves the layout to headings in the plural and a section's", () => {
    says("what are the article's headings", /7 sections/u);
    says("what's the heading of the third section", /7 sections/u);
  });
});
