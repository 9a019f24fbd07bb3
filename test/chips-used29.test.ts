/**
 * "what chips are they using?", "chips used?": the chips asked by the verb of using are the
 * compute deal's systems, not the sentence of the investments' conditions ("AI 칩 사용 협력"),
 * which shares the words. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the chips used", () => {
  it("names the systems", () => {
    says("so what chips are they using for all this?", /Grace Blackwell/u);
    says("which chips do they use, btw?", /Grace Blackwell/u);
  });

  it("leaves other runs alone", () => {
    turnsAway("best settings for my laptop? it runs hot");
  });
});
