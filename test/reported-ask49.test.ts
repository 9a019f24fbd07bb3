/**
 * A yes/no question passed on by someone close to the asker ("my nan's asking if Claude's on
 * Google too", "me mam wants to know whether…"): the claim after "if" or "whether" is what is
 * asked; whether they should buy or sell stays advice. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("a question passed on", () => {
  it("checks the claim after 'is asking if'", () => {
    says("my grandad's asking if claude works on google cloud", /^Yes/u);
    says("My aunt was asking me whether Nvidia put in ten billion", /^Yes/u);
  });

  it("keeps a choice of theirs as advice", () => {
    declinesAsAdvice("my uncle is asking if he should buy more Microsoft now");
  });
});
