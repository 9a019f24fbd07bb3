/**
 * Pidgin and Singlish as data: "dis" is this, "X no be Y again" is "no longer", "comot" is
 * removed, "wah lau eh" asks nothing, "em ess" spells MS. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Pidgin and Singlish", () => {
  it("reads the words as meant", () => {
    says("wetin be dis Azure deal size?", /\$30 billion/u);
    says("Amazon no be Anthropic main cloud again, true?", /^No\b/u);
    says("how much em ess put inside anthropic, walao", /\$5 billion/u);
  });
});
