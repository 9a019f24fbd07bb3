/**
 * A claim that sets aside the other way round ("…, not Microsoft paying Anthropic, correct?") or
 * another party for its figure ("and not from microsoft?") claims only what it keeps: the yes or
 * no is of that, not "both ways" or a no to the party set aside. A set-aside that is a claim of
 * its own ("but not on Google Cloud") is still checked. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claim that sets aside the other way round", () => {
  it("answers the way the claim keeps", () => {
    says(
      "So the thirty billion goes from Anthropic to Microsoft and not from Microsoft to Anthropic?",
      /^Yes: Anthropic committed to buy \$30 billion/u,
    );
    says(
      "the 30 billion is Anthropic paying Microsoft, not Microsoft paying Anthropic, correct?",
      /^Yes: Anthropic committed to buy \$30 billion/u,
    );
  });

  it("answers the party the figure is claimed of, not the one set aside", () => {
    says("The $5B comes from Microsoft instead of NVIDIA, right?", /^Yes: Microsoft committed/u);
    says("is the 10 billion from nvidia and not from microsoft?", /^Yes: NVIDIA committed/u);
    says("Microsoft put in 10 billion, not NVIDIA, right?", /^No: Microsoft committed/u);
  });

  it("still checks a set-aside that is a claim of its own", () => {
    says("Claude runs on AWS and Azure but not on Google Cloud, yeah?", /^No\b/u);
  });
});
