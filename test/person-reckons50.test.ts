/**
 * What a person named reckons or feels about the money ("What's Dario Amodei reckon about taking
 * money off both?"): a view of theirs the article never quotes, not their company's money.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

const notQuoted = (question: string) => turnsAwaySaying(question, /doesn't cover Dario Amodei/u);

describe("a person's view of the money", () => {
  it("says the article does not quote them", () => {
    notQuoted("what does dario amodei reckon about raising cash from two rivals at once?");
    notQuoted("How did Dario Amodei feel about the money from Nvidia?");
  });

  it("still answers the company's money when no view is asked", () => {
    says("Does Dario Amodei's company get money from NVIDIA?", /\$10 billion/u);
  });
});
