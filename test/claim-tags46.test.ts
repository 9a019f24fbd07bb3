/**
 * A claim passed on and doubted in idiom ("the straight goods or is he pullin my leg?"), and thirty
 * billion said to have gone into Anthropic from payers left unnamed, with no relation named: the
 * fact check with the real investment, not only the purchase that shares the figure. "Is the $30B
 * going into Anthropic?" names no payers and stays the payment read backwards
 * (generalise.test.ts). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claim doubted in idiom", () => {
  it("is a claim to confirm", () => {
    says(
      "nvidia put in ten billion. is that the straight goods or is she having me on?",
      /^Yes\b/u,
    );
  });

  it("corrects money said to go into Anthropic with the investment", () => {
    says(
      "my mate said thirty billion went into anthropic from the two of them. legit?",
      /^No\b.*\$15 billion/u,
    );
    says(
      "the bloke on the radio said thirty billion went into Anthropic from those two. straight goods or is he pulling my leg?",
      /^No\b.*\$15 billion/u,
    );
  });
});
